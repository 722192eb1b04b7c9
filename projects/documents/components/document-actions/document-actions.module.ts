import { CommonModule } from '@angular/common';
import { NgModule } from '@angular/core';
import { I18nModule } from '@spartacus/core';
import { FileSizeModule } from '../shared/file-size/file-size.module';
import { ExstreamDocumentActionsComponent } from './document-actions.component';
import { TransferLabelModule } from '../shared/transfer-label/transfer-label.module';

@NgModule({
  imports: [CommonModule, I18nModule, FileSizeModule, TransferLabelModule],
  declarations: [ExstreamDocumentActionsComponent],
  exports: [ExstreamDocumentActionsComponent],
})
export class DocumentActionsModule {}

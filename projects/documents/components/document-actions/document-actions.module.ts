import { CommonModule } from '@angular/common';
import { NgModule } from '@angular/core';
import { I18nModule } from '@spartacus/core';
import { ExstreamDocumentActionsComponent } from './document-actions.component';

@NgModule({
  imports: [CommonModule, I18nModule],
  declarations: [ExstreamDocumentActionsComponent],
  exports: [ExstreamDocumentActionsComponent],
})
export class DocumentActionsModule {}

import { CommonModule } from '@angular/common';
import { NgModule } from '@angular/core';
import { I18nModule } from '@spartacus/core';
import { SpinnerModule } from '@spartacus/storefront';
import { DocumentActionsModule } from '../document-actions/document-actions.module';
import { ExstreamDocumentViewerComponent } from './document-viewer.component';

@NgModule({
  imports: [CommonModule, I18nModule, SpinnerModule, DocumentActionsModule],
  declarations: [ExstreamDocumentViewerComponent],
  exports: [ExstreamDocumentViewerComponent],
})
export class DocumentViewerModule {}

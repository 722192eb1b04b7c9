import { CommonModule } from '@angular/common';
import { NgModule } from '@angular/core';
import { I18nModule } from '@spartacus/core';
import { SpinnerModule } from '@spartacus/storefront';
import { ExstreamDocumentViewerComponent } from './document-viewer.component';

@NgModule({
  imports: [CommonModule, I18nModule, SpinnerModule],
  declarations: [ExstreamDocumentViewerComponent],
  exports: [ExstreamDocumentViewerComponent],
})
export class DocumentViewerModule {}

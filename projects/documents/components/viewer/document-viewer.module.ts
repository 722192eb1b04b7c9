import { CommonModule } from '@angular/common';
import { NgModule } from '@angular/core';
import { I18nModule, provideDefaultConfig } from '@spartacus/core';
import { KeyboardFocusModule, SpinnerModule } from '@spartacus/storefront';
import { DocumentActionsModule } from '../document-actions/document-actions.module';
import { defaultDocumentViewerLayoutConfig } from './document-viewer-layout.config';
import { DocumentResendComponent } from './document-resend/document-resend.component';
import { ExstreamDocumentViewerComponent } from './document-viewer.component';
import { DocumentTypeModule } from '../shared/document-type/document-type.module';

@NgModule({
  imports: [
    CommonModule,
    I18nModule,
    SpinnerModule,
    KeyboardFocusModule,
    DocumentActionsModule,
    DocumentTypeModule,
  ],
  declarations: [ExstreamDocumentViewerComponent, DocumentResendComponent],
  exports: [ExstreamDocumentViewerComponent],
  providers: [provideDefaultConfig(defaultDocumentViewerLayoutConfig)],
})
export class DocumentViewerModule {}

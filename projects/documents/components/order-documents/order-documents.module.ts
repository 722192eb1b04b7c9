import { CommonModule } from '@angular/common';
import { LoadErrorModule } from '../shared/load-error/load-error.module';
import { NgModule } from '@angular/core';
import {
  AuthGuard,
  CmsConfig,
  I18nModule,
  provideDefaultConfig,
} from '@spartacus/core';
import { SpinnerModule } from '@spartacus/storefront';
import { DocumentActionsModule } from '../document-actions/document-actions.module';
import { FileSizeModule } from '../shared/file-size/file-size.module';
import { DocumentViewerModule } from '../viewer/document-viewer.module';
import { ExstreamDocumentRequestComponent } from './document-request/document-request.component';
import { ExstreamOrderDocumentsComponent } from './order-documents.component';
import { DocumentTypeModule } from '../shared/document-type/document-type.module';
import { TransferLabelModule } from '../shared/transfer-label/transfer-label.module';

@NgModule({
  imports: [
    LoadErrorModule,
    CommonModule,
    I18nModule,
    SpinnerModule,
    FileSizeModule,
    DocumentViewerModule,
    DocumentActionsModule,
    DocumentTypeModule,
    TransferLabelModule,
  ],
  declarations: [ExstreamOrderDocumentsComponent, ExstreamDocumentRequestComponent],
  exports: [ExstreamOrderDocumentsComponent],
  providers: [
    provideDefaultConfig(<CmsConfig>{
      cmsComponents: {
        ExstreamOrderDocumentsComponent: {
          component: ExstreamOrderDocumentsComponent,
          guards: [AuthGuard],
        },
      },
    }),
  ],
})
export class OrderDocumentsModule {}

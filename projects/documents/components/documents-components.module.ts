import { NgModule } from '@angular/core';
import { MyDocumentsModule } from './my-documents/my-documents.module';
import { OrderDocumentsModule } from './order-documents/order-documents.module';
import { OrderHistoryModule } from './order-history/order-history.module';
import { DocumentViewerModule } from './viewer/document-viewer.module';

@NgModule({
  imports: [
    MyDocumentsModule,
    OrderDocumentsModule,
    OrderHistoryModule,
    DocumentViewerModule,
  ],
})
export class DocumentsComponentsModule {}

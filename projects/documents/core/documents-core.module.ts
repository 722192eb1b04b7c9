import { NgModule } from '@angular/core';
import {
  DocumentsFacade,
  OrderDocumentsFacade,
} from '@exstream-spartacus/documents/root';
import { DocumentsConnector } from './connectors/documents.connector';
import { OrderDocumentsConnector } from './connectors/order-documents.connector';
import { DocumentsService } from './facade/documents.service';
import { OrderDocumentsService } from './facade/order-documents.service';

@NgModule({
  providers: [
    DocumentsService,
    { provide: DocumentsFacade, useExisting: DocumentsService },
    OrderDocumentsService,
    { provide: OrderDocumentsFacade, useExisting: OrderDocumentsService },
    DocumentsConnector,
    OrderDocumentsConnector,
  ],
})
export class DocumentsCoreModule {}

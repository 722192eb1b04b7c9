import { NgModule } from '@angular/core';
import {
  CommunicationPreferencesFacade,
  DocumentsFacade,
  OrderDocumentsFacade,
} from '@exstream-spartacus/documents/root';
import { CommunicationPreferencesConnector } from './connectors/communication-preferences.connector';
import { CommunicationPreferencesService } from './facade/communication-preferences.service';
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
    CommunicationPreferencesService,
    {
      provide: CommunicationPreferencesFacade,
      useExisting: CommunicationPreferencesService,
    },
    DocumentsConnector,
    OrderDocumentsConnector,
    CommunicationPreferencesConnector,
  ],
})
export class DocumentsCoreModule {}

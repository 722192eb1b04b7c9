import { NgModule } from '@angular/core';
import {
  CompanyDocumentsFacade,
  CommunicationPreferencesFacade,
  DocumentBulkFacade,
  DocumentResendFacade,
  DocumentsFacade,
  OrderDocumentsFacade,
  OrderListFacade,
} from '@exstream-spartacus/documents/root';
import { CompanyDocumentsConnector } from './connectors/company-documents.connector';
import { CompanyDocumentsService } from './facade/company-documents.service';
import { CommunicationPreferencesConnector } from './connectors/communication-preferences.connector';
import { CommunicationPreferencesService } from './facade/communication-preferences.service';
import { DocumentsConnector } from './connectors/documents.connector';
import { OrderDocumentsConnector } from './connectors/order-documents.connector';
import { DocumentResendService } from './facade/document-resend.service';
import { DocumentBulkService } from './facade/document-bulk.service';
import { DocumentBulkConnector } from './connectors/document-bulk.connector';
import { DocumentsService } from './facade/documents.service';
import { OrderDocumentsService } from './facade/order-documents.service';
import { OrderListConnector } from './connectors/order-list.connector';
import { OrderListService } from './facade/order-list.service';

@NgModule({
  providers: [
    DocumentsService,
    { provide: DocumentsFacade, useExisting: DocumentsService },
    DocumentBulkService,
    { provide: DocumentBulkFacade, useExisting: DocumentBulkService },
    DocumentBulkConnector,
    DocumentResendService,
    { provide: DocumentResendFacade, useExisting: DocumentResendService },
    OrderDocumentsService,
    { provide: OrderDocumentsFacade, useExisting: OrderDocumentsService },
    OrderListService,
    { provide: OrderListFacade, useExisting: OrderListService },
    CommunicationPreferencesService,
    {
      provide: CommunicationPreferencesFacade,
      useExisting: CommunicationPreferencesService,
    },
    CompanyDocumentsService,
    { provide: CompanyDocumentsFacade, useExisting: CompanyDocumentsService },
    CompanyDocumentsConnector,
    DocumentsConnector,
    OrderDocumentsConnector,
    OrderListConnector,
    CommunicationPreferencesConnector,
  ],
})
export class DocumentsCoreModule {}

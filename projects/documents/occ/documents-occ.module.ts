import { NgModule } from '@angular/core';
import {
  CompanyDocumentsAdapter,
  CommunicationPreferencesAdapter,
  DOCUMENT_LIST_NORMALIZER,
  DocumentBulkAdapter,
  DocumentsAdapter,
  OrderDocumentsAdapter,
  OrderListAdapter,
} from '@exstream-spartacus/documents/core';
import { provideDefaultConfig } from '@spartacus/core';
import { OccCompanyDocumentsAdapter } from './adapters/occ-company-documents.adapter';
import { OccCommunicationPreferencesAdapter } from './adapters/occ-communication-preferences.adapter';
import { OccDocumentListNormalizer } from './adapters/occ-document-list.normalizer';
import { OccDocumentBulkAdapter } from './adapters/occ-document-bulk.adapter';
import { OccDocumentsAdapter } from './adapters/occ-documents.adapter';
import { OccOrderDocumentsAdapter } from './adapters/occ-order-documents.adapter';
import { OccOrderListAdapter } from './adapters/occ-order-list.adapter';
import { defaultOccExstreamDocumentsConfig } from './config/default-occ-documents-config';

@NgModule({
  providers: [
    provideDefaultConfig(defaultOccExstreamDocumentsConfig),
    { provide: DocumentsAdapter, useClass: OccDocumentsAdapter },
    { provide: DocumentBulkAdapter, useClass: OccDocumentBulkAdapter },
    { provide: CompanyDocumentsAdapter, useClass: OccCompanyDocumentsAdapter },
    { provide: OrderDocumentsAdapter, useClass: OccOrderDocumentsAdapter },
    { provide: OrderListAdapter, useClass: OccOrderListAdapter },
    {
      provide: CommunicationPreferencesAdapter,
      useClass: OccCommunicationPreferencesAdapter,
    },
    {
      provide: DOCUMENT_LIST_NORMALIZER,
      useExisting: OccDocumentListNormalizer,
      multi: true,
    },
  ],
})
export class DocumentsOccModule {}

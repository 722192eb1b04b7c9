import { OrgDocumentSortCode } from '../model/company-documents.model';
import {
  ALL_DOCUMENT_TYPES,
  DocumentSortCode,
} from '../model/documents.model';
import { ExstreamDocumentsConfig } from './documents-config';

export const defaultExstreamDocumentsConfig: ExstreamDocumentsConfig = {
  exstreamDocuments: {
    // proxyBaseUrl: unset, the OCC base URL
    pageSize: 10,
    documentTypes: [...ALL_DOCUMENT_TYPES],
    defaultSort: DocumentSortCode.BY_DATE_DESC,
    typeDisplay: {},
    bulkActions: true,
    viewer: { mode: 'inline', resend: true },
    actions: { allowedHosts: [] },
    notices: { refreshOnFocus: true },
    companyDocuments: {
      pageSize: 10,
      defaultSort: OrgDocumentSortCode.BY_CREATED_DESC,
      defaultStatus: 'open',
    },
  },
};

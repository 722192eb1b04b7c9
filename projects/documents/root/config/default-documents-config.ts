import { ALL_DOCUMENT_TYPES, DocumentSortCode } from '../model/documents.model';
import { ExstreamDocumentsConfig } from './documents-config';

export const defaultExstreamDocumentsConfig: ExstreamDocumentsConfig = {
  exstreamDocuments: {
    pageSize: 10,
    documentTypes: [...ALL_DOCUMENT_TYPES],
    defaultSort: DocumentSortCode.BY_DATE_DESC,
  },
};

import '../model/occ-documents-endpoints.model';
import { OccConfig } from '@spartacus/core';

export const defaultOccExstreamDocumentsConfig: OccConfig = {
  backend: {
    occ: {
      endpoints: {
        exstreamDocuments: 'users/${userId}/documents',
        exstreamDocumentsArchive: 'users/${userId}/documents/archive',
        exstreamDocumentsExport: 'users/${userId}/documents/export',
        exstreamDocument: 'users/${userId}/documents/${documentId}',
        exstreamDocumentContent:
          'users/${userId}/documents/${documentId}/content',
        exstreamDocumentLinks: 'users/${userId}/documents/${documentId}/links',
        exstreamDocumentResend:
          'users/${userId}/documents/${documentId}/resend',
        exstreamOrderDocuments: 'users/${userId}/orders/${orderCode}/documents',
        exstreamOrderDocumentsArchive:
          'users/${userId}/orders/${orderCode}/documents/archive',
        communicationPreferences: 'users/${userId}/communicationPreferences',
        communicationPreferencesHistory:
          'users/${userId}/communicationPreferences/history',
        // Spartacus' own default (4.3 and 2211), here too so that the order history
        // works before Spartacus' lazily loaded order feature provides it
        orderHistory: 'users/${userId}/orders',
      },
    },
  },
};

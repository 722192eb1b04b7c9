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
        // B2B units ("Company documents"); {orgUnitId} is the Commerce unit uid
        exstreamDocumentUnits: 'users/${userId}/documentUnits',
        exstreamAccountSummary: 'users/${userId}/orgUnits/${orgUnitId}/accountSummary',
        exstreamOrgDocuments: 'users/${userId}/orgUnits/${orgUnitId}/orgDocuments',
        exstreamOrgDocumentsArchive: 'users/${userId}/orgUnits/${orgUnitId}/orgDocuments/archive',
        exstreamOrgDocumentsExport: 'users/${userId}/orgUnits/${orgUnitId}/orgDocuments/export',
        exstreamOrgDocumentAttachment:
          'users/${userId}/orgUnits/${orgUnitId}/orgDocuments/${orgDocumentId}/attachments/${orgDocumentAttachmentId}',
        // a unit's documents through the same document endpoints
        exstreamUnitDocument: 'users/${userId}/orgUnits/${orgUnitId}/documents/${documentId}',
        exstreamUnitDocumentContent:
          'users/${userId}/orgUnits/${orgUnitId}/documents/${documentId}/content',
        exstreamUnitDocumentLinks:
          'users/${userId}/orgUnits/${orgUnitId}/documents/${documentId}/links',
        exstreamUnitDocumentsArchive: 'users/${userId}/orgUnits/${orgUnitId}/documents/archive',
        exstreamUnitDocumentsExport: 'users/${userId}/orgUnits/${orgUnitId}/documents/export',
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

import { OccEndpoint } from '@spartacus/core';

declare module '@spartacus/core' {
  interface OccEndpoints {
    /**
     * The shopper's document list.
     *
     * @member {string}
     */
    exstreamDocuments?: string | OccEndpoint;
    /**
     * Metadata of one document.
     *
     * @member {string}
     */
    exstreamDocument?: string | OccEndpoint;
    /**
     * The bytes of one document.
     *
     * @member {string}
     */
    exstreamDocumentContent?: string | OccEndpoint;
    /**
     * Creates a short-lived signed URL of one document.
     *
     * @member {string}
     */
    exstreamDocumentLinks?: string | OccEndpoint;
    /**
     * Asks Exstream to send one document to its customer again.
     *
     * @member {string}
     */
    exstreamDocumentResend?: string | OccEndpoint;
    /**
     * The documents of one order and the types that can still be generated
     * (GET); generates one of them (POST).
     *
     * @member {string}
     */
    exstreamOrderDocuments?: string | OccEndpoint;
    /**
     * One ZIP of several of the shopper's documents (POST, by ids or by filter).
     *
     * @member {string}
     */
    exstreamDocumentsArchive?: string | OccEndpoint;
    /**
     * The shopper's filtered document list as CSV.
     *
     * @member {string}
     */
    exstreamDocumentsExport?: string | OccEndpoint;
    /**
     * All documents of one order as a ZIP file.
     *
     * @member {string}
     */
    exstreamOrderDocumentsArchive?: string | OccEndpoint;

    /**
     * The B2B units whose documents the user reads.
     *
     * @member {string}
     */
    exstreamDocumentUnits?: string | OccEndpoint;
    /**
     * A unit's open balances per currency (SAP's AccountSummaryDetails).
     *
     * @member {string}
     */
    exstreamAccountSummary?: string | OccEndpoint;
    /**
     * A unit's documents with amounts and due dates (SAP's AccountSummaryList).
     *
     * @member {string}
     */
    exstreamOrgDocuments?: string | OccEndpoint;
    /**
     * One ZIP of a unit's documents, by ids or by the account summary filters.
     *
     * @member {string}
     */
    exstreamOrgDocumentsArchive?: string | OccEndpoint;
    /**
     * A unit's documents the account summary filters match, as CSV.
     *
     * @member {string}
     */
    exstreamOrgDocumentsExport?: string | OccEndpoint;
    /**
     * The file of one of a unit's documents, by number and file name.
     *
     * @member {string}
     */
    exstreamOrgDocumentAttachment?: string | OccEndpoint;
    /**
     * Metadata of one of a unit's documents (GET, PATCH read).
     *
     * @member {string}
     */
    exstreamUnitDocument?: string | OccEndpoint;
    /**
     * The bytes of one of a unit's documents.
     *
     * @member {string}
     */
    exstreamUnitDocumentContent?: string | OccEndpoint;
    /**
     * A short-lived signed URL of one of a unit's documents.
     *
     * @member {string}
     */
    exstreamUnitDocumentLinks?: string | OccEndpoint;
    /**
     * One ZIP of several of a unit's documents.
     *
     * @member {string}
     */
    exstreamUnitDocumentsArchive?: string | OccEndpoint;
    /**
     * A unit's filtered document list as CSV.
     *
     * @member {string}
     */
    exstreamUnitDocumentsExport?: string | OccEndpoint;

    /**
     * The shopper's communication preferences (GET, PUT).
     *
     * @member {string}
     */
    communicationPreferences?: string | OccEndpoint;
    /**
     * The change history of the communication preferences.
     *
     * @member {string}
     */
    communicationPreferencesHistory?: string | OccEndpoint;
  }
}

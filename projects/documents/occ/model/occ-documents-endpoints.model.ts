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
  }
}

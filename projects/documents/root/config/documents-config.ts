import { Injectable } from '@angular/core';
import { Config } from '@spartacus/core';
import { DocumentSortCode, DocumentType } from '../model/documents.model';

export interface ExstreamDocumentsOptions {
  /** number of documents per page on the "My Documents" page */
  pageSize?: number;
  /**
   * Document types the storefront shows. The type filter offers only these
   * and, when the shopper has not picked a type, the list is limited to them.
   * Missing or empty: all types.
   */
  documentTypes?: (DocumentType | string)[];
  /** sort used until the shopper picks another one */
  defaultSort?: DocumentSortCode | string;
}

/**
 * Configuration of the Exstream documents feature.
 *
 * The REST endpoints are part of the OCC configuration
 * (`backend.occ.endpoints.exstreamDocuments`, `exstreamDocument`,
 * `exstreamDocumentContent`).
 */
@Injectable({
  providedIn: 'root',
  useExisting: Config,
})
export abstract class ExstreamDocumentsConfig {
  exstreamDocuments?: ExstreamDocumentsOptions;
}

declare module '@spartacus/core' {
  interface Config extends ExstreamDocumentsConfig {}
}

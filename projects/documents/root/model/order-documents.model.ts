import { DocumentFile, DocumentType, ExstreamDocument } from './documents.model';

/**
 * A document the proxy can still generate for an order (through Exstream).
 * `consignmentCode` and `entryNumber` say which part of the order it is for.
 */
export interface GeneratableDocument {
  type: DocumentType | string;
  consignmentCode?: string;
  entryNumber?: number;
}

/** The documents of one order and the ones that can still be requested. */
export interface OrderDocuments {
  documents: ExstreamDocument[];
  generatable: GeneratableDocument[];
  /**
   * `false` when the backend offers no order documents endpoint; the
   * documents then come from the document list and nothing can be requested.
   */
  generationSupported: boolean;
}

/** A short-lived URL that serves a document without an Authorization header. */
export interface DocumentLink {
  url: string;
  /** ISO 8601 timestamp */
  expiresAt: string;
}

/** Progress of a file transfer; `total` is missing when the size is unknown. */
export interface DocumentTransferProgress {
  kind: 'progress';
  loaded: number;
  total?: number;
}

/** The finished transfer with the file to save. */
export interface DocumentTransferDone {
  kind: 'done';
  file: DocumentFile;
}

export type DocumentTransferEvent =
  | DocumentTransferProgress
  | DocumentTransferDone;

/** Document counts of one order, for lists such as the order history. */
export interface OrderDocumentsSummary {
  orderCode: string;
  /** number of documents per type, in the order of `ALL_DOCUMENT_TYPES` */
  types: { code: DocumentType | string; count: number }[];
  total: number;
  /** the newest invoice, for a quick download */
  invoice?: ExstreamDocument;
}

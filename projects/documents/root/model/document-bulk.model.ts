import { DocumentSearchParams } from './documents.model';

/** The list filters without paging: which documents a ZIP or an export takes. */
export type DocumentFilter = Omit<DocumentSearchParams, 'currentPage' | 'pageSize'>;

/** The documents of one ZIP: chosen one by one (at most 500), or every one a filter matches. */
export type DocumentSelection = { ids: string[] } | { filter: DocumentFilter };

/** What the proxy said when a ZIP would take more than it hands out at once. */
export interface DocumentArchiveLimit {
  /** documents the selection matched */
  count: number;
  /** most documents per ZIP */
  limit: number;
  totalBytes: number;
  byteLimit: number;
}

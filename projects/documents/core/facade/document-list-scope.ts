import {
  DocumentList,
  DocumentsLoadState,
  DocumentSearchParams,
} from '@exstream-spartacus/documents/root';
import { Observable } from 'rxjs';
import { map } from 'rxjs/operators';
import { sameSearchParams } from './document-search-params';
import { createLoadScope, LoadScope } from './load-scope';

export type DocumentsState = DocumentsLoadState<DocumentList>;

/** One document list: its criteria, reload trigger and shared state. */
export type DocumentListScope = LoadScope<DocumentSearchParams, DocumentList>;

/** What a list scope needs from the service that owns it. */
export interface DocumentListSource {
  /** the criteria with the configured defaults filled in */
  withDefaults(params: DocumentSearchParams): DocumentSearchParams;
  load(params: DocumentSearchParams): Observable<DocumentList>;
  /** ids of documents just marked read */
  readMarks$: Observable<string>;
}

/**
 * A document list that is (re)loaded whenever its criteria change or `reload$`
 * emits (see `createLoadScope`); documents marked read elsewhere are marked
 * in it too.
 */
export function createDocumentListScope(source: DocumentListSource): DocumentListScope {
  return createLoadScope<DocumentSearchParams, DocumentList>(
    {
      withDefaults: (params) => source.withDefaults(params),
      same: sameSearchParams,
      load: (params) => source.load(params),
      updates$: source.readMarks$.pipe(
        map((documentId) => (list: DocumentList) => withDocumentRead(list, documentId))
      ),
    },
    {}
  );
}

/** The list with the document marked read and the unread facet lowered. */
export function withDocumentRead(list: DocumentList, documentId: string): DocumentList {
  const document = list.documents.find((candidate) => candidate.id === documentId);
  if (!document || document.read === true) {
    return list;
  }
  const unread = list.facets?.unread;
  return {
    ...list,
    documents: list.documents.map((candidate) =>
      candidate.id === documentId ? { ...candidate, read: true } : candidate
    ),
    facets: {
      ...list.facets,
      ...(unread !== undefined ? { unread: Math.max(0, unread - 1) } : {}),
    },
  };
}

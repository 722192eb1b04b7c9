import {
  DocumentList,
  DocumentsError,
  DocumentSearchParams,
} from '@exstream-spartacus/documents/root';
import {
  BehaviorSubject,
  combineLatest,
  merge,
  Observable,
  of,
  Subject,
} from 'rxjs';
import {
  catchError,
  distinctUntilChanged,
  map,
  scan,
  shareReplay,
  startWith,
  switchMap,
} from 'rxjs/operators';
import { toDocumentsError } from './documents-error';
import { sameSearchParams } from './document-search-params';

export interface DocumentsState {
  list?: DocumentList;
  loading: boolean;
  error?: DocumentsError;
}

/** One document list: its criteria, reload trigger and shared state. */
export interface DocumentListScope {
  params$: BehaviorSubject<DocumentSearchParams>;
  reload$: Subject<void>;
  state$: Observable<DocumentsState>;
}

type StateChange = (state: DocumentsState) => DocumentsState;

/** What a list scope needs from the service that owns it. */
export interface DocumentListSource {
  /** the criteria with the configured defaults filled in */
  withDefaults(params: DocumentSearchParams): DocumentSearchParams;
  load(params: DocumentSearchParams): Observable<DocumentList>;
  /** ids of documents just marked read */
  readMarks$: Observable<string>;
}

/**
 * A list that is (re)loaded whenever its criteria change or `reload$`
 * emits; a newer request cancels an older one, and the previous list stays
 * while a request is in flight so the page does not flicker.
 */
export function createDocumentListScope(source: DocumentListSource): DocumentListScope {
  const params$ = new BehaviorSubject<DocumentSearchParams>({});
  const reload$ = new Subject<void>();
  const loads$: Observable<StateChange> = combineLatest([
    params$.pipe(
      map((params) => source.withDefaults(params)),
      distinctUntilChanged(sameSearchParams)
    ),
    reload$.pipe(startWith(undefined)),
  ]).pipe(
    switchMap(([params]) =>
      source.load(params).pipe(
        map(
          (list): Partial<DocumentsState> => ({
            list,
            loading: false,
            error: undefined,
          })
        ),
        catchError((error: unknown) =>
          of<Partial<DocumentsState>>({
            loading: false,
            error: toDocumentsError(error),
          })
        ),
        startWith<Partial<DocumentsState>>({ loading: true })
      )
    ),
    map((change): StateChange => (state) => ({ ...state, ...change }))
  );
  const readMarks$ = source.readMarks$.pipe(
    map((documentId): StateChange => (state) => ({
      ...state,
      list: state.list && withDocumentRead(state.list, documentId),
    }))
  );
  const state$ = merge(loads$, readMarks$).pipe(
    scan(
      (state: DocumentsState, change: StateChange) => change(state),
      { loading: false } as DocumentsState
    ),
    shareReplay({ bufferSize: 1, refCount: true })
  );
  return { params$, reload$, state$ };
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

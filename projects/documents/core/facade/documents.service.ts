import { Injectable, Optional } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import {
  ALL_DOCUMENT_TYPES,
  DocumentDisposition,
  DocumentFile,
  DocumentLink,
  DocumentList,
  DocumentsError,
  DocumentSearchParams,
  DocumentsFacade,
  DocumentTransferEvent,
  ExstreamDocument,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import {
  OCC_USER_ID_ANONYMOUS,
  UserIdService,
  WindowRef,
} from '@spartacus/core';
import {
  BehaviorSubject,
  combineLatest,
  EMPTY,
  fromEvent,
  merge,
  Observable,
  of,
  Subject,
  throwError,
} from 'rxjs';
import {
  catchError,
  distinctUntilChanged,
  filter,
  map,
  scan,
  shareReplay,
  startWith,
  switchMap,
} from 'rxjs/operators';
import { DocumentsConnector } from '../connectors/documents.connector';
import { isMissingEndpoint, toDocumentsError } from './documents-error';

interface DocumentsState {
  list?: DocumentList;
  loading: boolean;
  error?: DocumentsError;
}

/** One document list: its criteria, reload trigger and shared state. */
interface DocumentListScope {
  params$: BehaviorSubject<DocumentSearchParams>;
  reload$: Subject<void>;
  state$: Observable<DocumentsState>;
}

type StateChange = (state: DocumentsState) => DocumentsState;

/** The list that callers share when they name no scope. */
export const DEFAULT_DOCUMENT_LIST_SCOPE = '';

/**
 * Keeps the shopper's document lists for their current search criteria.
 *
 * Each scope (e.g. the uid of the CMS component showing the list) has its own
 * list, so two differently filtered lists can share a page; callers that name
 * no scope share one list.
 *
 * Plain RxJS: a list is (re)loaded whenever its criteria change or
 * `reload()` is called; a newer request cancels an older one. While a
 * request is in flight the previous list stays available so the page does
 * not flicker.
 */
@Injectable()
export class DocumentsService implements DocumentsFacade {
  protected readonly scopes = new Map<string, DocumentListScope>();

  /** set once the backend turned out to offer no signed links */
  protected linksUnavailable = false;

  /** documents marked read (or being marked) in this session */
  protected readonly markedRead = new Set<string>();
  /** ids of documents that were just marked read, for the loaded lists */
  protected readonly readMarks$ = new Subject<string>();
  protected readonly unreadRefresh$ = new Subject<void>();
  protected unreadCount$?: Observable<number>;

  constructor(
    protected userIdService: UserIdService,
    protected connector: DocumentsConnector,
    protected config: ExstreamDocumentsConfig,
    @Optional() protected router?: Router,
    @Optional() protected winRef?: WindowRef
  ) {}

  getUnreadCount(): Observable<number> {
    this.unreadCount$ ??= this.userIdService.getUserId().pipe(
      distinctUntilChanged(),
      switchMap((userId) =>
        userId === OCC_USER_ID_ANONYMOUS
          ? of(0)
          : this.unreadCountTriggers().pipe(
              startWith(undefined),
              switchMap(() =>
                this.connector
                  .getList(userId, this.withDefaults({ pageSize: 1 }))
                  .pipe(
                    map((list) => list.facets?.unread ?? 0),
                    // keep showing the last known count
                    catchError(() => EMPTY)
                  )
              )
            )
      ),
      distinctUntilChanged(),
      shareReplay({ bufferSize: 1, refCount: true })
    );
    return this.unreadCount$;
  }

  refreshUnreadCount(): void {
    this.unreadRefresh$.next();
  }

  markRead(documentId: string): void {
    if (this.markedRead.has(documentId)) {
      return;
    }
    this.markedRead.add(documentId);
    this.userIdService
      .takeUserId(true)
      .pipe(switchMap((userId) => this.connector.markRead(userId, documentId)))
      .subscribe({
        next: (document) => {
          // a customer-service agent's look leaves the document unread for the customer
          if (document?.read !== false) {
            this.readMarks$.next(documentId);
          }
          this.refreshUnreadCount();
        },
        // not marked: the next preview or download tries again
        error: () => this.markedRead.delete(documentId),
      });
  }

  /** Manual refreshes, each navigation and (in the browser) each window focus. */
  protected unreadCountTriggers(): Observable<unknown> {
    const triggers: Observable<unknown>[] = [this.unreadRefresh$];
    if (this.router) {
      triggers.push(
        this.router.events.pipe(filter((event) => event instanceof NavigationEnd))
      );
    }
    const window = this.winRef?.isBrowser() ? this.winRef.nativeWindow : undefined;
    if (window && this.config.exstreamDocuments?.notices?.refreshOnFocus !== false) {
      triggers.push(fromEvent(window, 'focus'));
    }
    return merge(...triggers);
  }

  getDocuments(scope?: string): Observable<DocumentList | undefined> {
    return this.scope(scope).state$.pipe(
      map((state) => state.list),
      distinctUntilChanged()
    );
  }

  getLoading(scope?: string): Observable<boolean> {
    return this.scope(scope).state$.pipe(
      map((state) => state.loading),
      distinctUntilChanged()
    );
  }

  getError(scope?: string): Observable<DocumentsError | undefined> {
    return this.scope(scope).state$.pipe(
      map((state) => state.error),
      distinctUntilChanged()
    );
  }

  getSearchParams(scope?: string): Observable<DocumentSearchParams> {
    return this.scope(scope).params$.pipe(
      map((params) => this.withDefaults(params))
    );
  }

  search(params: DocumentSearchParams, scope?: string): void {
    this.scope(scope).params$.next({ ...params });
  }

  reload(scope?: string): void {
    this.scope(scope).reload$.next();
  }

  getDocument(documentId: string): Observable<ExstreamDocument> {
    return this.userIdService
      .takeUserId(true)
      .pipe(switchMap((userId) => this.connector.get(userId, documentId)));
  }

  getDocumentContent(
    documentId: string,
    disposition: DocumentDisposition = 'attachment'
  ): Observable<DocumentFile> {
    return this.userIdService
      .takeUserId(true)
      .pipe(
        switchMap((userId) =>
          this.connector.getContent(userId, documentId, disposition)
        )
      );
  }

  protected scope(name = DEFAULT_DOCUMENT_LIST_SCOPE): DocumentListScope {
    let scope = this.scopes.get(name);
    if (!scope) {
      scope = this.createScope();
      this.scopes.set(name, scope);
    }
    return scope;
  }

  protected createScope(): DocumentListScope {
    const params$ = new BehaviorSubject<DocumentSearchParams>({});
    const reload$ = new Subject<void>();
    const loads$: Observable<StateChange> = combineLatest([
      params$.pipe(
        map((params) => this.withDefaults(params)),
        distinctUntilChanged(sameParams)
      ),
      reload$.pipe(startWith(undefined)),
    ]).pipe(
      switchMap(([params]) =>
        this.userIdService.takeUserId(true).pipe(
          switchMap((userId) => this.connector.getList(userId, params)),
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
    const readMarks$ = this.readMarks$.pipe(
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

  downloadDocumentContent(
    documentId: string
  ): Observable<DocumentTransferEvent> {
    return this.userIdService
      .takeUserId(true)
      .pipe(
        switchMap((userId) =>
          this.connector.getContentWithProgress(userId, documentId)
        )
      );
  }

  getDocumentLink(
    documentId: string,
    disposition?: DocumentDisposition
  ): Observable<DocumentLink | null> {
    if (this.linksUnavailable) {
      return of(null);
    }
    return this.userIdService.takeUserId(true).pipe(
      switchMap((userId) => this.connector.createLink(userId, documentId, disposition)),
      catchError((error: unknown) => {
        if (isMissingEndpoint(error)) {
          // an older proxy: stop asking for links during this session
          this.linksUnavailable = true;
          return of(null);
        }
        return throwError(error);
      })
    );
  }

  /**
   * Fills in page size and sort from the configuration and limits the
   * types to the configured ones.
   */
  protected withDefaults(params: DocumentSearchParams): DocumentSearchParams {
    const options = this.config.exstreamDocuments ?? {};
    const allowed = options.documentTypes ?? [];
    // a configured subset of the known types limits the list
    const restricted =
      allowed.length > 0 &&
      ALL_DOCUMENT_TYPES.some((type) => !allowed.includes(type));
    let types = (params.types ?? []).filter(
      (type) => !allowed.length || allowed.includes(type)
    );
    if (!types.length && restricted) {
      types = [...allowed];
    }
    return {
      ...params,
      types,
      currentPage: params.currentPage ?? 0,
      pageSize: params.pageSize ?? options.pageSize ?? 10,
      sort: params.sort ?? options.defaultSort,
    };
  }
}

/** The list with the document marked read and the unread facet lowered. */
function withDocumentRead(list: DocumentList, documentId: string): DocumentList {
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

function sameParams(a: DocumentSearchParams, b: DocumentSearchParams): boolean {
  return stableKey(a) === stableKey(b);
}

/** JSON of the defined criteria with sorted keys, so key order does not matter. */
function stableKey(params: DocumentSearchParams): string {
  const record = params as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return JSON.stringify(keys.map((key) => [key, record[key]]));
}

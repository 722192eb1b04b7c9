import { Injectable } from '@angular/core';
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
import { UserIdService } from '@spartacus/core';
import {
  BehaviorSubject,
  combineLatest,
  Observable,
  of,
  Subject,
  throwError,
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
import { DocumentsConnector } from '../connectors/documents.connector';
import { isMissingEndpoint, toDocumentsError } from './documents-error';

interface DocumentsState {
  list?: DocumentList;
  loading: boolean;
  error?: DocumentsError;
}

/**
 * Keeps the shopper's document list for the current search criteria.
 *
 * Plain RxJS: the list is (re)loaded whenever the criteria change or
 * `reload()` is called; a newer request cancels an older one. While a
 * request is in flight the previous list stays available so the page does
 * not flicker.
 */
@Injectable()
export class DocumentsService implements DocumentsFacade {
  protected readonly params$ = new BehaviorSubject<DocumentSearchParams>({});
  protected readonly reload$ = new Subject<void>();

  protected readonly state$: Observable<DocumentsState> = combineLatest([
    this.params$.pipe(
      map((params) => this.withDefaults(params)),
      distinctUntilChanged(sameParams)
    ),
    this.reload$.pipe(startWith(undefined)),
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
    scan(
      (state: DocumentsState, change: Partial<DocumentsState>) => ({
        ...state,
        ...change,
      }),
      { loading: false } as DocumentsState
    ),
    shareReplay({ bufferSize: 1, refCount: true })
  );

  /** set once the backend turned out to offer no signed links */
  protected linksUnavailable = false;

  constructor(
    protected userIdService: UserIdService,
    protected connector: DocumentsConnector,
    protected config: ExstreamDocumentsConfig
  ) {}

  getDocuments(): Observable<DocumentList | undefined> {
    return this.state$.pipe(
      map((state) => state.list),
      distinctUntilChanged()
    );
  }

  getLoading(): Observable<boolean> {
    return this.state$.pipe(
      map((state) => state.loading),
      distinctUntilChanged()
    );
  }

  getError(): Observable<DocumentsError | undefined> {
    return this.state$.pipe(
      map((state) => state.error),
      distinctUntilChanged()
    );
  }

  getSearchParams(): Observable<DocumentSearchParams> {
    return this.params$.pipe(map((params) => this.withDefaults(params)));
  }

  search(params: DocumentSearchParams): void {
    this.params$.next({ ...params });
  }

  reload(): void {
    this.reload$.next();
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

  getDocumentLink(documentId: string): Observable<DocumentLink | null> {
    if (this.linksUnavailable) {
      return of(null);
    }
    return this.userIdService.takeUserId(true).pipe(
      switchMap((userId) => this.connector.createLink(userId, documentId)),
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

import { Injectable, Optional } from '@angular/core';
import { Router } from '@angular/router';
import {
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
import { UserIdService, WindowRef } from '@spartacus/core';
import { Observable, of, Subject, throwError } from 'rxjs';
import { catchError, distinctUntilChanged, map, switchMap } from 'rxjs/operators';
import { DocumentsConnector } from '../connectors/documents.connector';
import { createDocumentListScope, DocumentListScope } from './document-list-scope';
import { withSearchDefaults } from './document-search-params';
import { isMissingEndpoint } from './documents-error';
import { unreadCount, unreadCountTriggers } from './unread-count';

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
    this.unreadCount$ ??= unreadCount(
      this.userIdService.getUserId(),
      () => this.unreadCountTriggers(),
      (userId) => this.connector.getList(userId, this.withDefaults({ pageSize: 1 }))
    );
    return this.unreadCount$;
  }

  refreshUnreadCount(): void {
    this.unreadRefresh$.next();
  }

  markRead(documentId: string, orgUnitId?: string): void {
    if (this.markedRead.has(documentId)) {
      return;
    }
    this.markedRead.add(documentId);
    this.userIdService
      .takeUserId(true)
      .pipe(switchMap((userId) => this.connector.markRead(userId, documentId, orgUnitId)))
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
    return unreadCountTriggers(this.unreadRefresh$, this.config, this.router, this.winRef);
  }

  getDocuments(scope?: string): Observable<DocumentList | undefined> {
    return this.scope(scope).state$.pipe(
      map((state) => state.value),
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

  getDocument(documentId: string, orgUnitId?: string): Observable<ExstreamDocument> {
    return this.userIdService
      .takeUserId(true)
      .pipe(switchMap((userId) => this.connector.get(userId, documentId, orgUnitId)));
  }

  getDocumentContent(
    documentId: string,
    disposition: DocumentDisposition = 'attachment',
    orgUnitId?: string
  ): Observable<DocumentFile> {
    return this.userIdService
      .takeUserId(true)
      .pipe(
        switchMap((userId) =>
          this.connector.getContent(userId, documentId, disposition, orgUnitId)
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
    return createDocumentListScope({
      withDefaults: (params) => this.withDefaults(params),
      load: (params) =>
        this.userIdService
          .takeUserId(true)
          .pipe(switchMap((userId) => this.connector.getList(userId, params))),
      readMarks$: this.readMarks$,
    });
  }

  downloadDocumentContent(
    documentId: string,
    orgUnitId?: string
  ): Observable<DocumentTransferEvent> {
    return this.userIdService
      .takeUserId(true)
      .pipe(
        switchMap((userId) =>
          this.connector.getContentWithProgress(userId, documentId, orgUnitId)
        )
      );
  }

  getDocumentLink(
    documentId: string,
    disposition?: DocumentDisposition,
    orgUnitId?: string
  ): Observable<DocumentLink | null> {
    if (this.linksUnavailable) {
      return of(null);
    }
    return this.userIdService.takeUserId(true).pipe(
      switchMap((userId) =>
        this.connector.createLink(userId, documentId, disposition, orgUnitId)
      ),
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
    return withSearchDefaults(params, this.config.exstreamDocuments ?? {});
  }
}

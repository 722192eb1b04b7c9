import { Injectable } from '@angular/core';
import { facadeFactory } from '@spartacus/core';
import { Observable } from 'rxjs';
import { EXSTREAM_DOCUMENTS_CORE_FEATURE } from '../feature-name';
import {
  DocumentDisposition,
  DocumentFile,
  DocumentList,
  DocumentsError,
  DocumentSearchParams,
  ExstreamDocument,
} from '../model/documents.model';
import {
  DocumentLink,
  DocumentTransferEvent,
} from '../model/order-documents.model';

export function documentsFacadeFactory(): DocumentsFacade {
  return facadeFactory({
    facade: DocumentsFacade,
    feature: EXSTREAM_DOCUMENTS_CORE_FEATURE,
    methods: [
      'getDocuments',
      'getLoading',
      'getError',
      'getSearchParams',
      'search',
      'reload',
      'getDocument',
      'getDocumentContent',
      'downloadDocumentContent',
      'getDocumentLink',
      'getUnreadCount',
      'markRead',
      'refreshUnreadCount',
    ],
    async: true,
  });
}

/**
 * Access to the documents of the current shopper.
 *
 * The implementation lives in the lazily loaded core feature; injecting the
 * facade loads it on first use.
 */
@Injectable({
  providedIn: 'root',
  useFactory: documentsFacadeFactory,
})
export abstract class DocumentsFacade {
  /*
   * The list methods take an optional `scope`: each scope is an independent
   * list (criteria, state), so two differently filtered lists can share a
   * page (components use their CMS component uid). Without a scope, callers
   * share one list.
   */

  /**
   * The document list for the current search criteria. Subscribing starts
   * loading; the stream emits `undefined` until the first page has arrived.
   */
  abstract getDocuments(scope?: string): Observable<DocumentList | undefined>;

  /** Whether a list request is in flight. */
  abstract getLoading(scope?: string): Observable<boolean>;

  /** The error of the last list request, `undefined` after a success. */
  abstract getError(scope?: string): Observable<DocumentsError | undefined>;

  /** The effective search criteria (defaults from configuration included). */
  abstract getSearchParams(scope?: string): Observable<DocumentSearchParams>;

  /** Replaces the search criteria; the list reloads. */
  abstract search(params: DocumentSearchParams, scope?: string): void;

  /** Loads the list again with the current criteria (e.g. after an error). */
  abstract reload(scope?: string): void;

  /*
   * The single-document methods take an optional `orgUnitId`: the B2B unit
   * whose endpoints serve the document (`ExstreamDocument.orgUnitId`, set on
   * the documents of "Company documents"); without one, the shopper's own.
   */

  /** Metadata of a single document. */
  abstract getDocument(documentId: string, orgUnitId?: string): Observable<ExstreamDocument>;

  /**
   * The bytes of a document and the file name announced by the server.
   * Emits once and completes.
   */
  abstract getDocumentContent(
    documentId: string,
    disposition?: DocumentDisposition,
    orgUnitId?: string
  ): Observable<DocumentFile>;

  /**
   * Fetches a document for saving, reporting progress on the way. The last
   * event (`kind: 'done'`) carries the file and the server's file name.
   */
  abstract downloadDocumentContent(
    documentId: string,
    orgUnitId?: string
  ): Observable<DocumentTransferEvent>;

  /**
   * A short-lived signed URL of the document that works without an
   * Authorization header (new tab, the browser's PDF viewer, iOS Safari).
   * Emits `null` when the backend offers no signed links.
   * @param disposition `inline` (the default) to show it, `attachment` to save it
   */
  abstract getDocumentLink(
    documentId: string,
    disposition?: DocumentDisposition,
    orgUnitId?: string
  ): Observable<DocumentLink | null>;

  /**
   * The number of the shopper's unread documents; `0` while nobody is logged
   * in. It is fetched again after `markRead`, after each navigation and when
   * the browser window regains the focus, so a new document shows up without
   * a reload.
   */
  abstract getUnreadCount(): Observable<number>;

  /**
   * Marks a document read (`PATCH {read:true}`); the unread count and every
   * loaded list that contains the document update. Does nothing for a
   * document already marked read in this session.
   */
  abstract markRead(documentId: string, orgUnitId?: string): void;

  /** Fetches the unread count again. */
  abstract refreshUnreadCount(): void;
}

import {
  DocumentDisposition,
  DocumentFile,
  DocumentLink,
  DocumentList,
  DocumentResendChannel,
  DocumentResendReceipt,
  DocumentSearchParams,
  DocumentTransferEvent,
  ExstreamDocument,
} from '@exstream-spartacus/documents/root';
import { Observable } from 'rxjs';

/**
 * Talks to the backend that serves the documents. Provide another
 * implementation to use a backend with a different API. The single-document
 * methods take an optional `orgUnitId`: the B2B unit whose endpoints serve the
 * document; without one, the shopper's own.
 */
export abstract class DocumentsAdapter {
  abstract loadList(
    userId: string,
    params: DocumentSearchParams
  ): Observable<DocumentList>;

  abstract load(
    userId: string,
    documentId: string,
    orgUnitId?: string
  ): Observable<ExstreamDocument>;

  abstract loadContent(
    userId: string,
    documentId: string,
    disposition?: DocumentDisposition,
    orgUnitId?: string
  ): Observable<DocumentFile>;

  /** The bytes for saving, with download progress events. */
  abstract loadContentWithProgress(
    userId: string,
    documentId: string,
    orgUnitId?: string
  ): Observable<DocumentTransferEvent>;

  /** A short-lived signed URL that serves the document without a header, inline or as a download. */
  abstract createLink(
    userId: string,
    documentId: string,
    disposition?: DocumentDisposition,
    orgUnitId?: string
  ): Observable<DocumentLink>;

  /**
   * Marks the document read (idempotent) and answers it; it stays unread when a customer-service
   * agent acting for the customer opens it.
   */
  abstract markRead(
    userId: string,
    documentId: string,
    orgUnitId?: string
  ): Observable<ExstreamDocument>;

  /** Asks the backend to have the document sent to its customer again. */
  abstract resend(
    userId: string,
    documentId: string,
    channel: DocumentResendChannel
  ): Observable<DocumentResendReceipt>;
}

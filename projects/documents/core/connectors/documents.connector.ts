import { Injectable } from '@angular/core';
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
import { DocumentsAdapter } from './documents.adapter';

@Injectable()
export class DocumentsConnector {
  constructor(protected adapter: DocumentsAdapter) {}

  getList(userId: string, params: DocumentSearchParams): Observable<DocumentList> {
    return this.adapter.loadList(userId, params);
  }

  get(userId: string, documentId: string, orgUnitId?: string): Observable<ExstreamDocument> {
    return this.adapter.load(userId, documentId, orgUnitId);
  }

  getContent(
    userId: string,
    documentId: string,
    disposition?: DocumentDisposition,
    orgUnitId?: string
  ): Observable<DocumentFile> {
    return this.adapter.loadContent(userId, documentId, disposition, orgUnitId);
  }

  getContentWithProgress(
    userId: string,
    documentId: string,
    orgUnitId?: string
  ): Observable<DocumentTransferEvent> {
    return this.adapter.loadContentWithProgress(userId, documentId, orgUnitId);
  }

  createLink(
    userId: string,
    documentId: string,
    disposition?: DocumentDisposition,
    orgUnitId?: string
  ): Observable<DocumentLink> {
    return this.adapter.createLink(userId, documentId, disposition, orgUnitId);
  }

  markRead(userId: string, documentId: string, orgUnitId?: string): Observable<ExstreamDocument> {
    return this.adapter.markRead(userId, documentId, orgUnitId);
  }

  resend(
    userId: string,
    documentId: string,
    channel: DocumentResendChannel
  ): Observable<DocumentResendReceipt> {
    return this.adapter.resend(userId, documentId, channel);
  }
}

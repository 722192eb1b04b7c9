import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import {
  DOCUMENT_LIST_NORMALIZER,
  DOCUMENT_NORMALIZER,
  DocumentsAdapter,
} from '@exstream-spartacus/documents/core';
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
import { ConverterService, OccEndpointsService, WindowRef } from '@spartacus/core';
import { Observable } from 'rxjs';
import { map } from 'rxjs/operators';
import { documentListQueryParams } from './document-list-query-params';
import { DocumentsUrlBuilder } from './documents-url';
import { toDocumentFile, toTransferEvents } from './transfer-events';

@Injectable()
export class OccDocumentsAdapter implements DocumentsAdapter {
  constructor(
    protected http: HttpClient,
    protected occEndpoints: OccEndpointsService,
    protected converter: ConverterService,
    protected urlBuilder: DocumentsUrlBuilder,
    protected winRef: WindowRef
  ) {}

  loadList(userId: string, params: DocumentSearchParams): Observable<DocumentList> {
    const url = this.urlBuilder.buildUrl('exstreamDocuments', {
      urlParams: { userId },
      queryParams: this.toQueryParams(params),
    });
    return this.http
      .get<unknown>(url)
      .pipe(this.converter.pipeable(DOCUMENT_LIST_NORMALIZER));
  }

  load(userId: string, documentId: string, orgUnitId?: string): Observable<ExstreamDocument> {
    const url = this.urlBuilder.buildScopedUrl('exstreamDocument', orgUnitId, {
      urlParams: { userId, documentId },
    });
    return this.http
      .get<unknown>(url)
      .pipe(this.converter.pipeable(DOCUMENT_NORMALIZER));
  }

  loadContent(
    userId: string,
    documentId: string,
    disposition: DocumentDisposition = 'attachment',
    orgUnitId?: string
  ): Observable<DocumentFile> {
    const url = this.urlBuilder.buildScopedUrl('exstreamDocumentContent', orgUnitId, {
      urlParams: { userId, documentId },
      queryParams: { disposition },
    });
    return this.http
      .get(url, { observe: 'response', responseType: 'blob' })
      .pipe(
        map((response) =>
          toDocumentFile(response, (mimeType) =>
            this.fallbackFileName(documentId, mimeType)
          )
        )
      );
  }

  loadContentWithProgress(
    userId: string,
    documentId: string,
    orgUnitId?: string
  ): Observable<DocumentTransferEvent> {
    const url = this.urlBuilder.buildScopedUrl('exstreamDocumentContent', orgUnitId, {
      urlParams: { userId, documentId },
      queryParams: { disposition: 'attachment' },
    });
    return this.http
      .get(url, { observe: 'events', reportProgress: true, responseType: 'blob' })
      .pipe(
        toTransferEvents((mimeType) => this.fallbackFileName(documentId, mimeType))
      );
  }

  /** @param disposition `inline` (the default) for the viewer, `attachment` to save the file */
  createLink(
    userId: string,
    documentId: string,
    disposition: DocumentDisposition = 'inline',
    orgUnitId?: string
  ): Observable<DocumentLink> {
    const url = this.urlBuilder.buildScopedUrl('exstreamDocumentLinks', orgUnitId, {
      urlParams: { userId, documentId },
    });
    return this.http
      .post<DocumentLink>(url, { disposition })
      .pipe(map((link) => ({ ...link, url: this.absoluteUrl(link.url) })));
  }

  markRead(userId: string, documentId: string, orgUnitId?: string): Observable<ExstreamDocument> {
    const url = this.urlBuilder.buildScopedUrl('exstreamDocument', orgUnitId, {
      urlParams: { userId, documentId },
    });
    return this.http
      .patch<unknown>(url, { read: true })
      .pipe(this.converter.pipeable(DOCUMENT_NORMALIZER));
  }

  resend(
    userId: string,
    documentId: string,
    channel: DocumentResendChannel
  ): Observable<DocumentResendReceipt> {
    const url = this.urlBuilder.buildUrl('exstreamDocumentResend', {
      urlParams: { userId, documentId },
    });
    return this.http.post<DocumentResendReceipt>(url, { channel });
  }

  /** A relative link is relative to the proxy's base URL (or, without one, to the page). */
  protected absoluteUrl(url: string): string {
    if (!url || /^https?:\/\//i.test(url)) {
      return url;
    }
    const base =
      this.urlBuilder.baseUrl() ||
      this.winRef.location.origin;
    try {
      return base ? new URL(url, base).href : url;
    } catch {
      return url;
    }
  }

  protected fallbackFileName(documentId: string, mimeType: string): string {
    return /pdf/i.test(mimeType) ? `${documentId}.pdf` : documentId;
  }

  protected toQueryParams(
    params: DocumentSearchParams
  ): Record<string, string | number | boolean> {
    return documentListQueryParams(params);
  }
}

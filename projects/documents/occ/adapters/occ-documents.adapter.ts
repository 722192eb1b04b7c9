import { HttpClient, HttpResponse } from '@angular/common/http';
import { Injectable } from '@angular/core';
import {
  DOCUMENT_LIST_NORMALIZER,
  DOCUMENT_NORMALIZER,
  DocumentsAdapter,
} from '@exstream-spartacus/documents/core';
import {
  DocumentDisposition,
  DocumentFile,
  DocumentList,
  DocumentSearchParams,
  ExstreamDocument,
} from '@exstream-spartacus/documents/root';
import { ConverterService, OccEndpointsService } from '@spartacus/core';
import { Observable } from 'rxjs';
import { map } from 'rxjs/operators';
import { parseContentDispositionFileName } from './content-disposition';
import { DocumentsUrlBuilder } from './documents-url';

@Injectable()
export class OccDocumentsAdapter implements DocumentsAdapter {
  constructor(
    protected http: HttpClient,
    protected occEndpoints: OccEndpointsService,
    protected converter: ConverterService,
    protected urlBuilder: DocumentsUrlBuilder
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

  load(userId: string, documentId: string): Observable<ExstreamDocument> {
    const url = this.urlBuilder.buildUrl('exstreamDocument', {
      urlParams: { userId, documentId },
    });
    return this.http
      .get<unknown>(url)
      .pipe(this.converter.pipeable(DOCUMENT_NORMALIZER));
  }

  loadContent(
    userId: string,
    documentId: string,
    disposition: DocumentDisposition = 'attachment'
  ): Observable<DocumentFile> {
    const url = this.urlBuilder.buildUrl('exstreamDocumentContent', {
      urlParams: { userId, documentId },
      queryParams: { disposition },
    });
    return this.http
      .get(url, { observe: 'response', responseType: 'blob' })
      .pipe(map((response) => this.toDocumentFile(response, documentId)));
  }

  protected toDocumentFile(
    response: HttpResponse<Blob>,
    documentId: string
  ): DocumentFile {
    const blob = response.body ?? new Blob([]);
    const mimeType =
      response.headers.get('Content-Type') || blob.type || 'application/octet-stream';
    const fileName =
      parseContentDispositionFileName(response.headers.get('Content-Disposition')) ??
      this.fallbackFileName(documentId, mimeType);
    return { blob, fileName, mimeType };
  }

  protected fallbackFileName(documentId: string, mimeType: string): string {
    return /pdf/i.test(mimeType) ? `${documentId}.pdf` : documentId;
  }

  protected toQueryParams(
    params: DocumentSearchParams
  ): Record<string, string | number | boolean> {
    const query: Record<string, string | number | boolean> = {};
    if (params.types?.length) {
      query.type = params.types.join(',');
    }
    if (params.orderCode) {
      query.orderCode = params.orderCode;
    }
    if (params.from) {
      query.from = params.from;
    }
    if (params.to) {
      query.to = params.to;
    }
    if (params.query) {
      query.q = params.query;
    }
    if (params.unread !== undefined) {
      query.unread = params.unread;
    }
    if (params.currentPage !== undefined) {
      query.currentPage = params.currentPage;
    }
    if (params.pageSize !== undefined) {
      query.pageSize = params.pageSize;
    }
    if (params.sort) {
      query.sort = params.sort;
    }
    return query;
  }
}

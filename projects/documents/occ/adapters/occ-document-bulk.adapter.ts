import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { DocumentBulkAdapter } from '@exstream-spartacus/documents/core';
import {
  DocumentFilter,
  DocumentSelection,
  DocumentTransferEvent,
  OrgDocumentSearchParams,
} from '@exstream-spartacus/documents/root';
import { from, Observable, throwError } from 'rxjs';
import { catchError, switchMap } from 'rxjs/operators';
import { documentListQueryParams } from './document-list-query-params';
import { orgDocumentQueryParams } from './occ-company-documents.adapter';
import { DocumentsUrlBuilder } from './documents-url';
import { toTransferEvents } from './transfer-events';

@Injectable()
export class OccDocumentBulkAdapter implements DocumentBulkAdapter {
  constructor(protected http: HttpClient, protected urlBuilder: DocumentsUrlBuilder) {}

  loadArchive(
    userId: string,
    selection: DocumentSelection,
    orgUnitId?: string
  ): Observable<DocumentTransferEvent> {
    const url = this.urlBuilder.buildScopedUrl('exstreamDocumentsArchive', orgUnitId, {
      urlParams: { userId },
    });
    const body =
      'ids' in selection
        ? { ids: selection.ids }
        : { filter: wireFilter(selection.filter) };
    return this.http
      .post(url, body, { observe: 'events', reportProgress: true, responseType: 'blob' })
      .pipe(toTransferEvents(() => 'documents.zip'), catchError(readBlobError));
  }

  loadExport(
    userId: string,
    filter: DocumentFilter,
    orgUnitId?: string
  ): Observable<DocumentTransferEvent> {
    const url = this.urlBuilder.buildScopedUrl('exstreamDocumentsExport', orgUnitId, {
      urlParams: { userId },
      queryParams: documentListQueryParams(filter),
    });
    return this.http
      .get(url, { observe: 'events', reportProgress: true, responseType: 'blob' })
      .pipe(toTransferEvents(() => 'documents.csv'), catchError(readBlobError));
  }

  loadOrgArchive(
    userId: string,
    orgUnitId: string,
    filter: OrgDocumentSearchParams
  ): Observable<DocumentTransferEvent> {
    const url = this.urlBuilder.buildUrl('exstreamOrgDocumentsArchive', {
      urlParams: { userId, orgUnitId },
    });
    const { page: _page, pageSize: _size, paymentStatus, ...rest } = orgDocumentQueryParams(filter);
    const body = { filter: paymentStatus ? { ...rest, paymentStatus: [paymentStatus] } : rest };
    return this.http
      .post(url, body, { observe: 'events', reportProgress: true, responseType: 'blob' })
      .pipe(toTransferEvents(() => 'company-documents.zip'), catchError(readBlobError));
  }

  loadOrgExport(
    userId: string,
    orgUnitId: string,
    filter: OrgDocumentSearchParams
  ): Observable<DocumentTransferEvent> {
    const { page: _page, pageSize: _size, ...queryParams } = orgDocumentQueryParams(filter);
    const url = this.urlBuilder.buildUrl('exstreamOrgDocumentsExport', {
      urlParams: { userId, orgUnitId },
      queryParams,
    });
    return this.http
      .get(url, { observe: 'events', reportProgress: true, responseType: 'blob' })
      .pipe(toTransferEvents(() => 'company-documents.csv'), catchError(readBlobError));
  }
}

/** The archive body's filter: the list query's fields, with `type` as a list. */
function wireFilter(filter: DocumentFilter): Record<string, unknown> {
  const { type, ...rest } = documentListQueryParams(filter);
  delete rest.sort;
  return type ? { ...rest, type: String(type).split(',') } : rest;
}

/** A failed blob request carries its OCC error body as a Blob: read it, so the error has its type. */
function readBlobError(error: unknown): Observable<never> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) {
    return throwError(error);
  }
  const blob = error.error;
  return from(blob.text()).pipe(
    switchMap((text) => {
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      return throwError(
        new HttpErrorResponse({
          error: body,
          headers: error.headers,
          status: error.status,
          statusText: error.statusText,
          url: error.url ?? undefined,
        })
      );
    })
  );
}

import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import {
  OrderDocumentsAdapter,
  OrderDocumentsResponse,
} from '@exstream-spartacus/documents/core';
import {
  DocumentTransferEvent,
  ExstreamDocument,
  GeneratableDocument,
} from '@exstream-spartacus/documents/root';
import { Observable, of } from 'rxjs';
import { catchError, map } from 'rxjs/operators';
import { DocumentsUrlBuilder } from './documents-url';
import { toTransferEvents } from './transfer-events';

@Injectable()
export class OccOrderDocumentsAdapter implements OrderDocumentsAdapter {
  constructor(
    protected http: HttpClient,
    protected urlBuilder: DocumentsUrlBuilder
  ) {}

  loadOrderDocuments(
    userId: string,
    orderCode: string
  ): Observable<OrderDocumentsResponse> {
    return this.http
      .get<Partial<OrderDocumentsResponse>>(this.orderDocumentsUrl(userId, orderCode))
      .pipe(
        map((body) => ({
          documents: Array.isArray(body?.documents) ? body.documents : [],
          generatable: Array.isArray(body?.generatable) ? body.generatable : [],
        }))
      );
  }

  generate(
    userId: string,
    orderCode: string,
    request: GeneratableDocument
  ): Observable<ExstreamDocument> {
    const body: GeneratableDocument = { type: request.type };
    if (request.consignmentCode !== undefined) {
      body.consignmentCode = request.consignmentCode;
    }
    if (request.entryNumber !== undefined) {
      body.entryNumber = request.entryNumber;
    }
    return this.http.post<ExstreamDocument>(
      this.orderDocumentsUrl(userId, orderCode),
      body
    );
  }

  probeArchive(userId: string, orderCode: string): Observable<boolean> {
    return this.http
      .head(this.archiveUrl(userId, orderCode), { observe: 'response' })
      .pipe(
        map((response) => response.ok),
        catchError(() => of(false))
      );
  }

  loadArchive(userId: string, orderCode: string): Observable<DocumentTransferEvent> {
    return this.http
      .get(this.archiveUrl(userId, orderCode), {
        observe: 'events',
        reportProgress: true,
        responseType: 'blob',
      })
      .pipe(toTransferEvents(() => `Order ${orderCode} documents.zip`));
  }

  protected orderDocumentsUrl(userId: string, orderCode: string): string {
    return this.urlBuilder.buildUrl('exstreamOrderDocuments', {
      urlParams: { userId, orderCode },
    });
  }

  protected archiveUrl(userId: string, orderCode: string): string {
    return this.urlBuilder.buildUrl('exstreamOrderDocumentsArchive', {
      urlParams: { userId, orderCode },
    });
  }
}

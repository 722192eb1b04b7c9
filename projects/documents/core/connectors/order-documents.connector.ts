import { Injectable } from '@angular/core';
import {
  DocumentTransferEvent,
  ExstreamDocument,
  GeneratableDocument,
} from '@exstream-spartacus/documents/root';
import { Observable } from 'rxjs';
import {
  OrderDocumentsAdapter,
  OrderDocumentsResponse,
} from './order-documents.adapter';

@Injectable()
export class OrderDocumentsConnector {
  constructor(protected adapter: OrderDocumentsAdapter) {}

  getOrderDocuments(
    userId: string,
    orderCode: string
  ): Observable<OrderDocumentsResponse> {
    return this.adapter.loadOrderDocuments(userId, orderCode);
  }

  generate(
    userId: string,
    orderCode: string,
    request: GeneratableDocument
  ): Observable<ExstreamDocument> {
    return this.adapter.generate(userId, orderCode, request);
  }

  hasArchive(userId: string, orderCode: string): Observable<boolean> {
    return this.adapter.probeArchive(userId, orderCode);
  }

  getArchive(userId: string, orderCode: string): Observable<DocumentTransferEvent> {
    return this.adapter.loadArchive(userId, orderCode);
  }
}

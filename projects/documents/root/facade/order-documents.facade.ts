import { Injectable } from '@angular/core';
import { facadeFactory } from '@spartacus/core';
import { Observable } from 'rxjs';
import { EXSTREAM_DOCUMENTS_CORE_FEATURE } from '../feature-name';
import { ExstreamDocument } from '../model/documents.model';
import {
  DocumentTransferEvent,
  GeneratableDocument,
  OrderDocuments,
  OrderDocumentsSummary,
} from '../model/order-documents.model';

export function orderDocumentsFacadeFactory(): OrderDocumentsFacade {
  return facadeFactory({
    facade: OrderDocumentsFacade,
    feature: EXSTREAM_DOCUMENTS_CORE_FEATURE,
    methods: [
      'getOrderDocuments',
      'getOrderDocumentsSummary',
      'isArchiveAvailable',
      'downloadArchive',
      'requestDocument',
    ],
    async: true,
  });
}

/**
 * The documents of the current shopper's orders. Each method works with
 * whatever the backend offers: without the order documents endpoint the
 * documents come from the document list and nothing can be requested.
 */
@Injectable({
  providedIn: 'root',
  useFactory: orderDocumentsFacadeFactory,
})
export abstract class OrderDocumentsFacade {
  /** The order's documents and the types that can still be generated. */
  abstract getOrderDocuments(orderCode: string): Observable<OrderDocuments>;

  /** Counts per type and the newest invoice of each order. */
  abstract getOrderDocumentsSummary(
    orderCodes: string[]
  ): Observable<OrderDocumentsSummary[]>;

  /** Whether the backend can deliver all documents of the order as one ZIP. */
  abstract isArchiveAvailable(orderCode: string): Observable<boolean>;

  /** All documents of the order as one ZIP file, with progress events. */
  abstract downloadArchive(orderCode: string): Observable<DocumentTransferEvent>;

  /**
   * Asks the backend to generate a document now. Fails with a
   * `DocumentsError` (status 503 and `retryAfterSeconds` when Exstream is
   * unavailable).
   */
  abstract requestDocument(
    orderCode: string,
    request: GeneratableDocument
  ): Observable<ExstreamDocument>;
}

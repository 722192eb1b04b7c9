import {
  DocumentTransferEvent,
  ExstreamDocument,
  GeneratableDocument,
} from '@exstream-spartacus/documents/root';
import { Observable } from 'rxjs';

/** What the order documents endpoint answers. */
export interface OrderDocumentsResponse {
  documents: ExstreamDocument[];
  generatable: GeneratableDocument[];
}

/** Talks to the backend about the documents of one order. */
export abstract class OrderDocumentsAdapter {
  abstract loadOrderDocuments(
    userId: string,
    orderCode: string
  ): Observable<OrderDocumentsResponse>;

  abstract generate(
    userId: string,
    orderCode: string,
    request: GeneratableDocument
  ): Observable<ExstreamDocument>;

  /** Resolves `true` when the backend answers the archive URL (HEAD request). */
  abstract probeArchive(userId: string, orderCode: string): Observable<boolean>;

  abstract loadArchive(
    userId: string,
    orderCode: string
  ): Observable<DocumentTransferEvent>;
}

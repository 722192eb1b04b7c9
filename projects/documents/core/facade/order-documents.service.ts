import { Injectable } from '@angular/core';
import {
  DocumentSortCode,
  DocumentTransferEvent,
  ExstreamDocument,
  ExstreamDocumentsConfig,
  GeneratableDocument,
  OrderDocuments,
  OrderDocumentsFacade,
  OrderDocumentsSummary,
} from '@exstream-spartacus/documents/root';
import { UserIdService } from '@spartacus/core';
import { forkJoin, Observable, of, throwError } from 'rxjs';
import { catchError, map, shareReplay, switchMap, tap } from 'rxjs/operators';
import { DocumentsConnector } from '../connectors/documents.connector';
import { OrderDocumentsConnector } from '../connectors/order-documents.connector';
import { isMissingEndpoint, toDocumentsError } from './documents-error';
import { summarizeOrderDocuments } from './order-documents-summary';

/** The largest page the document list endpoint serves. */
const MAX_PAGE_SIZE = 100;

/**
 * Documents of the shopper's orders. Uses the order documents endpoint where
 * the backend has it and falls back to the document list (filtered by order)
 * where it does not; errors reach subscribers as `DocumentsError`.
 */
@Injectable()
export class OrderDocumentsService implements OrderDocumentsFacade {
  /** set once the backend turned out to have no order documents endpoint */
  protected orderEndpointUnavailable = false;
  protected readonly archiveProbes = new Map<string, Observable<boolean>>();

  constructor(
    protected userIdService: UserIdService,
    protected connector: OrderDocumentsConnector,
    protected documentsConnector: DocumentsConnector,
    protected config: ExstreamDocumentsConfig
  ) {}

  getOrderDocuments(orderCode: string): Observable<OrderDocuments> {
    return this.userIdService.takeUserId(true).pipe(
      switchMap((userId) =>
        this.orderEndpointUnavailable
          ? this.fromDocumentList(userId, orderCode)
          : this.connector.getOrderDocuments(userId, orderCode).pipe(
              map(
                (response): OrderDocuments => ({
                  documents: response.documents ?? [],
                  generatable: this.offered(response.generatable ?? []),
                  generationSupported: true,
                })
              ),
              catchError((error: unknown) => {
                if (isMissingEndpoint(error)) {
                  this.orderEndpointUnavailable = true;
                  return this.fromDocumentList(userId, orderCode);
                }
                return throwError(error);
              })
            )
      ),
      catchError((error: unknown) => throwError(toDocumentsError(error)))
    );
  }

  /** What the backend can generate, limited to the configured `onDemandTypes` when they are set. */
  protected offered(generatable: GeneratableDocument[]): GeneratableDocument[] {
    const types = this.config.exstreamDocuments?.onDemandTypes;
    return types ? generatable.filter((item) => types.includes(item.type)) : generatable;
  }

  getOrderDocumentsSummary(
    orderCodes: string[]
  ): Observable<OrderDocumentsSummary[]> {
    if (!orderCodes.length) {
      return of([]);
    }
    return this.userIdService.takeUserId(true).pipe(
      switchMap((userId) =>
        forkJoin(
          orderCodes.map((orderCode) =>
            this.documentsConnector
              .getList(userId, {
                orderCode,
                pageSize: MAX_PAGE_SIZE,
                sort: DocumentSortCode.BY_DATE_DESC,
              })
              .pipe(map((list) => summarizeOrderDocuments(orderCode, list)))
          )
        )
      ),
      catchError((error: unknown) => throwError(toDocumentsError(error)))
    );
  }

  isArchiveAvailable(orderCode: string): Observable<boolean> {
    let probe = this.archiveProbes.get(orderCode);
    if (!probe) {
      probe = this.userIdService.takeUserId(true).pipe(
        switchMap((userId) => this.connector.hasArchive(userId, orderCode)),
        catchError(() => of(false)),
        shareReplay(1)
      );
      this.archiveProbes.set(orderCode, probe);
    }
    return probe;
  }

  downloadArchive(orderCode: string): Observable<DocumentTransferEvent> {
    return this.userIdService.takeUserId(true).pipe(
      switchMap((userId) => this.connector.getArchive(userId, orderCode)),
      catchError((error: unknown) => throwError(toDocumentsError(error)))
    );
  }

  requestDocument(
    orderCode: string,
    request: GeneratableDocument
  ): Observable<ExstreamDocument> {
    return this.userIdService.takeUserId(true).pipe(
      switchMap((userId) => this.connector.generate(userId, orderCode, request)),
      // an order that had no documents may have an archive now
      tap(() => this.archiveProbes.delete(orderCode)),
      catchError((error: unknown) => throwError(toDocumentsError(error)))
    );
  }

  protected fromDocumentList(
    userId: string,
    orderCode: string
  ): Observable<OrderDocuments> {
    return this.documentsConnector
      .getList(userId, {
        orderCode,
        pageSize: MAX_PAGE_SIZE,
        sort: DocumentSortCode.BY_DATE_ASC,
      })
      .pipe(
        map((list) => ({
          documents: list.documents,
          generatable: [],
          generationSupported: false,
        }))
      );
  }
}

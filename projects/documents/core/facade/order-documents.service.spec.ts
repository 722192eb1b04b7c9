import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import {
  DocumentList,
  DocumentsError,
  DocumentTransferEvent,
  DocumentType,
  ExstreamDocument,
  ExstreamDocumentsConfig,
  OrderDocuments,
  OrderDocumentsSummary,
} from '@exstream-spartacus/documents/root';
import { UserIdService } from '@spartacus/core';
import { of, throwError } from 'rxjs';
import { DocumentsConnector } from '../connectors/documents.connector';
import { OrderDocumentsConnector } from '../connectors/order-documents.connector';
import { OrderDocumentsService } from './order-documents.service';

function doc(id: string, type: string, createdAt = '2026-10-02T09:00:00Z'): ExstreamDocument {
  return {
    id,
    type,
    title: `${type} ${id}`,
    number: `N-${id}`,
    orderCode: '100012',
    createdAt,
    mimeType: 'application/pdf',
    size: 100,
  };
}

function listOf(documents: ExstreamDocument[], facets = [] as { code: string; count: number }[]): DocumentList {
  return {
    documents,
    pagination: { currentPage: 0, pageSize: 100, totalPages: 1, totalResults: documents.length },
    sorts: [],
    facets: { types: facets },
  };
}

const routeMissing = new HttpErrorResponse({
  status: 404,
  error: { errors: [{ type: 'UnknownResourceError', message: 'There is no resource' }] },
});

describe('OrderDocumentsService', () => {
  let service: OrderDocumentsService;
  let connector: jasmine.SpyObj<OrderDocumentsConnector>;
  let documentsConnector: jasmine.SpyObj<DocumentsConnector>;
  let config: ExstreamDocumentsConfig;

  beforeEach(() => {
    config = { exstreamDocuments: {} };
    connector = jasmine.createSpyObj('OrderDocumentsConnector', [
      'getOrderDocuments',
      'generate',
      'hasArchive',
      'getArchive',
    ]);
    documentsConnector = jasmine.createSpyObj('DocumentsConnector', ['getList']);
    TestBed.configureTestingModule({
      providers: [
        OrderDocumentsService,
        { provide: OrderDocumentsConnector, useValue: connector },
        { provide: DocumentsConnector, useValue: documentsConnector },
        { provide: UserIdService, useValue: { takeUserId: () => of('current') } },
        { provide: ExstreamDocumentsConfig, useValue: config },
      ],
    });
    service = TestBed.inject(OrderDocumentsService);
  });

  describe('getOrderDocuments', () => {
    it('offers only the configured onDemandTypes when they are set', () => {
      connector.getOrderDocuments.and.returnValue(
        of({
          documents: [],
          generatable: [{ type: 'INVOICE' }, { type: 'WARRANTY', entryNumber: 0 }],
        })
      );
      config.exstreamDocuments = { onDemandTypes: [DocumentType.INVOICE] };
      let result: OrderDocuments | undefined;
      service.getOrderDocuments('100012').subscribe((r) => (result = r));
      expect(result?.generatable).toEqual([{ type: 'INVOICE' }]);
    });

    it('returns the documents and generatable types of the order endpoint', () => {
      connector.getOrderDocuments.and.returnValue(
        of({ documents: [doc('1', 'INVOICE')], generatable: [{ type: 'WARRANTY', entryNumber: 0 }] })
      );
      let result: OrderDocuments | undefined;
      service.getOrderDocuments('100012').subscribe((r) => (result = r));
      expect(connector.getOrderDocuments).toHaveBeenCalledWith('current', '100012');
      expect(result).toEqual({
        documents: [doc('1', 'INVOICE')],
        generatable: [{ type: 'WARRANTY', entryNumber: 0 }],
        generationSupported: true,
      });
      expect(documentsConnector.getList).not.toHaveBeenCalled();
    });

    it('falls back to the document list when the proxy has no order endpoint, and remembers it', () => {
      connector.getOrderDocuments.and.returnValue(throwError(routeMissing));
      documentsConnector.getList.and.returnValue(of(listOf([doc('1', 'INVOICE')])));
      let result: OrderDocuments | undefined;
      service.getOrderDocuments('100012').subscribe((r) => (result = r));
      expect(documentsConnector.getList).toHaveBeenCalledWith(
        'current',
        jasmine.objectContaining({ orderCode: '100012', pageSize: 100 })
      );
      expect(result).toEqual({
        documents: [doc('1', 'INVOICE')],
        generatable: [],
        generationSupported: false,
      });

      service.getOrderDocuments('100013').subscribe();
      expect(connector.getOrderDocuments).toHaveBeenCalledTimes(1);
      expect(documentsConnector.getList).toHaveBeenCalledTimes(2);
    });

    it('reports an unknown order as an error, not as a missing endpoint', () => {
      connector.getOrderDocuments.and.returnValue(
        throwError(
          new HttpErrorResponse({
            status: 404,
            error: { errors: [{ type: 'UnknownIdentifierError', message: 'Order not found' }] },
          })
        )
      );
      let error: DocumentsError | undefined;
      service.getOrderDocuments('999').subscribe({ error: (e) => (error = e) });
      expect(error).toEqual({ status: 404, type: 'UnknownIdentifierError', message: 'Order not found' });
      expect(documentsConnector.getList).not.toHaveBeenCalled();
    });
  });

  describe('requestDocument', () => {
    it('posts the request and returns the new document', () => {
      connector.generate.and.returnValue(of(doc('9', 'WARRANTY')));
      let created: ExstreamDocument | undefined;
      service
        .requestDocument('100012', { type: 'WARRANTY', entryNumber: 1 })
        .subscribe((d) => (created = d));
      expect(connector.generate).toHaveBeenCalledWith('current', '100012', {
        type: 'WARRANTY',
        entryNumber: 1,
      });
      expect(created?.id).toBe('9');
    });

    it('passes on "Exstream unavailable" with the retry delay', () => {
      connector.generate.and.returnValue(
        throwError(
          new HttpErrorResponse({
            status: 503,
            headers: new HttpHeaders({ 'Retry-After': '20' }),
            error: { errors: [{ type: 'ServiceUnavailableError', message: 'Exstream is unavailable' }] },
          })
        )
      );
      let error: DocumentsError | undefined;
      service.requestDocument('100012', { type: 'WARRANTY' }).subscribe({ error: (e) => (error = e) });
      expect(error?.status).toBe(503);
      expect(error?.retryAfterSeconds).toBe(20);
    });
  });

  describe('archive', () => {
    it('probes the archive once per order', () => {
      connector.hasArchive.and.returnValue(of(true));
      const seen: boolean[] = [];
      service.isArchiveAvailable('100012').subscribe((v) => seen.push(v));
      service.isArchiveAvailable('100012').subscribe((v) => seen.push(v));
      expect(seen).toEqual([true, true]);
      expect(connector.hasArchive).toHaveBeenCalledTimes(1);
    });

    it('treats a failing probe as "no archive"', () => {
      connector.hasArchive.and.returnValue(throwError(new Error('network')));
      let available: boolean | undefined;
      service.isArchiveAvailable('100012').subscribe((v) => (available = v));
      expect(available).toBe(false);
    });

    it('probes again after a document was generated', () => {
      connector.hasArchive.and.returnValue(of(false));
      connector.generate.and.returnValue(of(doc('9', 'WARRANTY')));
      service.isArchiveAvailable('100012').subscribe();
      service.requestDocument('100012', { type: 'WARRANTY' }).subscribe();
      service.isArchiveAvailable('100012').subscribe();
      expect(connector.hasArchive).toHaveBeenCalledTimes(2);
    });

    it('passes the download events through and maps errors', () => {
      const events: DocumentTransferEvent[] = [
        { kind: 'progress', loaded: 5, total: 10 },
        { kind: 'done', file: { blob: new Blob(['PK']), fileName: 'a.zip', mimeType: 'application/zip' } },
      ];
      connector.getArchive.and.returnValue(of(...events));
      const seen: DocumentTransferEvent[] = [];
      service.downloadArchive('100012').subscribe((e) => seen.push(e));
      expect(seen).toEqual(events);

      connector.getArchive.and.returnValue(throwError(new HttpErrorResponse({ status: 500 })));
      let error: DocumentsError | undefined;
      service.downloadArchive('100012').subscribe({ error: (e) => (error = e) });
      expect(error?.status).toBe(500);
    });
  });

  describe('getOrderDocumentsSummary', () => {
    it('summarises each order with counts per type and its newest invoice', () => {
      documentsConnector.getList.and.callFake((_user, params) =>
        of(
          params.orderCode === 'A'
            ? listOf(
                [
                  doc('1', 'INVOICE', '2026-10-01T00:00:00Z'),
                  doc('2', 'INVOICE', '2026-10-05T00:00:00Z'),
                  doc('3', 'ORDER_CONFIRMATION'),
                ],
                [
                  { code: 'ORDER_CONFIRMATION', count: 1 },
                  { code: 'INVOICE', count: 2 },
                  { code: 'STATEMENT', count: 0 },
                ]
              )
            : listOf([])
        )
      );
      let summaries: OrderDocumentsSummary[] | undefined;
      service.getOrderDocumentsSummary(['A', 'B']).subscribe((s) => (summaries = s));
      expect(summaries?.length).toBe(2);
      expect(summaries?.[0]).toEqual({
        orderCode: 'A',
        types: [
          { code: DocumentType.ORDER_CONFIRMATION, count: 1 },
          { code: DocumentType.INVOICE, count: 2 },
        ],
        total: 3,
        invoice: doc('2', 'INVOICE', '2026-10-05T00:00:00Z'),
      });
      expect(summaries?.[1]).toEqual({ orderCode: 'B', types: [], total: 0 });
    });

    it('answers an empty page without requests', () => {
      let summaries: OrderDocumentsSummary[] | undefined;
      service.getOrderDocumentsSummary([]).subscribe((s) => (summaries = s));
      expect(summaries).toEqual([]);
      expect(documentsConnector.getList).not.toHaveBeenCalled();
    });
  });
});

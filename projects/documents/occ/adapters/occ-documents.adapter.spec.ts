import { HttpEventType, HttpHeaders } from '@angular/common/http';
import {
  HttpClientTestingModule,
  HttpTestingController,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { DOCUMENT_LIST_NORMALIZER } from '@exstream-spartacus/documents/core';
import {
  DocumentFile,
  DocumentLink,
  DocumentList,
  DocumentTransferEvent,
  DocumentType,
  ExstreamDocument,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import { BaseSiteService, OccConfig } from '@spartacus/core';
import { of } from 'rxjs';
import { defaultOccExstreamDocumentsConfig } from '../config/default-occ-documents-config';
import { OccDocumentListNormalizer } from './occ-document-list.normalizer';
import { OccDocumentsAdapter } from './occ-documents.adapter';

const BASE = 'https://shop.example.com/occ/v2/electronics-spa';

const mockOccConfig: OccConfig = {
  backend: {
    occ: {
      baseUrl: 'https://shop.example.com',
      prefix: '/occ/v2/',
      endpoints: {
        ...defaultOccExstreamDocumentsConfig.backend?.occ?.endpoints,
      },
    },
  },
  context: { baseSite: ['electronics-spa'] },
};

const invoice: ExstreamDocument = {
  id: 'd-1',
  type: DocumentType.INVOICE,
  title: 'Invoice for order 100012',
  number: 'INV-2026-100012',
  orderCode: '100012',
  createdAt: '2026-10-02T09:14:00Z',
  mimeType: 'application/pdf',
  size: 48213,
  read: false,
};

describe('OccDocumentsAdapter', () => {
  let adapter: OccDocumentsAdapter;
  let httpMock: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [HttpClientTestingModule],
      providers: [
        OccDocumentsAdapter,
        { provide: OccConfig, useValue: mockOccConfig },
        { provide: ExstreamDocumentsConfig, useValue: {} },
        {
          provide: BaseSiteService,
          useValue: { getActive: () => of('electronics-spa') },
        },
        {
          provide: DOCUMENT_LIST_NORMALIZER,
          useExisting: OccDocumentListNormalizer,
          multi: true,
        },
      ],
    });
    adapter = TestBed.inject(OccDocumentsAdapter);
    httpMock = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpMock.verify());

  describe('loadList', () => {
    it('builds the list URL from the endpoint config and search params', () => {
      let result: DocumentList | undefined;
      adapter
        .loadList('current', {
          types: [DocumentType.INVOICE, DocumentType.CREDIT_NOTE],
          orderCode: '100012',
          query: 'INV',
          unread: true,
          currentPage: 2,
          pageSize: 5,
          sort: 'byNumber',
        })
        .subscribe((list) => (result = list));

      const req = httpMock.expectOne(
        (r) => r.url.startsWith(`${BASE}/users/current/documents?`)
      );
      expect(req.request.method).toBe('GET');
      const query = new URLSearchParams(req.request.url.split('?')[1]);
      expect(query.get('type')).toBe('INVOICE,CREDIT_NOTE');
      expect(query.get('orderCode')).toBe('100012');
      expect(query.get('q')).toBe('INV');
      expect(query.get('unread')).toBe('true');
      expect(query.get('currentPage')).toBe('2');
      expect(query.get('pageSize')).toBe('5');
      expect(query.get('sort')).toBe('byNumber');

      req.flush({
        documents: [invoice],
        pagination: {
          currentPage: 2,
          pageSize: 5,
          totalPages: 3,
          totalResults: 11,
          sort: 'byNumber',
        },
        sorts: [{ code: 'byNumber', selected: true }],
        facets: { types: [{ code: 'INVOICE', count: 4 }], unread: 1 },
      });
      expect(result?.documents).toEqual([invoice]);
      expect(result?.pagination.totalResults).toBe(11);
      expect(result?.facets.types).toEqual([{ code: 'INVOICE', count: 4 }]);
    });

    it('omits criteria that are not set and encodes the user id', () => {
      adapter.loadList('anna@example.com', { types: [] }).subscribe();
      const req = httpMock.expectOne(
        `${BASE}/users/anna%40example.com/documents`
      );
      req.flush({ documents: [] });
    });

    it('normalizes a sparse response', () => {
      let result: DocumentList | undefined;
      adapter.loadList('current', {}).subscribe((list) => (result = list));
      httpMock.expectOne(`${BASE}/users/current/documents`).flush({});
      expect(result).toEqual(
        jasmine.objectContaining({
          documents: [],
          sorts: [],
          facets: { types: [] },
        })
      );
      expect(result?.pagination.totalResults).toBe(0);
    });
  });

  it('load builds the document URL', () => {
    let result: ExstreamDocument | undefined;
    adapter.load('current', 'd 1').subscribe((doc) => (result = doc));
    httpMock.expectOne(`${BASE}/users/current/documents/d%201`).flush(invoice);
    expect(result).toEqual(invoice);
  });

  describe('loadContent', () => {
    it('requests a blob and reads the file name from Content-Disposition', () => {
      let result: DocumentFile | undefined;
      adapter
        .loadContent('current', 'd-1')
        .subscribe((file) => (result = file));

      const req = httpMock.expectOne(
        `${BASE}/users/current/documents/d-1/content?disposition=attachment`
      );
      expect(req.request.responseType).toBe('blob');
      const blob = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
      req.flush(blob, {
        headers: new HttpHeaders({
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="Invoice INV-2026-100012.pdf"; filename*=UTF-8''Invoice%20INV-2026-100012%20%E2%80%93%20Anna.pdf`,
        }),
      });

      expect(result?.fileName).toBe('Invoice INV-2026-100012 – Anna.pdf');
      expect(result?.mimeType).toBe('application/pdf');
      expect(result?.blob.size).toBe(blob.size);
    });

    it('passes the inline disposition', () => {
      adapter.loadContent('current', 'd-1', 'inline').subscribe();
      httpMock
        .expectOne(
          `${BASE}/users/current/documents/d-1/content?disposition=inline`
        )
        .flush(new Blob([]));
    });

    it('falls back to the document id when no file name is announced', () => {
      let result: DocumentFile | undefined;
      adapter
        .loadContent('current', 'd-1')
        .subscribe((file) => (result = file));
      httpMock
        .expectOne((r) => r.url.includes('/documents/d-1/content'))
        .flush(new Blob(['x']), {
          headers: new HttpHeaders({ 'Content-Type': 'application/pdf' }),
        });
      expect(result?.fileName).toBe('d-1.pdf');
    });

    it('propagates errors', () => {
      let status: number | undefined;
      adapter.loadContent('current', 'nope').subscribe({
        error: (error) => (status = error.status),
      });
      httpMock
        .expectOne((r) => r.url.includes('/documents/nope/content'))
        .flush(new Blob(['{}'], { type: 'application/json' }), {
          status: 404,
          statusText: 'Not Found',
        });
      expect(status).toBe(404);
    });
  });

  describe('loadContentWithProgress', () => {
    it('reports progress, then the file with the server file name', () => {
      const events: DocumentTransferEvent[] = [];
      adapter.loadContentWithProgress('current', 'd-1').subscribe((e) => events.push(e));
      const req = httpMock.expectOne(
        `${BASE}/users/current/documents/d-1/content?disposition=attachment`
      );
      expect(req.request.reportProgress).toBe(true);
      expect(req.request.responseType).toBe('blob');
      req.event({ type: HttpEventType.DownloadProgress, loaded: 50, total: 200 });
      req.flush(new Blob(['%PDF'], { type: 'application/pdf' }), {
        headers: new HttpHeaders({
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="x.pdf"; filename*=UTF-8''Rechnung%20%C3%BCber.pdf`,
        }),
      });
      expect(events[0]).toEqual({ kind: 'progress', loaded: 50, total: 200 });
      const done = events[events.length - 1];
      expect(done.kind).toBe('done');
      expect(done.kind === 'done' && done.file.fileName).toBe('Rechnung über.pdf');
    });
  });

  describe('createLink', () => {
    it('asks for an inline link and keeps an absolute URL', () => {
      let link: DocumentLink | undefined;
      adapter.createLink('current', 'd-1').subscribe((l) => (link = l));
      const req = httpMock.expectOne(`${BASE}/users/current/documents/d-1/links`);
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual({ disposition: 'inline' });
      req.flush({ url: 'https://docs.example.com/s/abc', expiresAt: '2026-10-02T10:00:00Z' });
      expect(link).toEqual({ url: 'https://docs.example.com/s/abc', expiresAt: '2026-10-02T10:00:00Z' });
    });

    it('asks for an attachment link to save the file', () => {
      adapter.createLink('current', 'd-1', 'attachment').subscribe();
      const req = httpMock.expectOne(`${BASE}/users/current/documents/d-1/links`);
      expect(req.request.body).toEqual({ disposition: 'attachment' });
      req.flush({ url: 'https://docs.example.com/s/abc', expiresAt: '2026-10-02T10:00:00Z' });
    });

    it('resolves a relative URL against the OCC base URL', () => {
      let link: DocumentLink | undefined;
      adapter.createLink('current', 'd-1').subscribe((l) => (link = l));
      httpMock
        .expectOne(`${BASE}/users/current/documents/d-1/links`)
        .flush({ url: '/occ/v2/electronics-spa/links/abc?sig=1', expiresAt: 'x' });
      expect(link?.url).toBe('https://shop.example.com/occ/v2/electronics-spa/links/abc?sig=1');
    });
  });
  describe('resend', () => {
    it('posts the channel to the resend URL of the document and answers the receipt', () => {
      let answer: unknown;
      adapter.resend('current', 'd-1', 'EMAIL').subscribe((r) => (answer = r));
      const request = httpMock.expectOne(`${BASE}/users/current/documents/d-1/resend`);
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({ channel: 'EMAIL' });
      const receipt = { documentId: 'd-1', channel: 'EMAIL', requestedAt: '2026-12-01T10:00:00Z' };
      request.flush(receipt);
      expect(answer).toEqual(receipt);
    });
  });

  describe('markRead', () => {
    it('sends PATCH {read:true} to the document URL', () => {
      let done = false;
      adapter.markRead('current', 'd-1').subscribe(() => (done = true));
      const request = httpMock.expectOne(`${BASE}/users/current/documents/d-1`);
      expect(request.request.method).toBe('PATCH');
      expect(request.request.body).toEqual({ read: true });
      request.flush({ ...invoice, read: true });
      expect(done).toBe(true);
    });
  });
});

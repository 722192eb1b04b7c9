import { HttpClientTestingModule, HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  AccountSummary,
  DocumentUnitNode,
  ExstreamDocumentsConfig,
  OrgDocumentFilterKey,
  OrgDocumentList,
} from '@exstream-spartacus/documents/root';
import { BaseSiteService, OccConfig } from '@spartacus/core';
import { of } from 'rxjs';
import { defaultOccExstreamDocumentsConfig } from '../config/default-occ-documents-config';
import { OccCompanyDocumentsAdapter, orgDocumentQueryParams } from './occ-company-documents.adapter';
import { OccDocumentBulkAdapter } from './occ-document-bulk.adapter';
import { OccDocumentsAdapter } from './occ-documents.adapter';

const BASE = 'https://shop.example.com/occ/v2/electronics-spa';

describe('OccCompanyDocumentsAdapter', () => {
  let adapter: OccCompanyDocumentsAdapter;
  let httpMock: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [HttpClientTestingModule],
      providers: [
        OccCompanyDocumentsAdapter,
        OccDocumentsAdapter,
        OccDocumentBulkAdapter,
        {
          provide: OccConfig,
          useValue: {
            backend: {
              occ: {
                baseUrl: 'https://shop.example.com',
                prefix: '/occ/v2/',
                endpoints: { ...defaultOccExstreamDocumentsConfig.backend?.occ?.endpoints },
              },
            },
            context: { baseSite: ['electronics-spa'] },
          } as OccConfig,
        },
        { provide: ExstreamDocumentsConfig, useValue: {} },
        { provide: BaseSiteService, useValue: { getActive: () => of('electronics-spa') } },
      ],
    });
    adapter = TestBed.inject(OccCompanyDocumentsAdapter);
    httpMock = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpMock.verify());

  it('reads the units from documentUnits', () => {
    let units: DocumentUnitNode[] | undefined;
    adapter.loadUnits('current').subscribe((value) => (units = value));
    httpMock
      .expectOne(`${BASE}/users/current/documentUnits`)
      .flush({ unitNodes: [{ id: 'Rustic', name: 'Rustic', active: true }] });
    expect(units).toEqual([{ id: 'Rustic', name: 'Rustic', active: true }]);
  });

  it('answers no units when the proxy has no documentUnits endpoint (older proxy)', () => {
    let units: DocumentUnitNode[] | undefined;
    adapter.loadUnits('current').subscribe((value) => (units = value));
    httpMock
      .expectOne(`${BASE}/users/current/documentUnits`)
      .flush({ errors: [{ type: 'UnknownResourceError' }] }, { status: 404, statusText: 'Not Found' });
    expect(units).toEqual([]);
  });

  it('passes any other failure of documentUnits on', () => {
    let status: number | undefined;
    adapter.loadUnits('current').subscribe({ error: (error) => (status = error.status) });
    httpMock
      .expectOne(`${BASE}/users/current/documentUnits`)
      .flush({ errors: [{ type: 'ServerError' }] }, { status: 503, statusText: 'Unavailable' });
    expect(status).toBe(503);
  });

  it('encodes a unit id with a space in the account summary URL and completes the balances', () => {
    let summary: AccountSummary | undefined;
    adapter.loadAccountSummary('current', 'Custom Retail').subscribe((value) => (summary = value));
    httpMock
      .expectOne(`${BASE}/users/current/orgUnits/Custom%20Retail/accountSummary`)
      .flush({ balances: [{ currency: { isocode: 'USD' }, openBalance: 5, pastDueBalance: 0, currentBalance: 5 }] });
    expect(summary?.balances[0].dueBalances).toEqual([]);
  });

  it('maps the criteria to SAP query parameters and fills in a sparse list', () => {
    let list: OrgDocumentList | undefined;
    adapter
      .loadOrgDocuments('current', 'Custom Retail', {
        status: 'open',
        overdue: true,
        filterByKey: OrgDocumentFilterKey.DUE_RANGE,
        startRange: '2026-01-01',
        endRange: '2026-03-31',
        currentPage: 2,
        pageSize: 10,
        sort: 'byDueAtDateAsc',
      })
      .subscribe((value) => (list = value));
    const request = httpMock.expectOne((req) =>
      req.url.startsWith(`${BASE}/users/current/orgUnits/Custom%20Retail/orgDocuments`)
    );
    const params = new URL(request.request.urlWithParams).searchParams;
    expect(params.get('page')).toBe('2');
    expect(params.get('pageSize')).toBe('10');
    expect(params.get('sort')).toBe('byDueAtDateAsc');
    expect(params.get('status')).toBe('open');
    expect(params.get('filterByKey')).toBe('dueAtDateRange');
    expect(params.get('startRange')).toBe('2026-01-01');
    expect(params.get('endRange')).toBe('2026-03-31');
    expect(params.get('paymentStatus')).toBe('OVERDUE');
    expect(params.has('filterByValue')).toBe(false);
    request.flush({ orgDocuments: [{ id: 'INV-1' }] });
    expect(list?.orgDocumentTypes).toEqual([]);
    expect(list?.sorts).toEqual([]);
    expect(list?.pagination.totalResults).toBe(1);
  });

  it('sends no range or value without a filter key', () => {
    expect(orgDocumentQueryParams({ filterByValue: 'INV', startRange: '1', status: 'all' })).toEqual({
      status: 'all',
    });
  });

  it('builds the unit-scoped content, link and export URLs for documents of a unit', () => {
    const documents = TestBed.inject(OccDocumentsAdapter);
    const bulk = TestBed.inject(OccDocumentBulkAdapter);
    documents.loadContent('current', 'd-1', 'inline', 'Custom Retail').subscribe();
    documents.createLink('current', 'd-1', 'inline', 'Custom Retail').subscribe();
    bulk.loadExport('current', { types: ['INVOICE'] }, 'Custom Retail').subscribe();
    const unit = `${BASE}/users/current/orgUnits/Custom%20Retail/documents`;
    httpMock.expectOne(`${unit}/d-1/content?disposition=inline`).flush(new Blob(['%PDF']));
    httpMock.expectOne(`${unit}/d-1/links`).flush({ url: 'https://shop.example.com/l', expiresAt: '' });
    const exported = httpMock.expectOne(`${unit}/export?type=INVOICE`);
    expect(exported.request.method).toBe('GET');
    exported.flush(new Blob(['a,b']));
  });

  it("sends SAP's filters, without paging, to the unit's orgDocuments archive and export", () => {
    const bulk = TestBed.inject(OccDocumentBulkAdapter);
    const filter = {
      status: 'all' as const,
      overdue: true,
      filterByKey: OrgDocumentFilterKey.AMOUNT_RANGE,
      startRange: '100',
      endRange: '500.50',
      sort: 'byDueAtDateAsc',
      currentPage: 3,
      pageSize: 10,
    };
    bulk.loadOrgArchive('current', 'Custom Retail', filter).subscribe();
    bulk.loadOrgExport('current', 'Custom Retail', filter).subscribe();
    const unit = `${BASE}/users/current/orgUnits/Custom%20Retail/orgDocuments`;
    const archive = httpMock.expectOne(`${unit}/archive`);
    expect(archive.request.method).toBe('POST');
    expect(archive.request.body).toEqual({
      filter: { sort: 'byDueAtDateAsc', status: 'all', filterByKey: 'amountRange', startRange: '100', endRange: '500.50', paymentStatus: ['OVERDUE'] },
    });
    archive.flush(new Blob(['PK']));
    httpMock
      .expectOne(`${unit}/export?sort=byDueAtDateAsc&status=all&filterByKey=amountRange&startRange=100&endRange=500.50&paymentStatus=OVERDUE`)
      .flush(new Blob(['a,b']));
  });

  it('keeps the shopper-scoped URL without a unit', () => {
    TestBed.inject(OccDocumentsAdapter).loadContent('current', 'd-1').subscribe();
    const content = httpMock.expectOne(`${BASE}/users/current/documents/d-1/content?disposition=attachment`);
    expect(content.request.responseType).toBe('blob');
    content.flush(new Blob([]));
  });
});

import {
  HttpClientTestingModule,
  HttpTestingController,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { OrderListPage } from '@exstream-spartacus/documents/root';
import { BaseSiteService, OccConfig, OccEndpoints } from '@spartacus/core';
import { of } from 'rxjs';
import { defaultOccExstreamDocumentsConfig } from '../config/default-occ-documents-config';
import { OccOrderListAdapter } from './occ-order-list.adapter';

const COMMERCE = 'https://shop.example.com/occ/v2/electronics-spa';

function setUp(endpoints: OccEndpoints): void {
  TestBed.configureTestingModule({
    imports: [HttpClientTestingModule],
    providers: [
      OccOrderListAdapter,
      {
        provide: OccConfig,
        useValue: {
          backend: {
            occ: { baseUrl: 'https://shop.example.com', prefix: '/occ/v2/', endpoints },
          },
          context: { baseSite: ['electronics-spa'] },
        } as OccConfig,
      },
      { provide: BaseSiteService, useValue: { getActive: () => of('electronics-spa') } },
    ],
  });
}

describe('OccOrderListAdapter', () => {
  let httpMock: HttpTestingController;

  afterEach(() => httpMock.verify());

  describe('with the default endpoints', () => {
    let adapter: OccOrderListAdapter;

    beforeEach(() => {
      setUp({ ...defaultOccExstreamDocumentsConfig.backend?.occ?.endpoints });
      adapter = TestBed.inject(OccOrderListAdapter);
      httpMock = TestBed.inject(HttpTestingController);
    });

    it('defaults the orderHistory endpoint to Spartacus\' own value', () => {
      expect(defaultOccExstreamDocumentsConfig.backend?.occ?.endpoints?.orderHistory).toBe(
        'users/${userId}/orders'
      );
    });

    it("asks Commerce's order history for the first page with the page size only", () => {
      adapter.loadOrders('current', { pageSize: 5 }).subscribe();
      const req = httpMock.expectOne((r) => r.url.startsWith(`${COMMERCE}/users/current/orders`));
      expect(req.request.method).toBe('GET');
      expect(req.request.urlWithParams).toBe(`${COMMERCE}/users/current/orders?pageSize=5`);
      req.flush({ orders: [], pagination: {}, sorts: [] });
    });

    it('passes the page and the sort and answers the page as OCC sent it', () => {
      const answer: OrderListPage = {
        orders: [{ code: '100012', placed: '2026-10-01T10:00:00+0000', status: 'COMPLETED', statusDisplay: 'completed', total: { formattedValue: '$10.00' } }],
        pagination: { currentPage: 2, pageSize: 5, totalPages: 3, totalResults: 11, sort: 'byOrderNumber' },
        sorts: [{ code: 'byDate', selected: false }, { code: 'byOrderNumber', selected: true }],
      };
      let result: OrderListPage | undefined;
      adapter
        .loadOrders('anna@example.com', { pageSize: 5, currentPage: 2, sort: 'byOrderNumber' })
        .subscribe((r) => (result = r));
      const req = httpMock.expectOne((r) => r.url.startsWith(`${COMMERCE}/users/`));
      const url = new URL(req.request.urlWithParams);
      expect(`${url.origin}${url.pathname}`).toBe(`${COMMERCE}/users/anna%40example.com/orders`);
      expect(url.searchParams.get('pageSize')).toBe('5');
      expect(url.searchParams.get('currentPage')).toBe('2');
      expect(url.searchParams.get('sort')).toBe('byOrderNumber');
      req.flush(answer);
      expect(result).toEqual(answer);
    });

    it('fills in what a sparse answer leaves out', () => {
      let result: OrderListPage | undefined;
      adapter.loadOrders('current', { pageSize: 5 }).subscribe((r) => (result = r));
      httpMock.expectOne(() => true).flush(null);
      expect(result).toEqual({ orders: [], pagination: {}, sorts: [] });
    });
  });

  it('builds the URL from the configured orderHistory endpoint', () => {
    setUp({ orderHistory: 'users/${userId}/orders?fields=DEFAULT' });
    httpMock = TestBed.inject(HttpTestingController);
    TestBed.inject(OccOrderListAdapter).loadOrders('current', { pageSize: 5, sort: 'byDate' }).subscribe();
    const req = httpMock.expectOne(() => true);
    expect(req.request.urlWithParams).toBe(
      `${COMMERCE}/users/current/orders?fields=DEFAULT&pageSize=5&sort=byDate`
    );
    req.flush({});
  });
});

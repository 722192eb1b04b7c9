import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { OrderListAdapter } from '@exstream-spartacus/documents/core';
import {
  OrderListPage,
  OrderListQuery,
} from '@exstream-spartacus/documents/root';
import { OccEndpointsService } from '@spartacus/core';
import { Observable } from 'rxjs';
import { map } from 'rxjs/operators';

/**
 * Reads the order history from SAP Commerce itself (endpoint `orderHistory`),
 * so it is never sent to the document proxy.
 */
@Injectable()
export class OccOrderListAdapter implements OrderListAdapter {
  constructor(
    protected http: HttpClient,
    protected occEndpoints: OccEndpointsService
  ) {}

  loadOrders(userId: string, query: OrderListQuery): Observable<OrderListPage> {
    const url = this.occEndpoints.buildUrl('orderHistory', {
      urlParams: { userId },
      queryParams: {
        pageSize: query.pageSize,
        currentPage: query.currentPage,
        sort: query.sort,
      },
    });
    return this.http.get<Partial<OrderListPage> | null>(url).pipe(
      map((body) => {
        const { orders, pagination, sorts } = body ?? {};
        return {
          orders: Array.isArray(orders) ? orders : [],
          pagination: pagination ?? {},
          sorts: Array.isArray(sorts) ? sorts : [],
        };
      })
    );
  }
}

import { Injectable } from '@angular/core';
import { facadeFactory } from '@spartacus/core';
import { Observable } from 'rxjs';
import { EXSTREAM_DOCUMENTS_CORE_FEATURE } from '../feature-name';
import { OrderListPage, OrderListQuery } from '../model/order-list.model';

export function orderListFacadeFactory(): OrderListFacade {
  return facadeFactory({
    facade: OrderListFacade,
    feature: EXSTREAM_DOCUMENTS_CORE_FEATURE,
    methods: ['getOrders'],
    async: true,
  });
}

/**
 * The current shopper's orders, page by page, straight from the `orderHistory`
 * OCC endpoint. The library's order history uses it instead of Spartacus'
 * order facades, whose names and shapes differ between Spartacus versions.
 */
@Injectable({
  providedIn: 'root',
  useFactory: orderListFacadeFactory,
})
export abstract class OrderListFacade {
  /**
   * One page of orders; completes after one answer. Fails with a
   * `DocumentsError`.
   */
  abstract getOrders(query: OrderListQuery): Observable<OrderListPage>;
}

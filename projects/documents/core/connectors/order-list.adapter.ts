import { OrderListPage, OrderListQuery } from '@exstream-spartacus/documents/root';
import { Observable } from 'rxjs';

/** Talks to the backend that keeps the shopper's orders (SAP Commerce). */
export abstract class OrderListAdapter {
  abstract loadOrders(
    userId: string,
    query: OrderListQuery
  ): Observable<OrderListPage>;
}

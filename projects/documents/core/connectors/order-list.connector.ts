import { Injectable } from '@angular/core';
import { OrderListPage, OrderListQuery } from '@exstream-spartacus/documents/root';
import { Observable } from 'rxjs';
import { OrderListAdapter } from './order-list.adapter';

@Injectable()
export class OrderListConnector {
  constructor(protected adapter: OrderListAdapter) {}

  getOrders(userId: string, query: OrderListQuery): Observable<OrderListPage> {
    return this.adapter.loadOrders(userId, query);
  }
}

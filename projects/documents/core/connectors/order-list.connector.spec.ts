import { TestBed } from '@angular/core/testing';
import { OrderListPage } from '@exstream-spartacus/documents/root';
import { of } from 'rxjs';
import { OrderListAdapter } from './order-list.adapter';
import { OrderListConnector } from './order-list.connector';

describe('OrderListConnector', () => {
  it('loads the orders through the adapter', () => {
    const adapter = jasmine.createSpyObj<OrderListAdapter>('Adapter', ['loadOrders']);
    TestBed.configureTestingModule({
      providers: [OrderListConnector, { provide: OrderListAdapter, useValue: adapter }],
    });
    const answer = of<OrderListPage>({ orders: [], pagination: {}, sorts: [] });
    adapter.loadOrders.and.returnValue(answer);
    const query = { pageSize: 5, currentPage: 1, sort: 'byDate' };

    expect(TestBed.inject(OrderListConnector).getOrders('current', query)).toBe(answer);
    expect(adapter.loadOrders).toHaveBeenCalledWith('current', query);
  });
});

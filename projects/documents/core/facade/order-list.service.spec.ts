import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { DocumentsError, OrderListPage } from '@exstream-spartacus/documents/root';
import { UserIdService } from '@spartacus/core';
import { of, throwError } from 'rxjs';
import { OrderListConnector } from '../connectors/order-list.connector';
import { OrderListService } from './order-list.service';

const page: OrderListPage = {
  orders: [{ code: '100012' }],
  pagination: { currentPage: 0, pageSize: 5, totalPages: 1, totalResults: 1 },
  sorts: [],
};

describe('OrderListService', () => {
  let service: OrderListService;
  let connector: jasmine.SpyObj<OrderListConnector>;
  let userId: jasmine.SpyObj<UserIdService>;

  beforeEach(() => {
    connector = jasmine.createSpyObj<OrderListConnector>('Connector', ['getOrders']);
    userId = jasmine.createSpyObj<UserIdService>('UserIdService', ['takeUserId']);
    userId.takeUserId.and.returnValue(of('current'));
    TestBed.configureTestingModule({
      providers: [
        OrderListService,
        { provide: OrderListConnector, useValue: connector },
        { provide: UserIdService, useValue: userId },
      ],
    });
    service = TestBed.inject(OrderListService);
  });

  it("loads the signed-in shopper's orders with the given query", () => {
    connector.getOrders.and.returnValue(of(page));
    let result: OrderListPage | undefined;
    service.getOrders({ pageSize: 5, currentPage: 2, sort: 'byOrderNumber' }).subscribe((r) => (result = r));
    expect(result).toBe(page);
    expect(userId.takeUserId).toHaveBeenCalledWith(true);
    expect(connector.getOrders).toHaveBeenCalledWith('current', {
      pageSize: 5,
      currentPage: 2,
      sort: 'byOrderNumber',
    });
  });

  it('fails with a serialisable error carrying the status and the OCC message', () => {
    connector.getOrders.and.returnValue(
      throwError(
        new HttpErrorResponse({
          status: 400,
          error: { errors: [{ type: 'UnknownIdentifierError', message: 'no such user' }] },
        })
      )
    );
    let failure: DocumentsError | undefined;
    service.getOrders({ pageSize: 5 }).subscribe({ error: (e) => (failure = e) });
    expect(failure).toEqual({ status: 400, message: 'no such user', type: 'UnknownIdentifierError' });
  });
});

import { Injectable } from '@angular/core';
import {
  OrderListFacade,
  OrderListPage,
  OrderListQuery,
} from '@exstream-spartacus/documents/root';
import { UserIdService } from '@spartacus/core';
import { Observable, throwError } from 'rxjs';
import { catchError, switchMap } from 'rxjs/operators';
import { OrderListConnector } from '../connectors/order-list.connector';
import { toDocumentsError } from './documents-error';

/** The signed-in shopper's orders; errors reach subscribers as `DocumentsError`. */
@Injectable()
export class OrderListService implements OrderListFacade {
  constructor(
    protected userIdService: UserIdService,
    protected connector: OrderListConnector
  ) {}

  getOrders(query: OrderListQuery): Observable<OrderListPage> {
    return this.userIdService.takeUserId(true).pipe(
      switchMap((userId) => this.connector.getOrders(userId, query)),
      catchError((error: unknown) => throwError(toDocumentsError(error)))
    );
  }
}

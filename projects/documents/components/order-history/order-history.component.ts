import { ChangeDetectionStrategy, Component } from '@angular/core';
import {
  OrderDocumentsFacade,
  OrderDocumentsSummary,
  OrderListEntry,
  OrderListFacade,
  OrderListPage,
  OrderListQuery,
} from '@exstream-spartacus/documents/root';
import { RoutingService, TranslationService } from '@spartacus/core';
import { BehaviorSubject, Observable, of } from 'rxjs';
import {
  catchError,
  distinctUntilChanged,
  filter,
  map,
  scan,
  shareReplay,
  startWith,
  switchMap,
  take,
  tap,
} from 'rxjs/operators';
import { translatedLabels } from '../shared/translated-labels';

/** Documents of the listed orders: `undefined` while loading, `null` after an error. */
export type OrderSummaries = Map<string, OrderDocumentsSummary> | null | undefined;

/** What the list shows: the last page loaded, whether the next one is on its way or failed. */
export interface OrderHistoryView {
  page?: OrderListPage;
  loading: boolean;
  failed: boolean;
}

/** Orders per page, as in Spartacus' own order history. */
export const ORDER_HISTORY_PAGE_SIZE = 5;

/**
 * The shopper's order history (paging, sorting, links to the order details)
 * with a documents column: an icon per available document type with its
 * count, and a quick download of the order's invoice. It loads the orders
 * itself (`OrderListFacade`), so it works with every Spartacus version.
 *
 * Opt-in: a storefront maps it in place of `AccountOrderHistoryComponent`
 * (see the docs), or places `ExstreamOrderHistoryComponent` on a page.
 */
@Component({
  selector: 'cx-exd-order-history',
  templateUrl: './order-history.component.html',
  styleUrls: ['./order-history.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExstreamOrderHistoryComponent {
  protected readonly query$ = new BehaviorSubject<OrderListQuery>({
    pageSize: ORDER_HISTORY_PAGE_SIZE,
  });
  /** the sort of the page shown, which paging keeps */
  protected sort?: string;

  readonly history$: Observable<OrderHistoryView> = this.query$.pipe(
    switchMap((query) =>
      this.orderListFacade.getOrders(query).pipe(
        tap((page) => (this.sort = page.pagination.sort ?? query.sort)),
        map((page): OrderHistoryView => ({ page, loading: false, failed: false })),
        catchError(() => of<OrderHistoryView>({ loading: false, failed: true })),
        startWith<OrderHistoryView>({ loading: true, failed: false })
      )
    ),
    // the previous page stays in place while the next one loads
    scan((shown: OrderHistoryView, next: OrderHistoryView) =>
      next.loading ? { ...next, page: shown.page } : next
    ),
    shareReplay({ bufferSize: 1, refCount: true })
  );

  readonly summaries$: Observable<OrderSummaries> = this.history$.pipe(
    map((view) => (view.page?.orders ?? []).map((order) => order.code ?? '')),
    distinctUntilChanged((a, b) => a.join() === b.join()),
    switchMap((codes) =>
      this.orderDocumentsFacade.getOrderDocumentsSummary(codes).pipe(
        map(
          (summaries): OrderSummaries =>
            new Map(summaries.map((summary) => [summary.orderCode, summary]))
        ),
        catchError(() => of<OrderSummaries>(null)),
        startWith<OrderSummaries>(undefined)
      )
    ),
    shareReplay({ bufferSize: 1, refCount: true })
  );

  readonly sortLabels$: Observable<Record<string, string>> = translatedLabels(
    this.translation,
    { byDate: 'sorting.date', byOrderNumber: 'sorting.orderNumber' }
  );

  /**
   * The number of orders, for the tab title when Spartacus shows the order
   * history as a tab (`TabParagraphContainerComponent` reads it).
   */
  readonly tabTitleParam$: Observable<number> = this.history$.pipe(
    map((view) => view.page?.pagination.totalResults),
    filter((total): total is number => total !== undefined),
    take(1)
  );

  constructor(
    protected routing: RoutingService,
    protected translation: TranslationService,
    protected orderListFacade: OrderListFacade,
    protected orderDocumentsFacade: OrderDocumentsFacade
  ) {}

  summaryOf(
    summaries: OrderSummaries,
    orderCode: string | undefined
  ): OrderDocumentsSummary | null | undefined {
    return summaries && (summaries.get(orderCode ?? '') ?? null);
  }

  changeSortCode(sort: string): void {
    this.sort = sort;
    this.query$.next({ pageSize: ORDER_HISTORY_PAGE_SIZE, currentPage: 0, sort });
  }

  pageChange(currentPage: number): void {
    this.query$.next({ pageSize: ORDER_HISTORY_PAGE_SIZE, currentPage, sort: this.sort });
  }

  retry(): void {
    this.query$.next(this.query$.value);
  }

  goToOrderDetail(order: OrderListEntry): void {
    this.routing.go({ cxRoute: 'orderDetails', params: order });
  }
}

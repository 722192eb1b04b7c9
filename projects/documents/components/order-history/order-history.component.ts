import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  OnDestroy,
} from '@angular/core';
import {
  DocumentType,
  ExstreamDocument,
  OrderDocumentsFacade,
  OrderDocumentsSummary,
} from '@exstream-spartacus/documents/root';
import { RoutingService, TranslationService } from '@spartacus/core';
import { OrderHistoryComponent } from '@spartacus/order/components';
import { OrderFacade, ReplenishmentOrderFacade } from '@spartacus/order/root';
import { Observable, of } from 'rxjs';
import {
  catchError,
  distinctUntilChanged,
  map,
  shareReplay,
  startWith,
  switchMap,
} from 'rxjs/operators';
import { DocumentTransferService } from '../download/document-transfer.service';
import { TransferTracker } from '../download/transfer-tracker';

/** Documents of the listed orders: `undefined` while loading, `null` after an error. */
export type OrderSummaries = Map<string, OrderDocumentsSummary> | null | undefined;

/** Icon names (see the library's icon configuration) per document type. */
export const DOCUMENT_TYPE_ICONS: Record<string, string> = {
  [DocumentType.ORDER_CONFIRMATION]: 'EXD_ORDER_CONFIRMATION',
  [DocumentType.INVOICE]: 'EXD_INVOICE',
  [DocumentType.CREDIT_NOTE]: 'EXD_CREDIT_NOTE',
  [DocumentType.SHIPMENT_NOTICE]: 'EXD_SHIPMENT_NOTICE',
  [DocumentType.WARRANTY]: 'EXD_WARRANTY',
  [DocumentType.POLICY]: 'EXD_POLICY',
};
const DEFAULT_ICON = 'EXD_DOCUMENT';

/**
 * Spartacus' order history (same data, paging, sorting and order links) with
 * a documents column: an icon per available document type with its count,
 * and a quick download of the order's invoice.
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
export class ExstreamOrderHistoryComponent
  extends OrderHistoryComponent
  implements OnDestroy
{
  readonly transfers = new TransferTracker(() => this.cd.markForCheck());
  readonly sortLabels$ = this.getSortLabels();

  readonly summaries$: Observable<OrderSummaries> = this.orders$.pipe(
    map((list) => (list?.orders ?? []).map((order) => order.code ?? '')),
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

  constructor(
    routing: RoutingService,
    orderFacade: OrderFacade,
    translation: TranslationService,
    replenishmentOrderFacade: ReplenishmentOrderFacade,
    protected orderDocumentsFacade: OrderDocumentsFacade,
    protected transferService: DocumentTransferService,
    protected cd: ChangeDetectorRef
  ) {
    super(routing, orderFacade, translation, replenishmentOrderFacade);
  }

  ngOnDestroy(): void {
    this.transfers.destroy();
    super.ngOnDestroy();
  }

  iconOf(type: string): string {
    return DOCUMENT_TYPE_ICONS[type] ?? DEFAULT_ICON;
  }

  downloadInvoice(invoice: ExstreamDocument, event?: Event): void {
    // the row itself navigates to the order
    event?.stopPropagation();
    this.transfers.start(invoice.id, () =>
      this.transferService.downloadDocument(invoice)
    );
  }
}

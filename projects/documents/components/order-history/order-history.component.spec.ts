import { ExstreamLoadErrorComponent } from '../shared/load-error/load-error.component';
import {
  Component,
  DebugElement,
  EventEmitter,
  Input,
  Output,
  Pipe,
  PipeTransform,
} from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { RouterTestingModule } from '@angular/router/testing';
import {
  ExstreamDocument,
  OrderDocumentsFacade,
  OrderDocumentsSummary,
  OrderListFacade,
  OrderListPage,
} from '@exstream-spartacus/documents/root';
import {
  I18nTestingModule,
  PaginationModel,
  RoutingService,
  SortModel,
  TranslationService,
} from '@spartacus/core';
import { of, Subject, throwError } from 'rxjs';
import { DocumentTransferService, TransferProgress } from '../download/document-transfer.service';
import { ExstreamOrderHistoryDocumentsComponent } from './order-history-documents.component';
import { ExstreamOrderHistoryComponent } from './order-history.component';
import { DocumentTypeModule } from '../shared/document-type/document-type.module';
import { ExstreamDocumentsConfig } from '@exstream-spartacus/documents/root';
import { documentTransferServiceSpy } from '../../testing/document-fixtures';
import { TransferLabelPipe } from '../shared/transfer-label/transfer-label.pipe';

@Component({ selector: 'cx-sorting', template: '' })
class MockSortingComponent {
  @Input() sortOptions?: SortModel[];
  @Input() selectedOption?: string;
  @Input() placeholder?: string;
  @Input() sortLabels?: unknown;
  @Output() sortListEvent = new EventEmitter<string>();
}

@Component({ selector: 'cx-pagination', template: '' })
class MockPaginationComponent {
  @Input() pagination?: PaginationModel;
  @Output() viewPageEvent = new EventEmitter<number>();
}

@Component({ selector: 'cx-spinner', template: '' })
class MockSpinnerComponent {}

@Component({ selector: 'cx-icon', template: '' })
class MockIconComponent {
  @Input() type?: string;
}

@Pipe({ name: 'cxUrl' })
class MockUrlPipe implements PipeTransform {
  transform(command: { cxRoute: string; params?: { code?: string } }): string {
    return `/${command.cxRoute}/${command.params?.code ?? ''}`;
  }
}

const history: OrderListPage = {
  orders: [
    { code: '100012', placed: '2026-10-01T10:00:00+0000', statusDisplay: 'completed', total: { formattedValue: '$10.00' } },
    { code: '100013', placed: '2026-10-03T10:00:00+0000', statusDisplay: 'shipped', total: { formattedValue: '$20.00' } },
  ],
  pagination: { currentPage: 0, pageSize: 5, totalPages: 2, totalResults: 7, sort: 'byDate' },
  sorts: [{ code: 'byDate', selected: true }, { code: 'byOrderNumber', selected: false }],
};
const secondPage: OrderListPage = {
  ...history,
  orders: [{ code: '100020', statusDisplay: 'completed', total: { formattedValue: '$5.00' } }],
  pagination: { ...history.pagination, currentPage: 1 },
};
const noOrders: OrderListPage = { orders: [], pagination: { totalResults: 0 }, sorts: [] };

const invoice = { id: 'inv-1', number: 'INV-2026-100012', title: 'Invoice' } as ExstreamDocument;
const summaries: OrderDocumentsSummary[] = [
  {
    orderCode: '100012',
    types: [
      { code: 'ORDER_CONFIRMATION', count: 1 },
      { code: 'INVOICE', count: 1 },
      { code: 'SHIPMENT_NOTICE', count: 2 },
    ],
    total: 4,
    invoice,
  },
  { orderCode: '100013', types: [], total: 0 },
];

describe('ExstreamOrderHistoryComponent', () => {
  let fixture: ComponentFixture<ExstreamOrderHistoryComponent>;
  let el: DebugElement;
  let orderList: jasmine.SpyObj<OrderListFacade>;
  let documentsFacade: jasmine.SpyObj<OrderDocumentsFacade>;
  let transfer: jasmine.SpyObj<DocumentTransferService>;
  let routing: jasmine.SpyObj<RoutingService>;

  beforeEach(async () => {
    orderList = jasmine.createSpyObj('OrderListFacade', ['getOrders']);
    orderList.getOrders.and.returnValue(of(history));
    documentsFacade = jasmine.createSpyObj('OrderDocumentsFacade', ['getOrderDocumentsSummary']);
    documentsFacade.getOrderDocumentsSummary.and.returnValue(of(summaries));
    transfer = documentTransferServiceSpy();
    routing = jasmine.createSpyObj('RoutingService', ['go']);

    await TestBed.configureTestingModule({
      imports: [I18nTestingModule, RouterTestingModule, DocumentTypeModule],
      declarations: [
        ExstreamOrderHistoryComponent,
        ExstreamLoadErrorComponent,
        ExstreamOrderHistoryDocumentsComponent,
        TransferLabelPipe,
        MockSortingComponent,
        MockPaginationComponent,
        MockSpinnerComponent,
        MockIconComponent,
        MockUrlPipe,
      ],
      providers: [
        { provide: ExstreamDocumentsConfig, useValue: { exstreamDocuments: {} } },
        { provide: OrderListFacade, useValue: orderList },
        { provide: TranslationService, useValue: { translate: (key: string) => of(key) } },
        { provide: RoutingService, useValue: routing },
        { provide: OrderDocumentsFacade, useValue: documentsFacade },
        { provide: DocumentTransferService, useValue: transfer },
      ],
    }).compileComponents();
  });

  function render(): void {
    fixture = TestBed.createComponent(ExstreamOrderHistoryComponent);
    el = fixture.debugElement;
    fixture.detectChanges();
  }

  function row(code: string): DebugElement {
    return el.query(By.css(`tr[data-order-code="${code}"]`));
  }

  function sorting(): MockSortingComponent {
    return el.query(By.directive(MockSortingComponent)).componentInstance;
  }

  function pagination(): MockPaginationComponent {
    return el.query(By.directive(MockPaginationComponent)).componentInstance;
  }

  it('loads the first page of five orders, unsorted', () => {
    render();
    expect(orderList.getOrders).toHaveBeenCalledOnceWith({ pageSize: 5 });
    expect(el.query(By.css('h2')).nativeElement.textContent).toContain('orderHistory.orderHistory');
  });

  it('lists the orders with links to their details', () => {
    render();
    expect(el.queryAll(By.css('tbody tr')).length).toBe(2);
    const link = row('100012').query(By.css('a')).nativeElement as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/orderDetails/100012');
    expect(link.getAttribute('aria-label')).toContain('code:100012');
    expect(el.queryAll(By.css('th')).map((th) => th.nativeElement.textContent.trim())).toContain(
      'exstreamOrderHistory.documents'
    );
    expect(row('100013').query(By.css('.cx-exd-order-status')).nativeElement.textContent).toContain(
      'orderDetails.statusDisplay_shipped'
    );
    expect(row('100013').query(By.css('.cx-exd-order-total')).nativeElement.textContent).toContain('$20.00');
  });

  it('labels every cell with its column for the card layout, hidden from screen readers', () => {
    render();
    const labels = row('100012').queryAll(By.css('.cx-exd-cell-label'));
    expect(labels.map((label) => label.nativeElement.textContent.trim())).toEqual([
      'orderHistory.orderId',
      'orderHistory.date',
      'orderHistory.status',
      'orderHistory.total',
      'exstreamOrderHistory.documents',
    ]);
    expect(labels.every((label) => label.attributes['aria-hidden'] === 'true')).toBe(true);
    expect(el.query(By.css('table')).attributes['role']).toBe('table');
    expect(row('100012').attributes['role']).toBe('row');
  });

  it('loads the document summaries of the orders on the page', () => {
    render();
    expect(documentsFacade.getOrderDocumentsSummary).toHaveBeenCalledWith(['100012', '100013']);
  });

  it('shows an icon and count per document type and the number of documents', () => {
    render();
    const icons = row('100012').queryAll(By.css('.cx-exd-type-icon'));
    expect(icons.map((i) => i.attributes['data-type'])).toEqual([
      'ORDER_CONFIRMATION',
      'INVOICE',
      'SHIPMENT_NOTICE',
    ]);
    expect(icons[2].query(By.css('.cx-exd-type-count')).nativeElement.textContent).toBe('2');
    expect((icons[1].query(By.directive(MockIconComponent)).componentInstance as MockIconComponent).type).toBe(
      'EXD_INVOICE'
    );
    expect(icons[2].query(By.css('.cx-visually-hidden')).nativeElement.textContent).toContain(
      'count:2'
    );
    expect(row('100012').query(By.css('ul')).attributes['aria-label']).toContain('count:4');
    expect(row('100013').query(By.css('.cx-exd-no-documents'))).not.toBeNull();
  });

  it('downloads the invoice without opening the order', () => {
    render();
    const button = row('100012').query(By.css('.cx-exd-quick-invoice'));
    expect(button.attributes['aria-label']).toContain('INV-2026-100012');
    expect(button.attributes['aria-label']).toContain('code:100012');
    button.nativeElement.click();
    expect(transfer.downloadDocument).toHaveBeenCalledWith(invoice);
    expect(routing.go).not.toHaveBeenCalled();
    expect(row('100013').query(By.css('.cx-exd-quick-invoice'))).toBeNull();
  });

  it('shows the progress of the invoice download and allows no second one meanwhile', () => {
    const progress = new Subject<TransferProgress>();
    transfer.downloadDocument.and.returnValue(progress);
    render();
    const button = () => row('100012').query(By.css('.cx-exd-quick-invoice')).nativeElement as HTMLButtonElement;
    button().click();
    progress.next({ percent: 40 });
    fixture.detectChanges();
    expect(button().textContent).toContain('exstreamDocuments.downloadingPercent percent:40');
    expect(button().disabled).toBe(true);
    button().click();
    expect(transfer.downloadDocument).toHaveBeenCalledTimes(1);
    progress.complete();
    fixture.detectChanges();
    expect(button().textContent).toContain('exstreamOrderHistory.downloadInvoice');
    expect(button().disabled).toBe(false);
  });

  it('still opens the order when the row is clicked', () => {
    render();
    row('100013').query(By.css('.cx-exd-order-total')).nativeElement.click();
    expect(routing.go).toHaveBeenCalledWith(
      jasmine.objectContaining({ cxRoute: 'orderDetails' })
    );
    expect(routing.go).toHaveBeenCalledWith({ cxRoute: 'orderDetails', params: history.orders[1] });
  });

  it('marks the documents as loading, then as unavailable after an error', () => {
    const result = new Subject<OrderDocumentsSummary[]>();
    documentsFacade.getOrderDocumentsSummary.and.returnValue(result);
    render();
    expect(row('100012').query(By.css('.cx-exd-documents-loading'))).not.toBeNull();
    result.error({ status: 500 });
    fixture.detectChanges();
    expect(row('100012').query(By.css('.cx-exd-order-documents')).nativeElement.textContent).toContain(
      'exstreamOrderHistory.documentsUnavailable'
    );
  });

  it('offers the sorts of the backend with the labels of Spartacus', () => {
    render();
    expect(sorting().sortOptions).toEqual(history.sorts);
    expect(sorting().selectedOption).toBe('byDate');
    expect(sorting().sortLabels).toEqual({ byDate: 'sorting.date', byOrderNumber: 'sorting.orderNumber' });
  });

  it('pages and sorts through the order list facade', () => {
    render();
    pagination().viewPageEvent.emit(1);
    expect(orderList.getOrders).toHaveBeenCalledWith({ pageSize: 5, currentPage: 1, sort: 'byDate' });
    sorting().sortListEvent.emit('byOrderNumber');
    expect(orderList.getOrders).toHaveBeenCalledWith({ pageSize: 5, currentPage: 0, sort: 'byOrderNumber' });
  });

  it('keeps the chosen sort when paging afterwards', () => {
    orderList.getOrders.and.callFake(({ sort }) =>
      of({ ...history, pagination: { ...history.pagination, sort } })
    );
    render();
    sorting().sortListEvent.emit('byOrderNumber');
    fixture.detectChanges();
    pagination().viewPageEvent.emit(1);
    expect(orderList.getOrders).toHaveBeenCalledWith({ pageSize: 5, currentPage: 1, sort: 'byOrderNumber' });
  });

  it('shows the new page and its documents, keeping the old one until it arrives', () => {
    const next = new Subject<OrderListPage>();
    render();
    orderList.getOrders.and.returnValue(next);
    pagination().viewPageEvent.emit(1);
    fixture.detectChanges();
    expect(row('100012')).not.toBeNull();
    expect(el.query(By.css('section')).attributes['aria-busy']).toBe('true');
    next.next(secondPage);
    fixture.detectChanges();
    expect(row('100012')).toBeNull();
    expect(row('100020')).not.toBeNull();
    expect(el.query(By.css('section')).attributes['aria-busy']).toBe('false');
    expect(documentsFacade.getOrderDocumentsSummary).toHaveBeenCalledWith(['100020']);
  });

  it('pages at the top and the bottom only when there is more than one page', () => {
    render();
    expect(el.queryAll(By.directive(MockPaginationComponent)).length).toBe(2);
    expect(pagination().pagination).toEqual(history.pagination);

    orderList.getOrders.and.returnValue(
      of({ ...history, pagination: { ...history.pagination, totalPages: 1, totalResults: 2 } })
    );
    render();
    expect(el.queryAll(By.directive(MockPaginationComponent)).length).toBe(0);
    expect(el.queryAll(By.css('tbody tr')).length).toBe(2);
  });

  it('shows the empty state without orders', () => {
    orderList.getOrders.and.returnValue(of(noOrders));
    render();
    expect(el.query(By.css('.cx-exd-no-orders')).nativeElement.textContent).toContain(
      'orderHistory.noOrders'
    );
    const startShopping = el.query(By.css('.cx-exd-no-orders a')).nativeElement as HTMLAnchorElement;
    expect(startShopping.textContent).toContain('orderHistory.startShopping');
    expect(startShopping.getAttribute('href')).toBe('/home');
    expect(el.query(By.css('table'))).toBeNull();
    expect(documentsFacade.getOrderDocumentsSummary).not.toHaveBeenCalled();
  });

  it('shows a spinner until the orders arrive', () => {
    const answer = new Subject<OrderListPage>();
    orderList.getOrders.and.returnValue(answer);
    render();
    expect(el.query(By.directive(MockSpinnerComponent))).not.toBeNull();
    expect(el.query(By.css('.cx-exd-no-orders'))).toBeNull();
    answer.next(history);
    fixture.detectChanges();
    expect(el.query(By.directive(MockSpinnerComponent))).toBeNull();
  });

  it('says when the orders could not be loaded and loads them again on retry', () => {
    orderList.getOrders.and.returnValue(throwError({ status: 500, message: 'down' }));
    render();
    const error = el.query(By.css('.cx-exd-error'));
    expect(error.attributes['role']).toBe('alert');
    expect(error.nativeElement.textContent).toContain('exstreamOrderHistory.loadFailed');
    expect(el.query(By.css('table'))).toBeNull();
    expect(el.query(By.css('.cx-exd-no-orders'))).toBeNull();

    orderList.getOrders.and.returnValue(of(history));
    (el.query(By.css('.cx-exd-retry')).nativeElement as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(orderList.getOrders.calls.mostRecent().args).toEqual([{ pageSize: 5 }]);
    expect(el.query(By.css('.cx-exd-error'))).toBeNull();
    expect(el.queryAll(By.css('tbody tr')).length).toBe(2);
  });

  it('gives the number of orders as the tab title parameter', () => {
    render();
    let total: number | undefined;
    fixture.componentInstance.tabTitleParam$.subscribe((t) => (total = t));
    expect(total).toBe(7);
  });
});

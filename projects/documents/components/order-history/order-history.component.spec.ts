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
} from '@exstream-spartacus/documents/root';
import {
  I18nTestingModule,
  OrderHistoryList,
  PaginationModel,
  RoutingService,
  SortModel,
  TranslationService,
} from '@spartacus/core';
import { OrderFacade, ReplenishmentOrderFacade } from '@spartacus/order/root';
import { BehaviorSubject, Observable, of, Subject, throwError } from 'rxjs';
import { DocumentTransferService } from '../download/document-transfer.service';
import { ExstreamOrderHistoryComponent } from './order-history.component';

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

const history: OrderHistoryList = {
  orders: [
    { code: '100012', placed: new Date('2026-10-01'), statusDisplay: 'completed', total: { formattedValue: '$10.00' } },
    { code: '100013', placed: new Date('2026-10-03'), statusDisplay: 'shipped', total: { formattedValue: '$20.00' } },
  ],
  pagination: { currentPage: 0, pageSize: 5, totalPages: 2, totalResults: 7, sort: 'byDate' },
  sorts: [{ code: 'byDate', selected: true }, { code: 'byOrderNumber', selected: false }],
};

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
  let orders$: BehaviorSubject<OrderHistoryList | undefined>;
  let orderFacade: jasmine.SpyObj<OrderFacade>;
  let documentsFacade: jasmine.SpyObj<OrderDocumentsFacade>;
  let transfer: jasmine.SpyObj<DocumentTransferService>;
  let routing: jasmine.SpyObj<RoutingService>;

  beforeEach(async () => {
    orders$ = new BehaviorSubject<OrderHistoryList | undefined>(history);
    orderFacade = jasmine.createSpyObj('OrderFacade', [
      'getOrderHistoryList',
      'getOrderHistoryListLoaded',
      'loadOrderList',
      'clearOrderList',
    ]);
    orderFacade.getOrderHistoryList.and.returnValue(orders$);
    orderFacade.getOrderHistoryListLoaded.and.returnValue(of(true));
    documentsFacade = jasmine.createSpyObj('OrderDocumentsFacade', ['getOrderDocumentsSummary']);
    documentsFacade.getOrderDocumentsSummary.and.returnValue(of(summaries));
    transfer = jasmine.createSpyObj('DocumentTransferService', ['downloadDocument']);
    transfer.downloadDocument.and.returnValue(of({}));
    routing = jasmine.createSpyObj('RoutingService', ['go']);

    await TestBed.configureTestingModule({
      imports: [I18nTestingModule, RouterTestingModule],
      declarations: [
        ExstreamOrderHistoryComponent,
        MockSortingComponent,
        MockPaginationComponent,
        MockSpinnerComponent,
        MockIconComponent,
        MockUrlPipe,
      ],
      providers: [
        { provide: OrderFacade, useValue: orderFacade },
        {
          provide: ReplenishmentOrderFacade,
          useValue: { getReplenishmentOrderDetails: () => of({}) },
        },
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

  it('lists the orders with links to their details', () => {
    render();
    expect(el.queryAll(By.css('tbody tr')).length).toBe(2);
    const link = row('100012').query(By.css('a')).nativeElement as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/orderDetails/100012');
    expect(el.queryAll(By.css('th')).map((th) => th.nativeElement.textContent.trim())).toContain(
      'exstreamOrderHistory.documents'
    );
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
    button.nativeElement.click();
    expect(transfer.downloadDocument).toHaveBeenCalledWith(invoice);
    expect(routing.go).not.toHaveBeenCalled();
    expect(row('100013').query(By.css('.cx-exd-quick-invoice'))).toBeNull();
  });

  it('still opens the order when the row is clicked', () => {
    render();
    row('100013').query(By.css('.cx-exd-order-total')).nativeElement.click();
    expect(routing.go).toHaveBeenCalledWith(
      jasmine.objectContaining({ cxRoute: 'orderDetails' })
    );
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

  it('pages and sorts through the order facade', () => {
    render();
    (el.query(By.directive(MockPaginationComponent)).componentInstance as MockPaginationComponent).viewPageEvent.emit(1);
    expect(orderFacade.loadOrderList).toHaveBeenCalledWith(5, 1, 'byDate');
    (el.query(By.directive(MockSortingComponent)).componentInstance as MockSortingComponent).sortListEvent.emit(
      'byOrderNumber'
    );
    expect(orderFacade.loadOrderList).toHaveBeenCalledWith(5, 0, 'byOrderNumber');
  });

  it('shows the empty state without orders', () => {
    orders$.next({ orders: [], pagination: { totalResults: 0 }, sorts: [] });
    render();
    expect(el.query(By.css('.cx-exd-no-orders')).nativeElement.textContent).toContain(
      'orderHistory.noOrders'
    );
    expect(documentsFacade.getOrderDocumentsSummary).not.toHaveBeenCalled();
  });

  it('shows a spinner until the orders arrive', () => {
    orders$.next(undefined);
    render();
    expect(el.query(By.directive(MockSpinnerComponent))).not.toBeNull();
  });
});

import { bulkFacadeSpy } from '../../testing/document-fixtures';
import { ReactiveFormsModule } from '@angular/forms';
import { DocumentBulkFacade } from '@exstream-spartacus/documents/root';
import { DocumentSearchComponent } from './document-search/document-search.component';
import { DocumentDateRangeComponent } from './document-date-range/document-date-range.component';
import { DocumentBulkActionsComponent } from './document-bulk-actions/document-bulk-actions.component';
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
import { ComponentFixture, fakeAsync, flush, TestBed, tick } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { ActivatedRoute, convertToParamMap, ParamMap, Router } from '@angular/router';
import { RouterTestingModule } from '@angular/router/testing';
import { SEARCH_DEBOUNCE_MS } from './document-search/document-search.component';
import {
  DocumentList,
  DocumentsError,
  DocumentSearchParams,
  DocumentsFacade,
  CmsExstreamDocumentsComponent,
  DocumentTransferEvent,
  DocumentType,
  ExstreamDocument,
  ExstreamDocumentsConfig,
  OrderDocumentsFacade,
} from '@exstream-spartacus/documents/root';
import {
  CmsComponent,
  GlobalMessageService,
  GlobalMessageType,
  I18nTestingModule,
  PaginationModel,
  SortModel,
} from '@spartacus/core';
import { CmsComponentData } from '@spartacus/storefront';
import { BehaviorSubject, Observable, of, throwError } from 'rxjs';
import { ExstreamDocumentActionsComponent } from '../document-actions/document-actions.component';
import { DocumentDownloadService } from '../download/document-download.service';
import { DocumentViewerService } from '../viewer/document-viewer.service';
import {
  DocumentTypeIconPipe,
  DocumentTypeLabelPipe,
} from '../shared/document-type/document-type-display.pipes';
import { DocumentFiltersComponent } from './document-filters/document-filters.component';
import { DocumentTableComponent } from './document-table/document-table.component';
import { FileSizePipe } from '../shared/file-size/file-size.pipe';
import { ExstreamMyDocumentsComponent } from './my-documents.component';
import { TransferLabelPipe } from '../shared/transfer-label/transfer-label.pipe';

@Component({ selector: 'cx-sorting', template: '' })
class MockSortingComponent {
  @Input() sortOptions?: SortModel[];
  @Input() selectedOption?: string;
  @Input() placeholder?: string;
  @Input() sortLabels?: Record<string, string>;
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

/** The component, its parts, and stand-ins for the Spartacus components it uses. */
const MY_DOCUMENTS_DECLARATIONS = [
  ExstreamMyDocumentsComponent,
  ExstreamLoadErrorComponent,
  DocumentFiltersComponent,
  DocumentTableComponent,
  DocumentSearchComponent,
  DocumentDateRangeComponent,
  DocumentBulkActionsComponent,
  ExstreamDocumentActionsComponent,
  DocumentTypeLabelPipe,
  DocumentTypeIconPipe,
  FileSizePipe,
  TransferLabelPipe,
  MockSortingComponent,
  MockPaginationComponent,
  MockSpinnerComponent,
  MockIconComponent,
  MockUrlPipe,
];

function documentOf(id: string, overrides: Partial<ExstreamDocument> = {}): ExstreamDocument {
  return {
    id,
    type: DocumentType.INVOICE,
    title: `Invoice ${id}`,
    number: `INV-${id}`,
    orderCode: '100012',
    createdAt: '2026-10-02T09:14:00Z',
    mimeType: 'application/pdf',
    size: 48213,
    read: true,
    ...overrides,
  };
}

function listOf(documents: ExstreamDocument[], page = 0, totalPages = 2): DocumentList {
  return {
    documents,
    pagination: {
      currentPage: page,
      pageSize: 10,
      totalPages,
      totalResults: documents.length ? 14 : 0,
      sort: 'byDateDesc',
    },
    sorts: [
      { code: 'byDateDesc', selected: true },
      { code: 'byDateAsc', selected: false },
    ],
    facets: {
      types: documents.length
        ? [
            { code: 'INVOICE', count: 4 },
            { code: 'ORDER_CONFIRMATION', count: 4 },
            { code: 'WARRANTY', count: 0 },
            { code: 'STATEMENT', count: 6 },
          ]
        : [],
    },
  };
}

class MockDocumentsFacade implements Partial<DocumentsFacade> {
  list$ = new BehaviorSubject<DocumentList | undefined>(undefined);
  loading$ = new BehaviorSubject<boolean>(false);
  error$ = new BehaviorSubject<DocumentsError | undefined>(undefined);
  getDocuments = () => this.list$.asObservable();
  getLoading = () => this.loading$.asObservable();
  getError = () => this.error$.asObservable();
  search = jasmine.createSpy('search');
  reload = jasmine.createSpy('reload');
  downloadDocumentContent = jasmine
    .createSpy('downloadDocumentContent')
    .and.callFake(
      (): Observable<DocumentTransferEvent> =>
        of({
          kind: 'done',
          file: {
            blob: new Blob(['%PDF']),
            fileName: 'Invoice INV-1 über.pdf',
            mimeType: 'application/pdf',
          },
        })
    );
}


describe('ExstreamMyDocumentsComponent', () => {
  let fixture: ComponentFixture<ExstreamMyDocumentsComponent>;
  let component: ExstreamMyDocumentsComponent;
  let el: DebugElement;
  let facade: MockDocumentsFacade;
  let downloadService: jasmine.SpyObj<DocumentDownloadService>;
  let globalMessageService: jasmine.SpyObj<GlobalMessageService>;
  let viewerService: jasmine.SpyObj<DocumentViewerService>;

  const config: ExstreamDocumentsConfig = {
    exstreamDocuments: {
      pageSize: 10,
      documentTypes: [
        DocumentType.ORDER_CONFIRMATION,
        DocumentType.INVOICE,
        DocumentType.WARRANTY,
        DocumentType.STATEMENT,
      ],
    },
  };

  beforeEach(async () => {
    facade = new MockDocumentsFacade();
    downloadService = jasmine.createSpyObj('DocumentDownloadService', ['save']);
    downloadService.save.and.returnValue(true);
    globalMessageService = jasmine.createSpyObj('GlobalMessageService', ['add']);
    viewerService = jasmine.createSpyObj('DocumentViewerService', ['open']);

    await TestBed.configureTestingModule({
      imports: [I18nTestingModule, RouterTestingModule, ReactiveFormsModule],
      declarations: MY_DOCUMENTS_DECLARATIONS,
      providers: [
        { provide: DocumentsFacade, useValue: facade },
        { provide: DocumentBulkFacade, useFactory: bulkFacadeSpy },
        { provide: DocumentDownloadService, useValue: downloadService },
        { provide: GlobalMessageService, useValue: globalMessageService },
        { provide: DocumentViewerService, useValue: viewerService },
        { provide: OrderDocumentsFacade, useValue: {} },
        { provide: ExstreamDocumentsConfig, useValue: config },
      ],
    }).compileComponents();

    fixture = TestBed.createComponent(ExstreamMyDocumentsComponent);
    component = fixture.componentInstance;
    el = fixture.debugElement;
  });

  function render(list?: DocumentList, loading = false, error?: DocumentsError) {
    facade.list$.next(list);
    facade.loading$.next(loading);
    facade.error$.next(error);
    fixture.detectChanges();
  }

  function lastSearch(): DocumentSearchParams {
    return facade.search.calls.mostRecent().args[0];
  }

  it('searches with the initial criteria on init', () => {
    render(undefined, true);
    expect(facade.search).toHaveBeenCalledWith(
      { types: [], sort: undefined, currentPage: 0 },
      undefined
    );
  });

  it('shows a spinner while the first page loads', () => {
    render(undefined, true);
    expect(el.query(By.css('cx-spinner'))).toBeTruthy();
    expect(el.query(By.css('table'))).toBeNull();
    expect(el.query(By.css('[role="status"]')).nativeElement.textContent).toContain(
      'exstreamDocuments.loading'
    );
  });

  it('renders one row per document with real table semantics', () => {
    render(listOf([documentOf('1'), documentOf('2', { orderCode: undefined, read: false })]));

    const table = el.query(By.css('table.cx-exd-documents-table'));
    expect(table).toBeTruthy();
    expect(table.query(By.css('caption')).nativeElement.textContent).toContain(
      'exstreamDocuments.caption'
    );
    // the selection column, then type, title, number, order, date, size and actions
    expect(table.queryAll(By.css('thead th[scope="col"]')).length).toBe(8);

    const rows = table.queryAll(By.css('tbody tr'));
    expect(rows.length).toBe(2);
    const first = rows[0];
    expect(first.query(By.css('th[scope="row"]')).nativeElement.textContent).toContain(
      'Invoice 1'
    );
    expect(first.query(By.css('.cx-exd-type')).nativeElement.textContent).toContain(
      'exstreamDocumentTypes.INVOICE'
    );
    expect(first.query(By.css('.cx-exd-number')).nativeElement.textContent).toContain('INV-1');
    expect(first.query(By.css('.cx-exd-size')).nativeElement.textContent).toContain('47 KB');
    expect(first.query(By.css('time')).attributes['datetime']).toBe('2026-10-02T09:14:00Z');

    const orderLink = first.query(By.css('.cx-exd-order a'));
    expect(orderLink.nativeElement.getAttribute('href')).toBe('/orderDetails/100012');

    // no order: no link, and the unread badge is shown
    expect(rows[1].query(By.css('.cx-exd-order a'))).toBeNull();
    expect(rows[1].query(By.css('.cx-exd-badge'))).toBeTruthy();
    expect(rows[1].classes['unread']).toBe(true);
  });

  it('labels each download button with the document', () => {
    render(listOf([documentOf('1')]));
    const button = el.query(By.css('button.cx-exd-download')).nativeElement as HTMLButtonElement;
    expect(button.type).toBe('button');
    const label = button.getAttribute('aria-label') ?? '';
    expect(label).toContain('exstreamDocuments.downloadLabel');
    expect(label).toContain('title:Invoice 1');
    expect(label).toContain('number:INV-1');
  });

  it('shows the empty state', () => {
    render(listOf([], 0, 0));
    expect(el.query(By.css('table'))).toBeNull();
    expect(el.query(By.css('.cx-exd-empty')).nativeElement.textContent).toContain(
      'exstreamDocuments.empty'
    );
    expect(el.query(By.css('.cx-exd-clear-filter'))).toBeNull();
  });

  it('offers to clear the filter when a filtered list is empty', () => {
    render(listOf([documentOf('1')]));
    component.toggleType('WARRANTY');
    render(listOf([], 0, 0));
    expect(el.query(By.css('.cx-exd-empty')).nativeElement.textContent).toContain(
      'exstreamDocuments.emptyFiltered'
    );
    el.query(By.css('.cx-exd-clear-filter')).nativeElement.click();
    expect(lastSearch().types).toEqual([]);
  });

  it('shows the error state and retries', () => {
    render(undefined, false, { status: 500, message: 'boom' });
    const alert = el.query(By.css('[role="alert"]'));
    expect(alert.nativeElement.textContent).toContain('exstreamDocuments.error');
    expect(el.query(By.css('table'))).toBeNull();
    alert.query(By.css('button.cx-exd-retry')).nativeElement.click();
    expect(facade.reload).toHaveBeenCalled();
  });

  describe('type filter', () => {
    it('offers the configured types that have documents, with counts', () => {
      render(listOf([documentOf('1')]));
      const chips = el.queryAll(By.css('.cx-exd-chip'));
      // "all" + ORDER_CONFIRMATION, INVOICE, STATEMENT (WARRANTY has none)
      expect(chips.length).toBe(4);
      expect(chips[0].nativeElement.textContent).toContain('count:14');
      expect(chips[0].attributes['aria-pressed']).toBe('true');
      expect(chips.map((c) => c.attributes['data-type'])).toEqual([
        undefined as any,
        'ORDER_CONFIRMATION',
        'INVOICE',
        'STATEMENT',
      ]);
      expect(chips[2].nativeElement.textContent).toContain('count:4');
      expect(el.query(By.css('[role="group"]')).attributes['aria-labelledby']).toBe(
        'cx-exd-filter-label'
      );
    });

    it('searches with the picked types from the first page', () => {
      render(listOf([documentOf('1')], 1));
      component.pageChange(1);
      el.query(By.css('.cx-exd-chip[data-type="INVOICE"]')).nativeElement.click();
      expect(lastSearch()).toEqual({ types: ['INVOICE'], sort: undefined, currentPage: 0 });

      fixture.detectChanges();
      const invoiceChip = el.query(By.css('.cx-exd-chip[data-type="INVOICE"]'));
      expect(invoiceChip.attributes['aria-pressed']).toBe('true');

      el.query(By.css('.cx-exd-chip[data-type="STATEMENT"]')).nativeElement.click();
      expect(lastSearch().types).toEqual(['INVOICE', 'STATEMENT']);

      el.query(By.css('.cx-exd-chip[data-type="INVOICE"]')).nativeElement.click();
      expect(lastSearch().types).toEqual(['STATEMENT']);

      el.query(By.css('.cx-exd-chip-all')).nativeElement.click();
      expect(lastSearch().types).toEqual([]);
    });
  });

  describe('phone filters', () => {
    it('counts the active filters on the button that opens and closes the filter panel', () => {
      render(listOf([documentOf('1')]));
      const toggle = el.query(By.css('button.cx-exd-filter-toggle')).nativeElement as HTMLButtonElement;
      const panel = el.query(By.css('.cx-exd-filter'));
      expect(toggle.type).toBe('button');
      expect(toggle.textContent).toContain('exstreamDocuments.filter.toggle count:0');
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(toggle.getAttribute('aria-controls')).toBe(panel.attributes['id'] as string);

      toggle.click();
      fixture.detectChanges();
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(panel.classes['cx-exd-filter-open']).toBe(true);

      el.query(By.css('.cx-exd-chip[data-type="INVOICE"]')).nativeElement.click();
      fixture.detectChanges();
      expect(toggle.textContent).toContain('count:1');
    });

    it('closes the panel from its button or with Escape and gives the focus back to the toggle', () => {
      render(listOf([documentOf('1')]));
      const toggle = el.query(By.css('button.cx-exd-filter-toggle')).nativeElement as HTMLButtonElement;
      toggle.click();
      fixture.detectChanges();

      el.query(By.css('button.cx-exd-filter-done')).nativeElement.click();
      fixture.detectChanges();
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(el.query(By.css('.cx-exd-filter')).classes['cx-exd-filter-open']).toBeFalsy();
      expect(document.activeElement).toBe(toggle);

      toggle.click();
      fixture.detectChanges();
      const escape = jasmine.createSpyObj<Event>('escape', ['stopPropagation']);
      el.query(By.css('.cx-exd-filter')).triggerEventHandler('keydown.escape', escape);
      fixture.detectChanges();
      expect(escape.stopPropagation).toHaveBeenCalled();
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(document.activeElement).toBe(toggle);
    });

    it('shows the active filters as chips that remove them, labelled for screen readers', () => {
      render(listOf([documentOf('1')]));
      expect(el.query(By.css('.cx-exd-active-filters'))).toBeNull();
      el.query(By.css('.cx-exd-chip[data-type="STATEMENT"]')).nativeElement.click();
      fixture.detectChanges();

      const list = el.query(By.css('ul.cx-exd-active-filters'));
      expect(list.attributes['aria-label']).toBe('exstreamDocuments.filter.active');
      const remove = list.query(By.css('button.cx-exd-active-filter[data-type="STATEMENT"]'));
      expect(remove.attributes['aria-label']).toContain('exstreamDocuments.filter.remove');
      expect(remove.attributes['aria-label']).toContain('label:exstreamDocumentTypes.STATEMENT');
      remove.nativeElement.click();
      expect(lastSearch().types).toEqual([]);
      fixture.detectChanges();
      expect(el.query(By.css('.cx-exd-active-filters'))).toBeNull();
    });

    it('keeps the chip buttons while the list reloads, so a chip keeps the focus', () => {
      render(listOf([documentOf('1')]));
      const chip = el.query(By.css('.cx-exd-chip[data-type="INVOICE"]')).nativeElement;
      chip.click();
      render(listOf([documentOf('2')]));
      expect(el.query(By.css('.cx-exd-chip[data-type="INVOICE"]')).nativeElement).toBe(chip);
    });
  });

  it('labels each cell with its column for the card layout of small screens, keeping table roles', () => {
    render(listOf([documentOf('1')]));
    const table = el.query(By.css('table'));
    expect(table.attributes['role']).toBe('table');
    const row = table.query(By.css('tbody tr'));
    expect(row.attributes['role']).toBe('row');
    expect(row.query(By.css('th')).attributes['role']).toBe('rowheader');
    const labels = row
      .queryAll(By.css('td[role="cell"]'))
      .map((cell) => cell.attributes['data-label']);
    expect(labels).toEqual([
      undefined as any, // the checkbox, named by its own label
      'exstreamDocuments.columns.type',
      'exstreamDocuments.columns.number',
      'exstreamDocuments.columns.order',
      'exstreamDocuments.columns.date',
      'exstreamDocuments.columns.size',
      undefined as any,
    ]);
    expect(table.queryAll(By.css('thead th[role="columnheader"]')).length).toBe(8);
  });

  describe('search, date range and many documents at once', () => {
    function bulk(): jasmine.SpyObj<DocumentBulkFacade> {
      return TestBed.inject(DocumentBulkFacade) as jasmine.SpyObj<DocumentBulkFacade>;
    }

    it('searches by number or title once typing pauses, from the first page', fakeAsync(() => {
      render(listOf([documentOf('1')]));
      const input = el.query(By.css('cx-exd-document-search input[type="search"]'))
        .nativeElement as HTMLInputElement;
      input.value = 'Rechn';
      input.dispatchEvent(new Event('input'));
      tick(100);
      input.value = 'Rechnung';
      input.dispatchEvent(new Event('input'));
      const before = facade.search.calls.count();
      tick(SEARCH_DEBOUNCE_MS);
      expect(facade.search.calls.count()).toBe(before + 1);
      expect(lastSearch()).toEqual({ types: [], sort: undefined, currentPage: 0, query: 'Rechnung' });
      flush();
    }));

    it('narrows the list to a preset date range and counts it as a filter', () => {
      render(listOf([documentOf('1')]));
      const select = el.query(By.css('cx-exd-document-date-range select')).nativeElement as HTMLSelectElement;
      select.value = 'lastYear';
      select.dispatchEvent(new Event('change'));
      fixture.detectChanges();
      const year = new Date().getFullYear() - 1;
      expect(lastSearch().from).toBe(`${year}-01-01`);
      expect(lastSearch().to).toBe(`${year}-12-31`);
      expect(el.query(By.css('.cx-exd-filter-toggle')).nativeElement.textContent).toContain('count:1');
    });

    it('announces the number of results to screen readers', () => {
      const list = listOf([documentOf('1'), documentOf('2')]);
      render(list);
      expect(el.query(By.css('.cx-exd-result-count[role="status"]')).nativeElement.textContent).toContain(
        `exstreamDocuments.resultCount count:${list.pagination.totalResults}`
      );
      render(list, true);
      expect(el.query(By.css('.cx-exd-result-count')).nativeElement.textContent.trim()).toBe('');
    });

    it('downloads the selected rows as one ZIP, and every matching one with the filter', () => {
      render(listOf([documentOf('1'), documentOf('2'), documentOf('3')]));
      const boxes = el.queryAll(By.css('input.cx-exd-select-document'));
      expect(boxes.length).toBe(3);
      (boxes[0].nativeElement as HTMLInputElement).click();
      (boxes[2].nativeElement as HTMLInputElement).click();
      fixture.detectChanges();
      const selected = el.query(By.css('.cx-exd-download-selected')).nativeElement as HTMLButtonElement;
      expect(selected.textContent).toContain('count:2');
      selected.click();
      expect(bulk().downloadArchive).toHaveBeenCalledWith({ ids: ['1', '3'] }, undefined);

      (el.query(By.css('.cx-exd-download-matching')).nativeElement as HTMLButtonElement).click();
      expect(bulk().downloadArchive).toHaveBeenCalledWith({ filter: { types: [] } }, undefined);
      (el.query(By.css('.cx-exd-export')).nativeElement as HTMLButtonElement).click();
      expect(bulk().downloadExport).toHaveBeenCalledWith({ types: [] }, undefined);
    });

    it('selects the whole page, and a changed filter clears the selection', () => {
      render(listOf([documentOf('1'), documentOf('2')]));
      (el.query(By.css('.cx-exd-select-page input')).nativeElement as HTMLInputElement).click();
      fixture.detectChanges();
      expect(component.selection.ids).toEqual(['1', '2']);
      component.toggleUnread();
      fixture.detectChanges();
      expect(component.selection.ids).toEqual([]);
    });

    it('keeps the criteria in the page URL', fakeAsync(() => {
      render(listOf([documentOf('1')]));
      component.refine({ query: 'INV-001', from: '2026-01-01' });
      tick();
      const router = TestBed.inject(Router);
      expect(router.url).toContain('q=INV-001');
      expect(router.url).toContain('from=2026-01-01');
      component.clearFilters();
      tick();
      expect(router.url).not.toContain('q=');
    }));
  });

  it('changes the sort and goes back to the first page', () => {
    render(listOf([documentOf('1')], 1));
    component.pageChange(1);
    const sorting = el.query(By.directive(MockSortingComponent));
    const sortingInstance = sorting.componentInstance as MockSortingComponent;
    expect(sortingInstance.selectedOption).toBe('byDateDesc');
    expect(sortingInstance.sortOptions?.length).toBe(2);
    expect(sortingInstance.sortLabels?.['byDateAsc']).toBe('exstreamDocumentSorts.byDateAsc');

    sortingInstance.sortListEvent.emit('byDateAsc');
    expect(lastSearch()).toEqual({ types: [], sort: 'byDateAsc', currentPage: 0 });
  });

  it('loads another page through the pagination', () => {
    render(listOf([documentOf('1')]));
    const pagination = el.query(By.directive(MockPaginationComponent));
    expect((pagination.componentInstance as MockPaginationComponent).pagination?.totalPages).toBe(2);
    (pagination.componentInstance as MockPaginationComponent).viewPageEvent.emit(1);
    expect(lastSearch()).toEqual({ types: [], sort: undefined, currentPage: 1 });
  });

  it('hides the pagination for a single page', () => {
    render(listOf([documentOf('1')], 0, 1));
    expect(el.query(By.directive(MockPaginationComponent))).toBeNull();
  });

  describe('download', () => {
    it('fetches the content and saves it under the server file name', () => {
      render(listOf([documentOf('1')]));
      el.query(By.css('button.cx-exd-download')).nativeElement.click();
      expect(facade.downloadDocumentContent).toHaveBeenCalledWith('1', undefined);
      expect(downloadService.save).toHaveBeenCalledWith(
        jasmine.objectContaining({ fileName: 'Invoice INV-1 über.pdf' })
      );
      expect(globalMessageService.add).not.toHaveBeenCalled();
      fixture.detectChanges();
      expect(
        (el.query(By.css('button.cx-exd-download')).nativeElement as HTMLButtonElement).disabled
      ).toBe(false);
    });

    it('reports a failed request', () => {
      facade.downloadDocumentContent.and.returnValue(throwError({ status: 404 }));
      render(listOf([documentOf('1')]));
      el.query(By.css('button.cx-exd-download')).nativeElement.click();
      expect(downloadService.save).not.toHaveBeenCalled();
      expect(globalMessageService.add).toHaveBeenCalledWith(
        { key: 'exstreamDocuments.downloadFailed', params: { title: 'Invoice 1' } },
        GlobalMessageType.MSG_TYPE_ERROR
      );
      fixture.detectChanges();
      expect(
        (el.query(By.css('button.cx-exd-download')).nativeElement as HTMLButtonElement).disabled
      ).toBe(false);
    });

    it('reports when the browser cannot save the file', () => {
      downloadService.save.and.returnValue(false);
      render(listOf([documentOf('1')]));
      el.query(By.css('button.cx-exd-download')).nativeElement.click();
      expect(globalMessageService.add).toHaveBeenCalled();
    });

    it('disables the button while the download runs', () => {
      facade.downloadDocumentContent.and.returnValue(
        new Observable<DocumentTransferEvent>((subscriber) =>
          subscriber.next({ kind: 'progress', loaded: 10, total: 40 })
        )
      );
      render(listOf([documentOf('1')]));
      el.query(By.css('button.cx-exd-download')).nativeElement.click();
      fixture.detectChanges();
      const button = el.query(By.css('button.cx-exd-download')).nativeElement as HTMLButtonElement;
      expect(button.disabled).toBe(true);
      expect(button.textContent).toContain('exstreamDocuments.downloadingPercent');
      expect(button.textContent).toContain('percent:25');
      const table = el.query(By.directive(DocumentTableComponent))
        .componentInstance as DocumentTableComponent;
      expect(table.transfers.isRunning('1')).toBe(true);
      button.click();
      expect(facade.downloadDocumentContent).toHaveBeenCalledTimes(1);
    });
  });

  describe('preview', () => {
    it('opens the viewer for the document from a labelled button, which gets the focus back', () => {
      render(listOf([documentOf('1')]));
      const button = el.query(By.css('button.cx-exd-preview'));
      expect(button.attributes['aria-label']).toContain('exstreamDocuments.previewLabel');
      button.nativeElement.click();
      expect(viewerService.open).toHaveBeenCalledWith(documentOf('1'), button.nativeElement);
    });
  });
});

/** A facade that keeps one list per scope, to check that placed lists stay apart. */
class ScopedDocumentsFacade implements Partial<DocumentsFacade> {
  lists = new Map<string, BehaviorSubject<DocumentList | undefined>>();
  search = jasmine.createSpy('search');
  reload = jasmine.createSpy('reload');
  list$(scope = '') {
    if (!this.lists.has(scope)) {
      this.lists.set(scope, new BehaviorSubject<DocumentList | undefined>(undefined));
    }
    return this.lists.get(scope) as BehaviorSubject<DocumentList | undefined>;
  }
  getDocuments = (scope?: string) => this.list$(scope).asObservable();
  getLoading = () => of(false);
  getError = () => of(undefined);
}

describe('ExstreamMyDocumentsComponent with per-slot CMS settings', () => {
  let facade: ScopedDocumentsFacade;

  const config: ExstreamDocumentsConfig = {
    exstreamDocuments: {
      pageSize: 10,
      documentTypes: [
        DocumentType.ORDER_CONFIRMATION,
        DocumentType.INVOICE,
        DocumentType.CREDIT_NOTE,
        DocumentType.STATEMENT,
      ],
    },
  };

  function slotData(data: Partial<CmsExstreamDocumentsComponent>): CmsComponentData<CmsComponent> {
    return { uid: data.uid as string, data$: new BehaviorSubject(data as CmsComponent) };
  }

  function createWith(data: Partial<CmsExstreamDocumentsComponent>) {
    TestBed.configureTestingModule({
      imports: [I18nTestingModule, RouterTestingModule, ReactiveFormsModule],
      declarations: MY_DOCUMENTS_DECLARATIONS,
      providers: [
        { provide: DocumentViewerService, useValue: { open: () => undefined } },
        { provide: DocumentsFacade, useValue: facade },
        { provide: DocumentBulkFacade, useFactory: bulkFacadeSpy },
        { provide: DocumentDownloadService, useValue: {} },
        { provide: GlobalMessageService, useValue: {} },
        { provide: ExstreamDocumentsConfig, useValue: config },
        { provide: CmsComponentData, useValue: slotData(data) },
      ],
    });
    const fixture = TestBed.createComponent(ExstreamMyDocumentsComponent);
    fixture.detectChanges();
    return fixture;
  }

  beforeEach(() => (facade = new ScopedDocumentsFacade()));

  it('limits the list to the slot\'s types and uses its page size, in its own scope', () => {
    createWith({ uid: 'InvoicesList', documentTypes: 'INVOICE, CREDIT_NOTE', pageSize: '5' });
    expect(facade.search).toHaveBeenCalledWith(
      {
        types: [DocumentType.INVOICE, DocumentType.CREDIT_NOTE],
        sort: undefined,
        currentPage: 0,
        pageSize: 5,
      },
      'InvoicesList'
    );
  });

  it('offers only the slot\'s types in the filter', () => {
    const fixture = createWith({ uid: 'InvoicesList', documentTypes: ['INVOICE', 'CREDIT_NOTE'] });
    facade.list$('InvoicesList').next(listOf([documentOf('1')]));
    fixture.detectChanges();
    const chips = fixture.debugElement
      .queryAll(By.css('button.cx-exd-chip[data-type]'))
      .map((chip) => chip.attributes['data-type']);
    expect(chips).toEqual(['INVOICE']);
  });

  it('ignores slot types that the configuration does not show', () => {
    createWith({ uid: 'L', documentTypes: 'INVOICE WARRANTY' });
    expect(facade.search.calls.mostRecent().args[0].types).toEqual([DocumentType.INVOICE]);
  });

  it('searches the slot\'s picked type, then all the slot\'s types again', () => {
    const fixture = createWith({ uid: 'L', documentTypes: 'INVOICE,CREDIT_NOTE' });
    fixture.componentInstance.toggleType('CREDIT_NOTE');
    expect(facade.search.calls.mostRecent().args[0].types).toEqual(['CREDIT_NOTE']);
    fixture.componentInstance.clearTypes();
    expect(facade.search.calls.mostRecent().args[0].types).toEqual(['INVOICE', 'CREDIT_NOTE']);
  });

  it('shows the slot\'s title as heading, with an id unique to the slot', () => {
    const fixture = createWith({ uid: 'Invoices List', title: 'Invoices and credit notes' });
    const heading = fixture.debugElement.query(By.css('h2')).nativeElement as HTMLElement;
    expect(heading.textContent?.trim()).toBe('Invoices and credit notes');
    expect(heading.id).toBe('cx-exd-my-documents-heading-Invoices_List');
    const section = fixture.debugElement.query(By.css('section')).nativeElement as HTMLElement;
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
  });

  it('falls back to the configuration for missing or invalid settings', () => {
    const fixture = createWith({ uid: 'Plain', pageSize: '500', documentTypes: '' });
    expect(facade.search).toHaveBeenCalledWith(
      { types: [], sort: undefined, currentPage: 0 },
      'Plain'
    );
    const heading = fixture.debugElement.query(By.css('h2')).nativeElement as HTMLElement;
    expect(heading.textContent?.trim()).toBe('exstreamDocuments.heading');
  });

  it('retries in its own scope', () => {
    const fixture = createWith({ uid: 'InvoicesList' });
    fixture.componentInstance.retry();
    expect(facade.reload).toHaveBeenCalledWith('InvoicesList');
  });
});

describe('ExstreamMyDocumentsComponent type display', () => {
  it('uses the configured label key and icon of a type, the defaults for the others', async () => {
    const facade = new MockDocumentsFacade();
    await TestBed.configureTestingModule({
      imports: [I18nTestingModule, RouterTestingModule, ReactiveFormsModule],
      declarations: MY_DOCUMENTS_DECLARATIONS,
      providers: [
        { provide: DocumentViewerService, useValue: { open: () => undefined } },
        { provide: DocumentsFacade, useValue: facade },
        { provide: DocumentBulkFacade, useFactory: bulkFacadeSpy },
        { provide: DocumentDownloadService, useValue: {} },
        { provide: GlobalMessageService, useValue: {} },
        {
          provide: ExstreamDocumentsConfig,
          useValue: {
            exstreamDocuments: {
              typeDisplay: { INVOICE: { icon: 'FILE', label: 'shop.bill' } },
            },
          },
        },
      ],
    }).compileComponents();
    const fixture = TestBed.createComponent(ExstreamMyDocumentsComponent);
    facade.list$.next(
      listOf([documentOf('1'), documentOf('2', { type: DocumentType.STATEMENT })])
    );
    fixture.detectChanges();
    const cells = fixture.debugElement.queryAll(By.css('td.cx-exd-type'));
    expect(cells[0].nativeElement.textContent.trim()).toBe('shop.bill');
    expect(cells[0].query(By.css('cx-icon')).componentInstance.type).toBe('FILE');
    expect(cells[1].nativeElement.textContent.trim()).toBe('exstreamDocumentTypes.STATEMENT');
    expect(cells[1].query(By.css('cx-icon'))).toBeNull();
    const chip = fixture.debugElement.query(By.css('button.cx-exd-chip[data-type="INVOICE"]'));
    expect(chip.nativeElement.textContent).toContain('shop.bill');
  });
});


describe('ExstreamMyDocumentsComponent notices, correspondence and delivery', () => {
  let facade: MockDocumentsFacade;
  let queryParams: BehaviorSubject<ParamMap>;

  function create(query: Record<string, string> = {}) {
    facade = new MockDocumentsFacade();
    queryParams = new BehaviorSubject<ParamMap>(convertToParamMap(query));
    TestBed.configureTestingModule({
      imports: [I18nTestingModule, RouterTestingModule, ReactiveFormsModule],
      declarations: MY_DOCUMENTS_DECLARATIONS,
      providers: [
        { provide: DocumentViewerService, useValue: { open: () => undefined } },
        { provide: DocumentsFacade, useValue: facade },
        { provide: DocumentBulkFacade, useFactory: bulkFacadeSpy },
        { provide: DocumentDownloadService, useValue: {} },
        { provide: GlobalMessageService, useValue: {} },
        { provide: ExstreamDocumentsConfig, useValue: { exstreamDocuments: {} } },
        {
          provide: ActivatedRoute,
          useValue: {
            snapshot: { queryParamMap: convertToParamMap(query) },
            queryParamMap: queryParams,
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(ExstreamMyDocumentsComponent);
    fixture.detectChanges();
    return fixture;
  }

  function withUnread(documents: ExstreamDocument[], unread: number): DocumentList {
    const list = listOf(documents);
    return { ...list, facets: { ...list.facets, unread } };
  }

  it('offers an "Unread" chip with the unread count that filters the list', () => {
    const fixture = create();
    facade.list$.next(withUnread([documentOf('1', { read: false })], 2));
    fixture.detectChanges();
    const chip = fixture.debugElement.query(By.css('button.cx-exd-chip-unread'));
    expect(chip.nativeElement.textContent).toContain('exstreamDocuments.filter.unread');
    expect(chip.nativeElement.textContent).toContain('count:2');
    expect(chip.attributes['aria-pressed']).toBe('false');

    chip.nativeElement.click();
    expect(facade.search.calls.mostRecent().args[0]).toEqual({
      types: [],
      sort: undefined,
      currentPage: 0,
      unread: true,
    });
    fixture.detectChanges();
    expect(chip.attributes['aria-pressed']).toBe('true');

    chip.nativeElement.click();
    expect(facade.search.calls.mostRecent().args[0].unread).toBeUndefined();
  });

  it('hides the chip when nothing is unread', () => {
    const fixture = create();
    facade.list$.next(withUnread([documentOf('1')], 0));
    fixture.detectChanges();
    expect(fixture.debugElement.query(By.css('button.cx-exd-chip-unread'))).toBeNull();
  });

  it('preselects the unread filter from ?unread=true', () => {
    const fixture = create({ unread: 'true' });
    expect(facade.search).toHaveBeenCalledTimes(1);
    expect(facade.search.calls.mostRecent().args[0].unread).toBe(true);
    facade.list$.next(withUnread([], 0));
    fixture.detectChanges();
    const chip = fixture.debugElement.query(By.css('button.cx-exd-chip-unread'));
    expect(chip.attributes['aria-pressed']).toBe('true');
    const empty = fixture.debugElement.query(By.css('.cx-exd-empty')).nativeElement as HTMLElement;
    expect(empty.textContent).toContain('exstreamDocuments.emptyUnread');
    fixture.debugElement.query(By.css('.cx-exd-clear-filter')).nativeElement.click();
    expect(facade.search.calls.mostRecent().args[0].unread).toBeUndefined();
  });

  it('follows a later change of the route query (e.g. the notices badge)', () => {
    create();
    expect(facade.search).toHaveBeenCalledTimes(1);
    queryParams.next(convertToParamMap({ unread: 'true' }));
    expect(facade.search).toHaveBeenCalledTimes(2);
    expect(facade.search.calls.mostRecent().args[0].unread).toBe(true);
    queryParams.next(convertToParamMap({ unread: 'true' }));
    expect(facade.search).toHaveBeenCalledTimes(2);
  });

  it('marks unread documents with a text badge, not by colour alone', () => {
    const fixture = create();
    facade.list$.next(withUnread([documentOf('1', { read: false })], 1));
    fixture.detectChanges();
    const badge = fixture.debugElement.query(By.css('tr.unread .cx-exd-badge'));
    expect(badge.nativeElement.textContent).toContain('exstreamDocuments.unread');
  });

  it('shows the event and next step of a letter, with its order link', () => {
    const fixture = create();
    facade.list$.next(
      listOf([
        documentOf('c', {
          type: DocumentType.CORRESPONDENCE,
          orderCode: '100013',
          correspondence: { event: 'FAILED_PAYMENT', nextStep: 'Update your payment method by 12 Dec' },
        }),
      ])
    );
    fixture.detectChanges();
    const row = fixture.debugElement.query(By.css('tr[data-document-id="c"]'));
    const letter = row.query(By.css('.cx-exd-correspondence')).nativeElement as HTMLElement;
    expect(letter.textContent).toContain('event:exstreamCorrespondenceEvents.FAILED_PAYMENT');
    expect(letter.textContent).toContain('step:Update your payment method by 12 Dec');
    expect(row.query(By.css('.cx-exd-order a')).attributes['href']).toBe('/orderDetails/100013');
  });

  it('shows the latest delivery status as a labelled status', () => {
    const fixture = create();
    facade.list$.next(
      listOf([
        documentOf('p', {
          deliveryStatus: { status: 'MAILED', channel: 'POST', occurredAt: '2026-11-21T08:00:00Z' },
        }),
      ])
    );
    fixture.detectChanges();
    const status = fixture.debugElement.query(By.css('.cx-exd-delivery'));
    expect(status.attributes['data-status']).toBe('MAILED');
    expect(status.nativeElement.textContent).toContain('channel:exstreamDeliveryChannels.POST');
    expect(status.nativeElement.textContent).toContain('status:exstreamDeliveryStatuses.MAILED');
    expect(status.query(By.css('time')).attributes['datetime']).toBe('2026-11-21T08:00:00Z');
    expect(fixture.debugElement.query(By.css('.cx-exd-bounced-hint'))).toBeNull();
  });

  it('asks to check the e-mail address when an e-mail bounced', () => {
    const fixture = create();
    facade.list$.next(
      listOf([
        documentOf('b', {
          deliveryStatus: { status: 'BOUNCED', channel: 'EMAIL', occurredAt: '2026-11-21T08:00:00Z' },
        }),
      ])
    );
    fixture.detectChanges();
    const hint = fixture.debugElement.query(By.css('.cx-exd-bounced-hint'));
    expect(hint.nativeElement.textContent).toContain('exstreamDocuments.delivery.bouncedHint');
    const link = hint.query(By.css('a.cx-exd-update-email'));
    expect(link.attributes['href']).toBe('/updateEmail');
    expect(link.nativeElement.textContent).toContain('exstreamDocuments.delivery.checkEmail');
  });

  it('shows the call to action of a renewal offer next to preview and download', () => {
    const fixture = create();
    facade.list$.next(
      listOf([
        documentOf('r', {
          type: DocumentType.RENEWAL_OFFER,
          actionUrl: '/my-account/orders',
          actionLabel: 'Upgrade your plan',
        }),
        documentOf('x', { type: DocumentType.RENEWAL_OFFER, actionUrl: 'javascript:alert(1)' }),
      ])
    );
    fixture.detectChanges();
    const offer = fixture.debugElement.query(By.css('tr[data-document-id="r"]'));
    expect(offer.query(By.css('a.cx-exd-action')).nativeElement.textContent).toContain(
      'Upgrade your plan'
    );
    expect(offer.query(By.css('.cx-exd-preview'))).not.toBeNull();
    const unsafe = fixture.debugElement.query(By.css('tr[data-document-id="x"]'));
    expect(unsafe.query(By.css('a.cx-exd-action'))).toBeNull();
  });
});

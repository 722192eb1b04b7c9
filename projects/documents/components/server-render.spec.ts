import { bulkFacadeSpy } from '../testing/document-fixtures';
import { ReactiveFormsModule } from '@angular/forms';
import { DocumentBulkFacade, DocumentTransferEvent } from '@exstream-spartacus/documents/root';
import { DocumentSearchComponent } from './my-documents/document-search/document-search.component';
import { DocumentDateRangeComponent } from './my-documents/document-date-range/document-date-range.component';
import { DocumentBulkActionsComponent } from './my-documents/document-bulk-actions/document-bulk-actions.component';
import { Component, Input, Pipe, PipeTransform, PLATFORM_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { RouterTestingModule } from '@angular/router/testing';
import {
  DocumentsFacade,
  ExstreamDocument,
  ExstreamDocumentsConfig,
  OrderDocumentsFacade,
  OrderListFacade,
} from '@exstream-spartacus/documents/root';
import {
  GlobalMessageService,
  I18nTestingModule,
  RoutingService,
  TranslationService,
} from '@spartacus/core';
import { OrderDetailsService } from '@spartacus/order/components';
import {
  FileDownloadService,
  LaunchDialogService,
  ListNavigationModule,
} from '@spartacus/storefront';
import { of } from 'rxjs';
import { ExstreamDocumentActionsComponent } from './document-actions/document-actions.component';
import {
  DocumentTypeIconPipe,
  DocumentTypeLabelPipe,
} from './shared/document-type/document-type-display.pipes';
import { DocumentFiltersComponent } from './my-documents/document-filters/document-filters.component';
import { DocumentTableComponent } from './my-documents/document-table/document-table.component';
import { FileSizePipe } from './shared/file-size/file-size.pipe';
import { ExstreamMyDocumentsComponent } from './my-documents/my-documents.component';
import { ExstreamDocumentRequestComponent } from './order-documents/document-request/document-request.component';
import { ExstreamOrderDocumentsComponent } from './order-documents/order-documents.component';
import { ExstreamOrderHistoryDocumentsComponent } from './order-history/order-history-documents.component';
import { ExstreamOrderHistoryComponent } from './order-history/order-history.component';
import { DocumentViewerService } from './viewer/document-viewer.service';
import { TransferLabelPipe } from './shared/transfer-label/transfer-label.pipe';

@Component({ selector: 'cx-spinner', template: '' })
class MockSpinnerComponent {}

@Component({ selector: 'cx-icon', template: '' })
class MockIconComponent {
  @Input() type?: string;
}

@Pipe({ name: 'cxUrl' })
class MockUrlPipe implements PipeTransform {
  transform(): string {
    return '/order';
  }
}

const invoice: ExstreamDocument = {
  id: 'd-1',
  type: 'INVOICE',
  title: 'Invoice',
  number: 'INV-1',
  orderCode: '100012',
  createdAt: '2026-10-02T09:00:00Z',
  mimeType: 'application/pdf',
  size: 10,
};

/**
 * The components rendered as on the server (PLATFORM_ID 'server'): nothing
 * may touch window, document or Blob, and the browser-only actions (viewer,
 * saving a file) must quietly do nothing.
 */

describe('server-side rendering', () => {
  let launchDialog: jasmine.SpyObj<LaunchDialogService>;
  let fileDownload: jasmine.SpyObj<FileDownloadService>;

  beforeEach(async () => {
    launchDialog = jasmine.createSpyObj('LaunchDialogService', [
      'openDialog',
      'openDialogAndSubscribe',
      'launch',
    ]);
    fileDownload = jasmine.createSpyObj('FileDownloadService', ['download']);
    const done = {
      kind: 'done' as const,
      file: { blob: {} as Blob, fileName: 'Invoice.pdf', mimeType: 'application/pdf' },
    };
    await TestBed.configureTestingModule({
      imports: [I18nTestingModule, RouterTestingModule, ReactiveFormsModule, ListNavigationModule],
      declarations: [
        ExstreamMyDocumentsComponent,
        DocumentFiltersComponent,
        DocumentTableComponent,
        DocumentSearchComponent,
        DocumentDateRangeComponent,
        DocumentBulkActionsComponent,
        DocumentTypeLabelPipe,
        DocumentTypeIconPipe,
        ExstreamOrderDocumentsComponent,
        ExstreamDocumentRequestComponent,
        ExstreamOrderHistoryComponent,
        ExstreamOrderHistoryDocumentsComponent,
        ExstreamDocumentActionsComponent,
        FileSizePipe,
        TransferLabelPipe,
        MockSpinnerComponent,
        MockIconComponent,
        MockUrlPipe,
      ],
      providers: [
        { provide: PLATFORM_ID, useValue: 'server' },
        { provide: DocumentBulkFacade, useFactory: bulkFacadeSpy },
        { provide: LaunchDialogService, useValue: launchDialog },
        { provide: FileDownloadService, useValue: fileDownload },
        { provide: GlobalMessageService, useValue: { add: () => undefined } },
        { provide: ExstreamDocumentsConfig, useValue: { exstreamDocuments: {} } },
        {
          provide: DocumentsFacade,
          useValue: {
            getDocuments: () =>
              of({
                documents: [invoice],
                pagination: { currentPage: 0, pageSize: 10, totalPages: 1, totalResults: 1 },
                sorts: [],
                facets: { types: [{ code: 'INVOICE', count: 1 }] },
              }),
            getLoading: () => of(false),
            getError: () => of(undefined),
            search: () => undefined,
            downloadDocumentContent: () => of(done),
          },
        },
        {
          provide: OrderDocumentsFacade,
          useValue: {
            getOrderDocuments: () =>
              of({
                documents: [invoice],
                generatable: [{ type: 'WARRANTY', entryNumber: 0 }],
                generationSupported: true,
              }),
            isArchiveAvailable: () => of(true),
            getOrderDocumentsSummary: () =>
              of([
                {
                  orderCode: '100012',
                  types: [{ code: 'INVOICE', count: 1 }],
                  total: 1,
                  invoice,
                },
              ]),
            downloadArchive: () => of(done),
          },
        },
        {
          provide: RoutingService,
          useValue: {
            getRouterState: () => of({ state: { params: { orderCode: '100012' } } }),
            go: () => undefined,
          },
        },
        {
          provide: OrderDetailsService,
          useValue: {
            getOrderDetails: () =>
              of({
                code: '100012',
                consignments: [{ code: 'c0', trackingID: 'T0' }],
                entries: [{ entryNumber: 0, product: { name: 'Camera' } }],
              }),
          },
        },
        {
          provide: OrderListFacade,
          useValue: {
            getOrders: () =>
              of({
                orders: [{ code: '100012', total: { formattedValue: '$1' } }],
                pagination: { currentPage: 0, pageSize: 5, totalPages: 1, totalResults: 1 },
                sorts: [],
              }),
          },
        },
        { provide: TranslationService, useValue: { translate: (key: string) => of(key) } },
      ],
    }).compileComponents();
  });

  it('renders My Documents and runs its actions without touching browser APIs', () => {
    const fixture = TestBed.createComponent(ExstreamMyDocumentsComponent);
    expect(() => fixture.detectChanges()).not.toThrow();
    expect(fixture.nativeElement.querySelector('.cx-exd-row')).not.toBeNull();
    const button = (name: string) =>
      fixture.nativeElement.querySelector(`button.cx-exd-${name}`) as HTMLButtonElement;
    expect(() => button('preview').click()).not.toThrow();
    expect(() => button('download').click()).not.toThrow();
    expectNoDialogOpened();
    expect(fileDownload.download).not.toHaveBeenCalled();
  });

  it('renders the order documents and runs its actions', () => {
    const fixture = TestBed.createComponent(ExstreamOrderDocumentsComponent);
    expect(() => fixture.detectChanges()).not.toThrow();
    expect(fixture.nativeElement.querySelectorAll('.cx-exd-group').length).toBe(2);
    expect(() => fixture.componentInstance.preview(invoice)).not.toThrow();
    expect(() => fixture.componentInstance.download(invoice)).not.toThrow();
    expect(() => fixture.componentInstance.downloadAll('100012')).not.toThrow();
    expectNoDialogOpened();
    expect(fileDownload.download).not.toHaveBeenCalled();
  });

  it('renders the order history with its documents column', () => {
    const fixture = TestBed.createComponent(ExstreamOrderHistoryComponent);
    expect(() => fixture.detectChanges()).not.toThrow();
    expect(fixture.nativeElement.querySelector('.cx-exd-quick-invoice')).not.toBeNull();
    const documentsCell = fixture.debugElement.query(
      By.directive(ExstreamOrderHistoryDocumentsComponent)
    ).componentInstance as ExstreamOrderHistoryDocumentsComponent;
    expect(() => documentsCell.downloadInvoice(invoice)).not.toThrow();
    expect(fileDownload.download).not.toHaveBeenCalled();
  });

  it('does not open the viewer', () => {
    expect(TestBed.inject(DocumentViewerService).open(invoice)).toBeUndefined();
    expectNoDialogOpened();
  });

  function expectNoDialogOpened(): void {
    expect(launchDialog.openDialog).not.toHaveBeenCalled();
    expect(launchDialog.openDialogAndSubscribe).not.toHaveBeenCalled();
    expect(launchDialog.launch).not.toHaveBeenCalled();
  }
});

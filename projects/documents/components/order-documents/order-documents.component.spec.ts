import { ExstreamLoadErrorComponent } from '../shared/load-error/load-error.component';
import { Component, DebugElement } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import {
  DocumentsError,
  ExstreamDocument,
  GeneratableDocument,
  OrderDocuments,
  OrderDocumentsFacade,
  DocumentsFacade,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import {
  GlobalMessageService,
  GlobalMessageType,
  I18nTestingModule,
  RoutingService,
} from '@spartacus/core';
import { OrderDetailsService } from '@spartacus/order/components';
import { BehaviorSubject, Observable, of, Subject, throwError } from 'rxjs';
import { ExstreamDocumentActionsComponent } from '../document-actions/document-actions.component';
import { DocumentTransferService } from '../download/document-transfer.service';
import { FileSizePipe } from '../shared/file-size/file-size.pipe';
import { DocumentViewerService } from '../viewer/document-viewer.service';
import { OrderOutline } from './order-document-groups';
import { ExstreamOrderDocumentsComponent } from './order-documents.component';
import { ExstreamDocumentRequestComponent } from './document-request/document-request.component';
import { DocumentTypeModule } from '../shared/document-type/document-type.module';
import { documentTransferServiceSpy, fakeDocument } from '../../testing/document-fixtures';
import { TransferLabelPipe } from '../shared/transfer-label/transfer-label.pipe';

@Component({ selector: 'cx-spinner', template: '' })
class MockSpinnerComponent {}

function doc(id: string, type: string, extra: Partial<ExstreamDocument> = {}): ExstreamDocument {
  return fakeDocument({
    id,
    type,
    title: `Title ${id}`,
    number: `N-${id}`,
    orderCode: '100012',
    createdAt: '2026-10-02T09:00:00Z',
    size: 2048,
    ...extra,
  });
}

type OrderWithCode = OrderOutline & { code: string };

const order: OrderWithCode = {
  code: '100012',
  consignments: [{ code: 'cons_0', trackingID: '1Z8E4W700312004417' }],
  entries: [{ entryNumber: 0, product: { code: '1382080', name: 'EOS 450D' } }],
};

const fullDocuments: OrderDocuments = {
  documents: [
    doc('oc', 'ORDER_CONFIRMATION'),
    doc('inv', 'INVOICE'),
    doc('shp', 'SHIPMENT_NOTICE', { consignmentCode: 'cons_0' }),
  ],
  generatable: [{ type: 'WARRANTY', entryNumber: 0 }],
  generationSupported: true,
};

class MockOrderDocumentsFacade implements Partial<OrderDocumentsFacade> {
  documents$: Observable<OrderDocuments> = of(fullDocuments);
  getOrderDocuments = jasmine
    .createSpy('getOrderDocuments')
    .and.callFake(() => this.documents$);
  isArchiveAvailable = jasmine.createSpy('isArchiveAvailable').and.returnValue(of(true));
  requestDocument = jasmine.createSpy('requestDocument');
}

describe('ExstreamOrderDocumentsComponent', () => {
  let fixture: ComponentFixture<ExstreamOrderDocumentsComponent>;
  let el: DebugElement;
  let facade: MockOrderDocumentsFacade;
  let documentsFacade: jasmine.SpyObj<DocumentsFacade>;
  let transfer: jasmine.SpyObj<DocumentTransferService>;
  let viewer: jasmine.SpyObj<DocumentViewerService>;
  let messages: jasmine.SpyObj<GlobalMessageService>;
  let order$: BehaviorSubject<OrderWithCode>;

  beforeEach(async () => {
    facade = new MockOrderDocumentsFacade();
    documentsFacade = jasmine.createSpyObj('DocumentsFacade', ['markRead']);
    transfer = documentTransferServiceSpy();
    transfer.downloadDocument.and.returnValue(of({ percent: 50 }));
    viewer = jasmine.createSpyObj('DocumentViewerService', ['open']);
    messages = jasmine.createSpyObj('GlobalMessageService', ['add']);
    order$ = new BehaviorSubject<OrderWithCode>(order);

    await TestBed.configureTestingModule({
      imports: [I18nTestingModule, DocumentTypeModule],
      declarations: [
        ExstreamOrderDocumentsComponent,
        ExstreamDocumentRequestComponent,
        ExstreamLoadErrorComponent,
        ExstreamDocumentActionsComponent,
        FileSizePipe,
        TransferLabelPipe,
        MockSpinnerComponent,
      ],
      providers: [
        { provide: OrderDocumentsFacade, useValue: facade },
        { provide: DocumentsFacade, useValue: documentsFacade },
        { provide: ExstreamDocumentsConfig, useValue: { exstreamDocuments: {} } },
        { provide: DocumentTransferService, useValue: transfer },
        { provide: DocumentViewerService, useValue: viewer },
        { provide: GlobalMessageService, useValue: messages },
        {
          provide: RoutingService,
          useValue: {
            getRouterState: () => of({ state: { params: { orderCode: '100012' } } }),
          },
        },
        { provide: OrderDetailsService, useValue: { getOrderDetails: () => order$ } },
      ],
    }).compileComponents();
  });

  function render(): void {
    fixture = TestBed.createComponent(ExstreamOrderDocumentsComponent);
    el = fixture.debugElement;
    fixture.detectChanges();
  }

  function groups(): DebugElement[] {
    return el.queryAll(By.css('.cx-exd-group'));
  }

  it('loads the documents of the order in the route', () => {
    render();
    expect(facade.getOrderDocuments).toHaveBeenCalledWith('100012');
  });

  it('shows a spinner and announces loading until the documents arrive', () => {
    facade.documents$ = new Subject<OrderDocuments>();
    render();
    expect(el.query(By.css('cx-spinner'))).not.toBeNull();
    expect(el.query(By.css('.cx-exd-loading-status')).nativeElement.textContent).toContain(
      'exstreamOrderDocuments.loading'
    );
  });

  it('groups the documents, with tracking id and product name', () => {
    render();
    expect(groups().map((g) => g.attributes['data-group'])).toEqual([
      'confirmation',
      'invoices',
      'shipment',
      'product',
    ]);
    const shipment = groups()[2].nativeElement as HTMLElement;
    expect(shipment.textContent).toContain('1Z8E4W700312004417');
    expect(shipment.getAttribute('data-consignment')).toBe('cons_0');
    const product = groups()[3].nativeElement as HTMLElement;
    expect(product.textContent).toContain('EOS 450D');
  });

  it('shows an empty state', () => {
    facade.documents$ = of({ documents: [], generatable: [], generationSupported: false });
    render();
    expect(el.query(By.css('.cx-exd-empty')).nativeElement.textContent).toContain(
      'exstreamOrderDocuments.empty'
    );
    expect(el.query(By.css('.cx-exd-download-all'))).toBeNull();
  });

  it('shows an error with a retry', () => {
    let calls = 0;
    facade.getOrderDocuments.and.callFake(() =>
      ++calls === 1 ? throwError({ status: 500 } as DocumentsError) : of(fullDocuments)
    );
    render();
    expect(el.query(By.css('.cx-exd-error[role="alert"]'))).not.toBeNull();
    el.query(By.css('.cx-exd-retry')).nativeElement.click();
    fixture.detectChanges();
    expect(el.query(By.css('.cx-exd-error'))).toBeNull();
    expect(groups().length).toBe(4);
  });

  it('previews (the preview button gets the focus back) and downloads a document', () => {
    render();
    const row = el.query(By.css('.cx-exd-document[data-document-id="inv"]'));
    const preview = row.query(By.css('.cx-exd-preview')).nativeElement;
    preview.click();
    expect(viewer.open).toHaveBeenCalledWith(fullDocuments.documents[1], preview);
    row.query(By.css('.cx-exd-download')).nativeElement.click();
    expect(transfer.downloadDocument).toHaveBeenCalledWith(fullDocuments.documents[1]);
  });

  it('labels preview and download for screen readers', () => {
    render();
    const row = el.query(By.css('.cx-exd-document[data-document-id="inv"]'));
    expect(row.query(By.css('.cx-exd-preview')).attributes['aria-label']).toContain(
      'exstreamDocuments.previewLabel'
    );
    expect(row.query(By.css('.cx-exd-download')).attributes['aria-label']).toContain('N-inv');
  });

  it('shows download progress on the button while it runs', () => {
    transfer.downloadDocument.and.returnValue(
      new Observable((subscriber) => subscriber.next({ percent: 40 }))
    );
    render();
    const button = () =>
      el.query(By.css('.cx-exd-document[data-document-id="inv"] .cx-exd-download'))
        .nativeElement as HTMLButtonElement;
    button().click();
    fixture.detectChanges();
    expect(button().disabled).toBe(true);
    expect(button().textContent).toContain('exstreamDocuments.downloadingPercent');
    expect(button().textContent).toContain('40');
  });

  describe('download all', () => {
    it('downloads the ZIP when the backend offers it', () => {
      render();
      const button = el.query(By.css('.cx-exd-download-all'));
      expect(button).not.toBeNull();
      button.nativeElement.click();
      expect(transfer.downloadArchive).toHaveBeenCalledWith('100012');
    });

    it('is not offered when the backend has no archive', () => {
      facade.isArchiveAvailable.and.returnValue(of(false));
      render();
      expect(el.query(By.css('.cx-exd-download-all'))).toBeNull();
    });
  });

  describe('request document', () => {
    const warranty: GeneratableDocument = { type: 'WARRANTY', entryNumber: 0 };

    function requestButton(): HTMLButtonElement {
      return el.query(By.css('.cx-exd-requestable .cx-exd-request'))
        .nativeElement as HTMLButtonElement;
    }

    it('is offered for generatable types only', () => {
      render();
      expect(el.queryAll(By.css('.cx-exd-request')).length).toBe(1);
      facade.documents$ = of({ ...fullDocuments, generatable: [] });
      render();
      expect(el.queryAll(By.css('.cx-exd-request')).length).toBe(0);
    });

    it('shows progress, then the new document after reloading', () => {
      const result = new Subject<ExstreamDocument>();
      facade.requestDocument.and.returnValue(result);
      render();
      requestButton().click();
      fixture.detectChanges();
      expect(facade.requestDocument).toHaveBeenCalledWith('100012', warranty);
      expect(requestButton().disabled).toBe(true);
      expect(requestButton().textContent).toContain('exstreamOrderDocuments.requesting');

      const created = doc('war', 'WARRANTY', { entryNumbers: [0] });
      facade.documents$ = of({
        ...fullDocuments,
        documents: [...fullDocuments.documents, created],
        generatable: [],
      });
      result.next(created);
      result.complete();
      fixture.detectChanges();

      expect(facade.getOrderDocuments).toHaveBeenCalledTimes(2);
      expect(el.query(By.css('.cx-exd-document[data-document-id="war"]'))).not.toBeNull();
      expect(el.query(By.css('.cx-exd-request'))).toBeNull();
      expect(messages.add).toHaveBeenCalledWith(
        jasmine.objectContaining({ key: 'exstreamOrderDocuments.requestDone' }),
        GlobalMessageType.MSG_TYPE_CONFIRMATION
      );
    });

    it('explains when Exstream is unavailable', () => {
      facade.requestDocument.and.returnValue(
        throwError({ status: 503, retryAfterSeconds: 30 } as DocumentsError)
      );
      render();
      requestButton().click();
      fixture.detectChanges();
      const alert = el.query(By.css('.cx-exd-request-error[role="alert"]'))
        .nativeElement as HTMLElement;
      expect(alert.textContent).toContain('exstreamOrderDocuments.unavailableRetry');
      expect(alert.textContent).toContain('30');
      expect(requestButton().disabled).toBe(false);
    });

    it('reports other failures', () => {
      facade.requestDocument.and.returnValue(throwError({ status: 500 } as DocumentsError));
      render();
      requestButton().click();
      fixture.detectChanges();
      expect(el.query(By.css('.cx-exd-request-error')).nativeElement.textContent).toContain(
        'exstreamOrderDocuments.requestFailed'
      );
    });
  });

  it('still groups when the order itself is not available', () => {
    order$.next({ code: 'other-order' });
    render();
    const shipment = groups()[2].nativeElement as HTMLElement;
    expect(shipment.textContent).not.toContain('1Z8E4W700312004417');
    expect(groups().length).toBe(4);
    expect(groups()[3].nativeElement.textContent).toContain('exstreamOrderDocuments.entry');
  });
});

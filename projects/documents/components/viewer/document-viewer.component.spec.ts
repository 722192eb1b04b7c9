import { Component, DebugElement, Directive, EventEmitter, Input, Output } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { NavigationEnd, NavigationStart, Router, RouterEvent } from '@angular/router';
import {
  DocumentLink,
  DocumentsFacade,
  ExstreamDocument,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import { I18nTestingModule } from '@spartacus/core';
import { FocusConfig, LaunchDialogService } from '@spartacus/storefront';
import { BehaviorSubject, Observable, of, Subject, throwError } from 'rxjs';
import { ExstreamDocumentActionsComponent } from '../document-actions/document-actions.component';
import { DocumentTransferService } from '../download/document-transfer.service';
import { ExstreamDocumentViewerComponent } from './document-viewer.component';
import { FileSizeModule } from '../shared/file-size/file-size.module';
import { DocumentTypeModule } from '../shared/document-type/document-type.module';
import { documentTransferServiceSpy } from '../../testing/document-fixtures';
import { TransferLabelModule } from '../shared/transfer-label/transfer-label.module';

@Component({ selector: 'cx-spinner', template: '' })
class MockSpinnerComponent {}

@Directive({ selector: '[cxFocus]' })
class MockFocusDirective {
  @Input('cxFocus') config?: FocusConfig;
  @Output() esc = new EventEmitter<boolean>();
}

const pdf: ExstreamDocument = {
  id: 'd-1',
  type: 'INVOICE',
  title: 'Invoice INV-1',
  number: 'INV-1',
  createdAt: '2026-10-02T09:00:00Z',
  mimeType: 'application/pdf',
  size: 100,
};
const notice: ExstreamDocument = { ...pdf, id: 'd-2', mimeType: 'text/html; charset=utf-8' };
const link: DocumentLink = {
  url: 'http://localhost:9/occ/v2/electronics-spa/documents/links/abc?sig=1',
  expiresAt: '2026-10-02T10:00:00Z',
};

describe('ExstreamDocumentViewerComponent', () => {
  let fixture: ComponentFixture<ExstreamDocumentViewerComponent>;
  let el: DebugElement;
  let facade: jasmine.SpyObj<DocumentsFacade>;
  let transfer: jasmine.SpyObj<DocumentTransferService>;
  let launchDialog: jasmine.SpyObj<LaunchDialogService>;
  let dialogData: BehaviorSubject<unknown>;
  let routerEvents: Subject<RouterEvent>;

  beforeEach(async () => {
    facade = jasmine.createSpyObj('DocumentsFacade', ['getDocumentLink', 'getDocumentContent']);
    facade.getDocumentLink.and.returnValue(of(link));
    transfer = documentTransferServiceSpy();
    dialogData = new BehaviorSubject<unknown>(undefined);
    launchDialog = jasmine.createSpyObj('LaunchDialogService', ['closeDialog'], {
      data$: dialogData.asObservable(),
    });
    routerEvents = new Subject<RouterEvent>();
    await TestBed.configureTestingModule({
      imports: [I18nTestingModule, FileSizeModule, DocumentTypeModule, TransferLabelModule],
      declarations: [
        ExstreamDocumentViewerComponent,
        ExstreamDocumentActionsComponent,
        MockSpinnerComponent,
        MockFocusDirective,
      ],
      providers: [
        { provide: DocumentsFacade, useValue: facade },
        { provide: DocumentTransferService, useValue: transfer },
        { provide: LaunchDialogService, useValue: launchDialog },
        { provide: Router, useValue: { events: routerEvents, navigateByUrl: () => undefined } },
        { provide: ExstreamDocumentsConfig, useValue: { exstreamDocuments: {} } },
      ],
    }).compileComponents();
  });

  /** as `LaunchDialogService.openDialog` does: the data first, then the component */
  function open(document: ExstreamDocument): void {
    dialogData.next(document);
    fixture = TestBed.createComponent(ExstreamDocumentViewerComponent);
    el = fixture.debugElement;
    fixture.detectChanges();
  }

  function dialog(): HTMLElement {
    return el.query(By.css('[role="dialog"]')).nativeElement as HTMLElement;
  }

  it('titles the dialog with the document (aria-labelledby target)', () => {
    open(pdf);
    const title = el.query(By.css('h2')).nativeElement as HTMLElement;
    expect(title.id).toBe('cx-exd-viewer-title');
    expect(title.textContent).toContain('Invoice INV-1');
    expect(dialog().getAttribute('aria-labelledby')).toBe('cx-exd-viewer-title');
    expect(dialog().getAttribute('aria-modal')).toBe('true');
  });

  it('has Spartacus\' focus directive trap the focus in the dialog, autofocus it and handle Escape', () => {
    open(pdf);
    const focus = el.query(By.directive(MockFocusDirective)).injector.get(MockFocusDirective);
    expect(focus.config).toEqual(
      jasmine.objectContaining({ trap: true, block: true, autofocus: true, focusOnEscape: true })
    );
    expect(el.query(By.directive(MockFocusDirective)).nativeElement).toBe(dialog());
  });

  it('shows the document it was opened with, not the data of a later dialog', () => {
    open(pdf);
    dialogData.next({ ...pdf, id: 'd-9', title: 'Someone else' });
    fixture.detectChanges();
    expect(el.query(By.css('h2')).nativeElement.textContent).toContain('Invoice INV-1');
    expect(facade.getDocumentLink).toHaveBeenCalledTimes(1);
    expect(facade.getDocumentLink).toHaveBeenCalledWith('d-1', 'inline', undefined);
  });

  it('renders nothing until the dialog data is a document', () => {
    dialogData.next(undefined);
    fixture = TestBed.createComponent(ExstreamDocumentViewerComponent);
    el = fixture.debugElement;
    fixture.detectChanges();
    expect(el.query(By.css('[role="dialog"]'))).toBeNull();
    expect(facade.getDocumentLink).not.toHaveBeenCalled();
  });

  it('shows a PDF from the signed link in the browser viewer, not from a blob', () => {
    open(pdf);
    const frame = el.query(By.css('iframe')).nativeElement as HTMLIFrameElement;
    expect(frame.src).toBe(link.url);
    expect(frame.src.startsWith('blob:')).toBe(false);
    expect(frame.getAttribute('title')).toContain('exstreamDocumentViewer.frameTitle');
    const newTab = el.query(By.css('a.cx-exd-viewer-open')).nativeElement as HTMLAnchorElement;
    expect(newTab.href).toBe(link.url);
    expect(newTab.target).toBe('_blank');
    expect(newTab.rel).toContain('noopener');
  });

  it('shows an HTML notice in a sandbox without scripts', () => {
    open(notice);
    const frame = el.query(By.css('iframe')).nativeElement as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.src).toBe(link.url);
  });

  it('shows an HTML notice through srcdoc when there are no signed links', async () => {
    facade.getDocumentLink.and.returnValue(of(null));
    facade.getDocumentContent.and.returnValue(
      of({
        blob: new Blob(['<p>Your parcel is on its way</p><script>alert(1)</script>'], {
          type: 'text/html',
        }),
        fileName: 'n.html',
        mimeType: 'text/html',
      })
    );
    open(notice);
    // Blob.text() resolves outside Angular's knowledge: let it settle
    for (let i = 0; i < 10 && !el.query(By.css('iframe')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      fixture.detectChanges();
    }
    const frame = el.query(By.css('iframe')).nativeElement as HTMLIFrameElement;
    expect(facade.getDocumentContent).toHaveBeenCalledWith('d-2', 'inline', undefined);
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('Your parcel is on its way');
  });

  it('offers the download when a PDF cannot be shown inline', () => {
    facade.getDocumentLink.and.returnValue(of(null));
    open(pdf);
    expect(el.query(By.css('iframe'))).toBeNull();
    expect(el.query(By.css('.cx-exd-viewer-unavailable'))).not.toBeNull();
    el.query(By.css('.cx-exd-viewer-download')).nativeElement.click();
    // the transfer service falls back to fetching the bytes when there is no signed link
    expect(transfer.downloadThroughLink).toHaveBeenCalledWith(pdf);
  });

  it('never frames a link that is not http(s)', () => {
    facade.getDocumentLink.and.returnValue(of({ url: 'javascript:alert(1)', expiresAt: '' }));
    open(pdf);
    expect(el.query(By.css('iframe'))).toBeNull();
    expect(el.query(By.css('.cx-exd-viewer-unavailable'))).not.toBeNull();
  });

  it('reports a failing link request and still offers the download', () => {
    facade.getDocumentLink.and.returnValue(throwError({ status: 500 }));
    open(pdf);
    expect(el.query(By.css('.cx-exd-viewer-error[role="alert"]'))).not.toBeNull();
    expect(el.query(By.css('.cx-exd-viewer-download'))).not.toBeNull();
  });

  it('announces loading', () => {
    facade.getDocumentLink.and.returnValue(new Subject<DocumentLink | null>() as Observable<DocumentLink | null>);
    open(pdf);
    expect(el.query(By.css('[role="status"]')).nativeElement.textContent).toContain(
      'exstreamDocumentViewer.loading'
    );
  });

  it('closes through the launch dialog service from both close buttons', () => {
    open(pdf);
    const close = el.query(By.css('.cx-exd-viewer-close'));
    expect(close.attributes['aria-label']).toBe('exstreamDocumentViewer.close');
    close.nativeElement.click();
    el.query(By.css('.cx-exd-viewer-dismiss')).nativeElement.click();
    expect(launchDialog.closeDialog).toHaveBeenCalledTimes(2);
  });

  it('closes on Escape', () => {
    open(pdf);
    el.query(By.directive(MockFocusDirective)).injector.get(MockFocusDirective).esc.emit(true);
    expect(launchDialog.closeDialog).toHaveBeenCalledOnceWith('escape');
  });

  it('closes on a click on the backdrop, not on a click inside the dialog', () => {
    open(pdf);
    const host = fixture.nativeElement as HTMLElement;
    dialog().dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    dialog().dispatchEvent(new MouseEvent('click', { bubbles: true }));
    // a text selection that starts in the dialog and ends on the backdrop
    dialog().dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    host.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(launchDialog.closeDialog).not.toHaveBeenCalled();

    host.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    host.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(launchDialog.closeDialog).toHaveBeenCalledOnceWith('backdrop');
  });

  it('closes when the shopper leaves the page', () => {
    open(pdf);
    routerEvents.next(new NavigationEnd(1, '/a', '/a'));
    expect(launchDialog.closeDialog).not.toHaveBeenCalled();
    routerEvents.next(new NavigationStart(2, '/my-account/orders'));
    expect(launchDialog.closeDialog).toHaveBeenCalledOnceWith('navigation');
  });

  it('closes when the shopper follows the call to action', () => {
    open({ ...pdf, actionUrl: '/my-account/orders' });
    const action = el.query(By.css('.cx-exd-action'));
    expect(action).not.toBeNull();
    action.nativeElement.click();
    expect(launchDialog.closeDialog).toHaveBeenCalledTimes(1);
  });
});

import { Component, DebugElement } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import {
  DocumentLink,
  DocumentsFacade,
  ExstreamDocument,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import { I18nTestingModule } from '@spartacus/core';
import { ModalService } from '@spartacus/storefront';
import { Observable, of, Subject, throwError } from 'rxjs';
import { ExstreamDocumentActionsComponent } from '../document-actions/document-actions.component';
import { DocumentTransferService } from '../download/document-transfer.service';
import { ExstreamDocumentViewerComponent } from './document-viewer.component';

@Component({ selector: 'cx-spinner', template: '' })
class MockSpinnerComponent {}

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
  let modal: jasmine.SpyObj<ModalService>;

  beforeEach(async () => {
    facade = jasmine.createSpyObj('DocumentsFacade', ['getDocumentLink', 'getDocumentContent']);
    facade.getDocumentLink.and.returnValue(of(link));
    transfer = jasmine.createSpyObj('DocumentTransferService', ['downloadDocument']);
    transfer.downloadDocument.and.returnValue(of({}));
    modal = jasmine.createSpyObj('ModalService', ['dismissActiveModal']);
    await TestBed.configureTestingModule({
      imports: [I18nTestingModule],
      declarations: [
        ExstreamDocumentViewerComponent,
        ExstreamDocumentActionsComponent,
        MockSpinnerComponent,
      ],
      providers: [
        { provide: DocumentsFacade, useValue: facade },
        { provide: DocumentTransferService, useValue: transfer },
        { provide: ModalService, useValue: modal },
        { provide: ExstreamDocumentsConfig, useValue: { exstreamDocuments: {} } },
      ],
    }).compileComponents();
  });

  function open(document: ExstreamDocument): void {
    fixture = TestBed.createComponent(ExstreamDocumentViewerComponent);
    fixture.componentInstance.document = document;
    el = fixture.debugElement;
    fixture.detectChanges();
  }

  it('titles the dialog with the document (aria-labelledby target)', () => {
    open(pdf);
    const title = el.query(By.css('h2')).nativeElement as HTMLElement;
    expect(title.id).toBe('cx-exd-viewer-title');
    expect(title.textContent).toContain('Invoice INV-1');
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
    expect(facade.getDocumentContent).toHaveBeenCalledWith('d-2', 'inline');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('Your parcel is on its way');
  });

  it('offers the download when a PDF cannot be shown inline', () => {
    facade.getDocumentLink.and.returnValue(of(null));
    open(pdf);
    expect(el.query(By.css('iframe'))).toBeNull();
    expect(el.query(By.css('.cx-exd-viewer-unavailable'))).not.toBeNull();
    el.query(By.css('.cx-exd-viewer-download')).nativeElement.click();
    expect(transfer.downloadDocument).toHaveBeenCalledWith(pdf);
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

  it('closes through the modal service from both close buttons', () => {
    open(pdf);
    const close = el.query(By.css('.cx-exd-viewer-close'));
    expect(close.attributes['aria-label']).toBe('exstreamDocumentViewer.close');
    close.nativeElement.click();
    el.query(By.css('.cx-exd-viewer-dismiss')).nativeElement.click();
    expect(modal.dismissActiveModal).toHaveBeenCalledTimes(2);
  });
});

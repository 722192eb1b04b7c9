import { ComponentFixture, TestBed } from '@angular/core/testing';
import {
  DocumentResendFacade,
  DocumentResendReceipt,
  DocumentsError,
  DocumentType,
  ExstreamDocument,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import { I18nTestingModule } from '@spartacus/core';
import { of, Subject, throwError } from 'rxjs';
import { DocumentResendComponent } from './document-resend.component';

const invoice: ExstreamDocument = {
  id: 'd-1',
  type: DocumentType.INVOICE,
  title: 'Invoice 100012',
  number: 'INV-1',
  createdAt: '2026-11-20T09:00:00Z',
  mimeType: 'application/pdf',
  size: 2048,
};

const receipt: DocumentResendReceipt = { documentId: 'd-1', channel: 'EMAIL', requestedAt: '2026-12-01T10:00:00Z' };

describe('DocumentResendComponent', () => {
  let fixture: ComponentFixture<DocumentResendComponent>;
  let facade: jasmine.SpyObj<DocumentResendFacade>;

  function create(config: ExstreamDocumentsConfig = {}) {
    facade = jasmine.createSpyObj<DocumentResendFacade>('DocumentResendFacade', ['resend']);
    TestBed.configureTestingModule({
      imports: [I18nTestingModule],
      declarations: [DocumentResendComponent],
      providers: [
        { provide: DocumentResendFacade, useValue: facade },
        { provide: ExstreamDocumentsConfig, useValue: config },
      ],
    });
    fixture = TestBed.createComponent(DocumentResendComponent);
    fixture.componentInstance.document = invoice;
    fixture.detectChanges();
  }

  const button = () => fixture.nativeElement.querySelector('button.cx-exd-resend') as HTMLButtonElement | null;
  const text = (selector: string) => (fixture.nativeElement.querySelector(selector)?.textContent ?? '').trim();

  it('offers to send the document again, labelled with its title and number', () => {
    create();
    expect(button()?.textContent).toContain('exstreamDocumentResend.send');
    expect(button()?.getAttribute('aria-label')).toContain('exstreamDocumentResend.sendLabel');
    expect(button()?.getAttribute('aria-label')).toContain('INV-1');
  });

  it('is not offered when the viewer is configured without it', () => {
    create({ exstreamDocuments: { viewer: { resend: false } } });
    expect(button()).toBeNull();
  });

  it('sends once while a request is under way and announces when it was sent', () => {
    create();
    const answer = new Subject<DocumentResendReceipt>();
    facade.resend.and.returnValue(answer);
    button()!.click();
    fixture.detectChanges();
    expect(button()?.getAttribute('aria-disabled')).toBe('true');
    expect(button()?.textContent).toContain('exstreamDocumentResend.sending');
    button()!.click();
    expect(facade.resend).toHaveBeenCalledTimes(1);
    expect(facade.resend).toHaveBeenCalledWith('d-1');

    answer.next(receipt);
    answer.complete();
    fixture.detectChanges();
    expect(text('[role="status"]')).toContain('exstreamDocumentResend.sent');
    expect(button()?.getAttribute('aria-disabled')).toBe('false');
  });

  it('tells a busy Exstream (Retry-After) from an old proxy without the endpoint and from other failures', () => {
    create();
    const failWith = (error: DocumentsError) => {
      facade.resend.and.returnValue(throwError(error));
      button()!.click();
      fixture.detectChanges();
      return text('[role="alert"]');
    };
    expect(failWith({ status: 503, retryAfterSeconds: 5 })).toContain('exstreamDocumentResend.retryLater');
    expect(text('[role="alert"]')).toContain('seconds:5');
    expect(failWith({ status: 404, type: 'UnknownResourceError' })).toContain('exstreamDocumentResend.unavailable');
    expect(failWith({ status: 502 })).toContain('exstreamDocumentResend.failed');
    // a failure can be tried again
    facade.resend.and.returnValue(of(receipt));
    button()!.click();
    fixture.detectChanges();
    expect(text('[role="alert"]')).toBe('');
    expect(text('[role="status"]')).toContain('exstreamDocumentResend.sent');
  });
});

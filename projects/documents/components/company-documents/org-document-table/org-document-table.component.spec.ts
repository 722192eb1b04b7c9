import { NO_ERRORS_SCHEMA } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { ExstreamDocumentsConfig, OrgDocument } from '@exstream-spartacus/documents/root';
import { I18nTestingModule, LanguageService, WindowRef } from '@spartacus/core';
import { of } from 'rxjs';
import { fakeOrgDocument } from '../../../testing/company-documents-fixtures';
import { DocumentViewerService } from '../../viewer/document-viewer.service';
import { AmountPipe } from '../../shared/amount/amount.pipe';
import { DocumentTypeIconPipe, DocumentTypeLabelPipe } from '../../shared/document-type/document-type-display.pipes';
import { OrgDocumentTableComponent } from './org-document-table.component';

describe('OrgDocumentTableComponent', () => {
  let fixture: ComponentFixture<OrgDocumentTableComponent>;
  let config: ExstreamDocumentsConfig;

  beforeEach(() => {
    config = { exstreamDocuments: {} };
    TestBed.configureTestingModule({
      imports: [I18nTestingModule],
      declarations: [OrgDocumentTableComponent, AmountPipe, DocumentTypeLabelPipe, DocumentTypeIconPipe],
      providers: [
        { provide: DocumentViewerService, useValue: jasmine.createSpyObj('DocumentViewerService', ['open']) },
        { provide: ExstreamDocumentsConfig, useFactory: () => config },
        { provide: LanguageService, useValue: { getActive: () => of('en') } },
        { provide: WindowRef, useValue: { isBrowser: () => true, location: { origin: 'https://shop.example.com' } } },
      ],
      schemas: [NO_ERRORS_SCHEMA],
    });
    fixture = TestBed.createComponent(OrgDocumentTableComponent);
  });

  function render(documents: OrgDocument[]): HTMLElement {
    fixture.componentInstance.documents = documents;
    fixture.componentInstance.ngOnChanges();
    fixture.detectChanges();
    return fixture.nativeElement;
  }

  it('says in words how long an overdue invoice is overdue, next to its due date', () => {
    const el = render([
      fakeOrgDocument('INV-9', { paymentStatus: 'OVERDUE', daysOverdue: 45 }),
      fakeOrgDocument('INV-8'),
    ]);
    const marks = el.querySelectorAll('.cx-exd-overdue-mark');
    expect(marks.length).toBe(1);
    expect(marks[0].textContent).toContain('exstreamCompanyDocuments.overdueBy count:45');
    expect(marks[0].closest('tr')?.getAttribute('data-number')).toBe('INV-9');
    expect(marks[0].querySelector('cx-icon')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows the payment status and formats the amounts in the currency', () => {
    const el = render([fakeOrgDocument('INV-7', { amount: 1234.5, openAmount: 234.5, paymentStatus: 'PARTIALLY_PAID' })]);
    expect(el.querySelector('.cx-exd-status')?.textContent?.trim()).toBe('exstreamPaymentStatuses.PARTIALLY_PAID');
    expect(el.querySelector('.cx-exd-amount')?.textContent?.trim()).toBe('$1,234.50');
    expect(el.querySelector('.cx-exd-open-amount')?.textContent?.trim()).toBe('$234.50');
  });

  it('links a reminder to the invoice it reminds of', () => {
    const reminder = fakeOrgDocument('REM-1', {}, { orgDocumentType: { code: 'PAYMENT_REMINDER' } });
    reminder.document = { ...reminder.document!, references: [{ relation: 'REMINDS_OF', number: 'INV-3' }] };
    const followed: string[] = [];
    fixture.componentInstance.referenceFollowed.subscribe((number: string) => followed.push(number));
    const el = render([reminder]);
    const link = el.querySelector<HTMLButtonElement>('.cx-exd-reference-link');
    expect(link?.textContent).toContain('exstreamCompanyDocuments.references.REMINDS_OF number:INV-3');
    link?.click();
    expect(followed).toEqual(['INV-3']);
  });

  it('offers "Pay" in a new tab only for an open invoice with an https or same-site link', () => {
    const el = render([
      fakeOrgDocument('A', { paymentUrl: 'https://pay.example.com/invoices/A' }),
      fakeOrgDocument('B', { paymentUrl: '/my-account/pay/B' }),
      fakeOrgDocument('C', { paymentUrl: 'javascript:alert(1)' }),
      fakeOrgDocument('D', { paymentUrl: 'http://pay.example.com/D' }),
      fakeOrgDocument('E', { paymentUrl: 'https://pay.example.com/E', paymentStatus: 'PAID', openAmount: 0 }),
      fakeOrgDocument('F', { paymentUrl: '//evil.example.com/F' }),
    ]);
    const pays = Array.from(el.querySelectorAll<HTMLAnchorElement>('a.cx-exd-pay'));
    expect(pays.map((a) => a.closest('tr')?.getAttribute('data-number'))).toEqual(['A', 'B']);
    expect(pays[0].getAttribute('href')).toBe('https://pay.example.com/invoices/A');
    expect(pays[0].getAttribute('target')).toBe('_blank');
    expect(pays[0].getAttribute('rel')).toContain('noopener');
    expect(pays[0].getAttribute('aria-label')).toBe('exstreamCompanyDocuments.payLabel number:A');
  });

  it('limits "Pay" to the configured payment hosts', () => {
    config.exstreamDocuments = { companyDocuments: { paymentHosts: ['pay.example.com'] } };
    const el = render([
      fakeOrgDocument('A', { paymentUrl: 'https://pay.example.com/A' }),
      fakeOrgDocument('B', { paymentUrl: 'https://other.example.com/B' }),
    ]);
    const numbers = Array.from(el.querySelectorAll('a.cx-exd-pay')).map((a) => a.closest('tr')?.getAttribute('data-number'));
    expect(numbers).toEqual(['A']);
  });

  it('opens the preview of a row in the viewer with the unit\'s document', () => {
    const row = fakeOrgDocument('INV-5');
    render([row]);
    fixture.componentInstance.preview(fixture.componentInstance.rows[0]);
    expect(TestBed.inject(DocumentViewerService).open).toHaveBeenCalledWith(row.document!, undefined);
    expect(fixture.debugElement.query(By.css('cx-exd-document-actions'))).toBeTruthy();
  });
});

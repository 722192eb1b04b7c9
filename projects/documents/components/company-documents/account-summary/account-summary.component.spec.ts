import { NO_ERRORS_SCHEMA } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AccountSummary, DocumentsLoadState } from '@exstream-spartacus/documents/root';
import { I18nTestingModule, LanguageService } from '@spartacus/core';
import { of } from 'rxjs';
import { fakeBalance } from '../../../testing/company-documents-fixtures';
import { AmountPipe } from '../../shared/amount/amount.pipe';
import { AccountSummaryComponent } from './account-summary.component';

describe('AccountSummaryComponent', () => {
  let fixture: ComponentFixture<AccountSummaryComponent>;
  let language: string;

  beforeEach(() => {
    language = 'en';
    TestBed.configureTestingModule({
      imports: [I18nTestingModule],
      declarations: [AccountSummaryComponent, AmountPipe],
      providers: [{ provide: LanguageService, useValue: { getActive: () => of(language) } }],
      schemas: [NO_ERRORS_SCHEMA],
    });
    fixture = TestBed.createComponent(AccountSummaryComponent);
  });

  function render(state: DocumentsLoadState<AccountSummary>): HTMLElement {
    fixture.componentInstance.state = state;
    fixture.detectChanges();
    return fixture.nativeElement;
  }

  it('shows one balance per currency with its open and overdue amounts', () => {
    const el = render({ loading: false, value: { balances: [fakeBalance('USD'), fakeBalance('EUR', { openBalance: 50, pastDueBalance: 0 })] } });
    const balances = el.querySelectorAll('.cx-exd-balance');
    expect(Array.from(balances).map((b) => b.getAttribute('data-currency'))).toEqual(['USD', 'EUR']);
    expect(balances[0].querySelector('.cx-exd-open-balance dd')?.textContent?.trim()).toBe('$3,000.00');
    expect(balances[1].querySelector('.cx-exd-open-balance dd')?.textContent?.trim()).toBe('€50.00');
    expect(balances[0].querySelector('.cx-exd-has-overdue')).toBeTruthy();
    expect(balances[1].querySelector('.cx-exd-has-overdue')).toBeNull();
  });

  it('lists the aging buckets from "not yet due" to "more than 90 days"', () => {
    const el = render({ loading: false, value: { balances: [fakeBalance('USD')] } });
    const labels = Array.from(el.querySelectorAll('.cx-exd-aging dt')).map((dt) => dt.textContent?.trim());
    expect(labels).toEqual([
      'exstreamCompanyDocuments.summary.current',
      'exstreamCompanyDocuments.summary.days max:30 min:1',
      'exstreamCompanyDocuments.summary.days max:60 min:31',
      'exstreamCompanyDocuments.summary.days max:90 min:61',
      'exstreamCompanyDocuments.summary.daysOver days:90',
    ]);
  });

  it('shows the credit limit only when the backend sends one', () => {
    let el = render({ loading: false, value: { balances: [fakeBalance('USD')] } });
    expect(el.querySelector('.cx-exd-credit-limit')).toBeNull();
    fixture = TestBed.createComponent(AccountSummaryComponent);
    el = render({ loading: false, value: { balances: [fakeBalance('USD', { creditLimit: 10000 })] } });
    expect(el.querySelector('.cx-exd-credit-limit dd')?.textContent?.trim()).toBe('$10,000.00');
  });

  it('formats amounts in the active language', () => {
    language = 'de';
    const el = render({ loading: false, value: { balances: [fakeBalance('EUR', { openBalance: 1234.5 })] } });
    expect(el.querySelector('.cx-exd-open-balance dd')?.textContent?.trim()).toBe('1.234,50\u00a0€');
  });

  it('says when the unit has no open balance, and offers to try again after an error', () => {
    expect(render({ loading: false, value: { balances: [] } }).querySelector('.cx-exd-summary-empty')).toBeTruthy();
    fixture = TestBed.createComponent(AccountSummaryComponent);
    const el = render({ loading: false, error: { status: 503 } });
    expect(el.querySelector('cx-exd-load-error')).toBeTruthy();
    expect(el.querySelector('.cx-exd-balance')).toBeNull();
  });
});

import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ReactiveFormsModule } from '@angular/forms';
import { I18nTestingModule } from '@spartacus/core';
import { CompanyDocumentCriteria } from '../company-document-criteria';
import { OrgDocumentFiltersComponent, problemOf } from './org-document-filters.component';

describe('OrgDocumentFiltersComponent', () => {
  let fixture: ComponentFixture<OrgDocumentFiltersComponent>;
  let changes: Partial<CompanyDocumentCriteria>[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [I18nTestingModule, ReactiveFormsModule],
      declarations: [OrgDocumentFiltersComponent],
    });
    fixture = TestBed.createComponent(OrgDocumentFiltersComponent);
    changes = [];
    fixture.componentInstance.criteria = { status: 'open', overdue: false, currentPage: 0 };
    fixture.componentInstance.types = [{ code: 'INVOICE' }, { code: 'CREDIT_NOTE' }];
    fixture.componentInstance.criteriaChange.subscribe((change: Partial<CompanyDocumentCriteria>) => changes.push(change));
    fixture.componentInstance.ngOnChanges();
    fixture.detectChanges();
  });

  function el(): HTMLElement {
    return fixture.nativeElement;
  }

  function choose(selector: string, value: string): void {
    const select = el().querySelector<HTMLSelectElement>(selector)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    fixture.detectChanges();
  }

  it('applies status and "only overdue" at once', () => {
    choose('#cx-exd-status', 'closed');
    const overdue = el().querySelector<HTMLInputElement>('#cx-exd-overdue')!;
    overdue.click();
    expect(changes).toEqual([{ status: 'closed' }, { overdue: true }]);
  });

  it('filters by one number prefix, with no range', () => {
    choose('#cx-exd-filter-by', 'orgDocumentId');
    const input = el().querySelector<HTMLInputElement>('#cx-exd-filter-value')!;
    input.value = ' INV-RU ';
    input.dispatchEvent(new Event('input'));
    el().querySelector<HTMLButtonElement>('.cx-exd-apply-filter')!.click();
    expect(changes).toEqual([{ filterBy: 'orgDocumentId' as any, value: 'INV-RU', start: undefined, end: undefined }]);
  });

  it('offers the list\'s types when filtering by type', () => {
    choose('#cx-exd-filter-by', 'orgDocumentType');
    const options = Array.from(el().querySelectorAll('#cx-exd-filter-value option')).map((o) => o.getAttribute('value'));
    expect(options).toEqual(['', 'INVOICE', 'CREDIT_NOTE']);
  });

  it('does not apply a range that ends before it starts, and says why', () => {
    choose('#cx-exd-filter-by', 'amountRange');
    fixture.componentInstance.form.patchValue({ start: '500', end: '100' });
    el().querySelector<HTMLButtonElement>('.cx-exd-apply-filter')!.click();
    fixture.detectChanges();
    expect(changes).toEqual([]);
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('exstreamCompanyDocuments.filter.problems.order');
  });

  it('removes the filter when "no further filter" is chosen', () => {
    fixture.componentInstance.criteria = { status: 'open', overdue: false, currentPage: 0, filterBy: 'orgDocumentId' as any, value: 'X' };
    fixture.componentInstance.ngOnChanges();
    fixture.detectChanges();
    choose('#cx-exd-filter-by', '');
    expect(changes).toEqual([{ filterBy: undefined, value: undefined, start: undefined, end: undefined }]);
  });

  it('checks range boundaries', () => {
    expect(problemOf('date', '', '2026-13-99x', '')).toBe('invalid');
    expect(problemOf('date', '', '', '')).toBe('missing');
    expect(problemOf('date', '', '2026-01-01', '')).toBeUndefined();
    expect(problemOf('amount', '', '10', '1e5')).toBe('invalid');
  });
});

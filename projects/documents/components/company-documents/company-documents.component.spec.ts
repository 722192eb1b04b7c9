import { NO_ERRORS_SCHEMA } from '@angular/core';
import { ComponentFixture, fakeAsync, TestBed, tick } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { RouterTestingModule } from '@angular/router/testing';
import {
  AccountSummary,
  CompanyDocumentsFacade,
  DocumentsLoadState,
  DocumentUnitNode,
  ExstreamDocumentsConfig,
  OrgDocumentList,
  OrgDocumentSearchParams,
} from '@exstream-spartacus/documents/root';
import { I18nTestingModule } from '@spartacus/core';
import { BehaviorSubject, of } from 'rxjs';
import { fakeOrgDocument, orgDocumentListOf } from '../../testing/company-documents-fixtures';
import { ExstreamCompanyDocumentsComponent } from './company-documents.component';

const RUSTIC: DocumentUnitNode = { id: 'Rustic', name: 'Rustic', active: true };
const RETAIL: DocumentUnitNode = { id: 'Custom Retail', name: 'Custom Retail', parent: 'Rustic', active: true };

class FakeCompanyDocumentsFacade implements Partial<CompanyDocumentsFacade> {
  units$ = new BehaviorSubject<DocumentsLoadState<DocumentUnitNode[]>>({ loading: false, value: [RUSTIC, RETAIL] });
  lists = new Map<string, BehaviorSubject<DocumentsLoadState<OrgDocumentList>>>();
  searches: [string, OrgDocumentSearchParams][] = [];
  getUnits = () => this.units$;
  getAccountSummary = () => of<DocumentsLoadState<AccountSummary>>({ loading: false, value: { balances: [] } });
  getOrgDocuments = (unit: string) => this.list(unit);
  search = (unit: string, params: OrgDocumentSearchParams) => void this.searches.push([unit, params]);
  reload = jasmine.createSpy('reload');
  list(unit: string) {
    if (!this.lists.has(unit)) {
      this.lists.set(unit, new BehaviorSubject<DocumentsLoadState<OrgDocumentList>>({ loading: false, value: orgDocumentListOf([fakeOrgDocument(`${unit}-1`)]) }));
    }
    return this.lists.get(unit)!;
  }
}

describe('ExstreamCompanyDocumentsComponent', () => {
  let fixture: ComponentFixture<ExstreamCompanyDocumentsComponent>;
  let facade: FakeCompanyDocumentsFacade;
  let router: Router;

  beforeEach(() => {
    facade = new FakeCompanyDocumentsFacade();
    TestBed.configureTestingModule({
      imports: [I18nTestingModule, RouterTestingModule.withRoutes([{ path: 'organization/documents', children: [] }])],
      declarations: [ExstreamCompanyDocumentsComponent],
      providers: [
        { provide: CompanyDocumentsFacade, useValue: facade },
        { provide: ExstreamDocumentsConfig, useValue: { exstreamDocuments: {} } },
      ],
      schemas: [NO_ERRORS_SCHEMA],
    });
    router = TestBed.inject(Router);
  });

  function open(url: string): void {
    fakeNavigate(url);
    fixture = TestBed.createComponent(ExstreamCompanyDocumentsComponent);
    fixture.detectChanges();
  }

  function fakeNavigate(url: string): void {
    router.navigateByUrl(url);
    tick();
  }

  function el(): HTMLElement {
    return fixture.nativeElement;
  }

  it('shows the unit picker only for more than one unit', fakeAsync(() => {
    open('/organization/documents');
    expect(el().querySelector('cx-exd-unit-picker')).toBeTruthy();
    facade.units$.next({ loading: false, value: [RETAIL] });
    fixture.detectChanges();
    expect(el().querySelector('cx-exd-unit-picker')).toBeNull();
    expect(el().querySelector('.cx-exd-single-unit')?.textContent).toContain('name:Custom Retail');
  }));

  it('loads the unit named in the URL with the criteria from the URL', fakeAsync(() => {
    open('/organization/documents?unit=Custom%20Retail&status=all&overdue=true&filterBy=dueAtDateRange&from=2026-01-01&page=2');
    expect(facade.searches[facade.searches.length - 1]).toEqual([
      'Custom Retail',
      { status: 'all', currentPage: 1, overdue: true, filterByKey: 'dueAtDateRange', startRange: '2026-01-01' },
    ]);
    expect(el().querySelector('cx-exd-org-document-table')).toBeTruthy();
  }));

  it('falls back to the first unit for a unit the buyer does not read', fakeAsync(() => {
    open('/organization/documents?unit=Elsewhere');
    expect(facade.searches[0][0]).toBe('Rustic');
  }));

  it('writes a unit switch and a changed filter into the URL, on the first page', fakeAsync(() => {
    open('/organization/documents?page=3&filterBy=orgDocumentId&value=INV-1');
    fixture.componentInstance.selectUnit('Custom Retail');
    tick();
    expect(router.url).toBe('/organization/documents?unit=Custom%20Retail');
    fixture.componentInstance.refine({ overdue: true });
    tick();
    expect(router.url).toBe('/organization/documents?unit=Custom%20Retail&overdue=true');
    expect(facade.searches[facade.searches.length - 1]).toEqual(['Custom Retail', { status: 'open', currentPage: 0, overdue: true }]);
  }));

  it('follows a reminder to its invoice: that number, of any status', fakeAsync(() => {
    open('/organization/documents?overdue=true');
    fixture.componentInstance.followReference('INV-RU-2026-0033');
    tick();
    expect(router.url).toBe('/organization/documents?status=all&filterBy=orgDocumentId&value=INV-RU-2026-0033');
  }));

  it('tells "nothing matches these filters" from "no open documents" and "no documents"', fakeAsync(() => {
    open('/organization/documents?overdue=true');
    facade.list('Rustic').next({ loading: false, value: orgDocumentListOf([]) });
    fixture.detectChanges();
    expect(el().querySelector('.cx-exd-empty')?.textContent).toContain('exstreamCompanyDocuments.emptyFiltered');

    fakeNavigate('/organization/documents');
    fixture.detectChanges();
    expect(el().querySelector('.cx-exd-empty')?.textContent).toContain('exstreamCompanyDocuments.emptyStatus.open');

    fakeNavigate('/organization/documents?status=all');
    fixture.detectChanges();
    expect(el().querySelector('.cx-exd-empty-unit')?.textContent).toContain('exstreamCompanyDocuments.empty');
  }));

  it('announces the number of documents found', fakeAsync(() => {
    open('/organization/documents');
    const status = el().querySelector('.cx-exd-result-count');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent).toContain('exstreamDocuments.resultCount count:1');
  }));

  it("hands the unit and the list's filters, without paging, to the ZIP and CSV actions", fakeAsync(() => {
    open('/organization/documents?unit=Custom%20Retail&status=all&overdue=true&page=2');
    const bulk = fixture.debugElement.query(By.css('cx-exd-document-bulk-actions'));
    expect(bulk.properties.orgUnitId).toBe('Custom Retail');
    const filter = bulk.properties.orgFilter as OrgDocumentSearchParams;
    expect(filter).toEqual(jasmine.objectContaining({ status: 'all', overdue: true }));
    expect(filter.currentPage).toBeUndefined();
    expect(filter.pageSize).toBeUndefined();
    expect(fixture.componentInstance.pageIds(facade.list('Custom Retail').value.value!)).toEqual(['doc-Custom Retail-1']);
  }));

  it('says when the buyer belongs to no unit', fakeAsync(() => {
    facade.units$.next({ loading: false, value: [] });
    open('/organization/documents');
    expect(el().querySelector('.cx-exd-no-units')).toBeTruthy();
    expect(facade.searches).toEqual([]);
  }));
});

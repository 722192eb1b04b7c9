import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  OnDestroy,
  OnInit,
} from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import {
  CompanyDocumentsFacade,
  DocumentUnitNode,
  ExstreamDocumentsConfig,
  OrgDocumentFilterKey,
  OrgDocumentList,
  OrgDocumentSearchParams,
  OrgDocumentSortCode,
  OrgDocumentStatusFilter,
} from '@exstream-spartacus/documents/root';
import { TranslationService } from '@spartacus/core';
import { BehaviorSubject, combineLatest, Observable, of, Subscription } from 'rxjs';
import { distinctUntilChanged, map, switchMap } from 'rxjs/operators';
import { DocumentSelection } from '../my-documents/document-selection';
import { writeQueryParamsToUrl } from '../my-documents/document-list-url';
import { translatedLabels } from '../shared/translated-labels';
import {
  CompanyDocumentCriteria,
  companyCriteriaFromQueryParams,
  companyHasFilters,
  companyQueryParamsOf,
  sameCompanyCriteria,
  companySearchParamsOf,
  UNIT_QUERY_PARAM,
} from './company-document-criteria';

const SORT_LABEL_KEYS: Record<string, string> = Object.values(OrgDocumentSortCode).reduce(
  (keys, code) => ({ ...keys, [code]: `exstreamCompanyDocuments.sorts.${code}` }),
  {} as Record<string, string>
);

/**
 * "Company documents" in My Company: the documents of the B2B units the
 * buyer reads — their own unit, and for administrators the units below —
 * with each unit's open balance and aging, then its invoices, credit notes,
 * reminders and statements with filters, sorting and paging. The unit and
 * the criteria live in the page URL.
 */
@Component({
  selector: 'cx-exd-company-documents',
  templateUrl: './company-documents.component.html',
  styleUrls: ['./company-documents.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExstreamCompanyDocumentsComponent implements OnInit, OnDestroy {
  readonly defaultStatus: OrgDocumentStatusFilter =
    this.config.exstreamDocuments?.companyDocuments?.defaultStatus ?? 'open';
  criteria: CompanyDocumentCriteria = companyCriteriaFromQueryParams(
    this.route.snapshot.queryParamMap,
    this.defaultStatus
  );
  readonly selection = new DocumentSelection();
  readonly bulkActions = this.config.exstreamDocuments?.bulkActions !== false;

  readonly units$ = this.facade.getUnits();
  /** the unit in the URL when the buyer reads it, else their first unit */
  protected readonly unitId$ = new BehaviorSubject<string | undefined>(undefined);
  readonly selectedUnit$: Observable<DocumentUnitNode | undefined> = combineLatest([
    this.units$,
    this.unitId$,
  ]).pipe(
    map(([units, id]) => units.value?.find((unit) => unit.id === id)),
    distinctUntilChanged()
  );
  readonly summary$ = this.forUnit((id) => this.facade.getAccountSummary(id));
  readonly documents$ = this.forUnit((id) => this.facade.getOrgDocuments(id));
  readonly sortLabels$ = translatedLabels(this.translation, SORT_LABEL_KEYS);

  protected readonly subscriptions = new Subscription();

  constructor(
    protected facade: CompanyDocumentsFacade,
    protected config: ExstreamDocumentsConfig,
    protected translation: TranslationService,
    protected route: ActivatedRoute,
    protected router: Router,
    protected cd: ChangeDetectorRef
  ) {}

  ngOnInit(): void {
    this.subscriptions.add(
      combineLatest([this.units$, this.route.queryParamMap]).subscribe(([units, params]) => {
        const list = units.value ?? [];
        const wanted = params.get(UNIT_QUERY_PARAM);
        const unitId = list.find((unit) => unit.id === wanted)?.id ?? list[0]?.id;
        const criteria = companyCriteriaFromQueryParams(params, this.defaultStatus);
        const changed = unitId !== this.unitId$.value || !sameCompanyCriteria(criteria, this.criteria);
        this.criteria = criteria;
        if (unitId && changed) {
          this.selection.clear();
          this.facade.search(unitId, companySearchParamsOf(criteria));
        }
        if (unitId !== this.unitId$.value) this.unitId$.next(unitId);
        this.cd.markForCheck();
      })
    );
  }

  ngOnDestroy(): void {
    this.subscriptions.unsubscribe();
  }

  get unitId(): string | undefined {
    return this.unitId$.value;
  }

  /** Another unit keeps status, "only overdue" and sort; a number or range belonged to the last one. */
  selectUnit(unitId: string): void {
    const { status, overdue, sort } = this.criteria;
    writeQueryParamsToUrl(this.router, {
      [UNIT_QUERY_PARAM]: unitId,
      ...companyQueryParamsOf({ status, overdue, sort, currentPage: 0 }, this.defaultStatus),
    });
  }

  /** A changed filter starts at the first page. */
  refine(change: Partial<CompanyDocumentCriteria>): void {
    this.apply({ ...this.criteria, ...change, currentPage: 0 });
  }

  /** A reminder's or credit note's invoice: that number, whatever its status. */
  followReference(number: string): void {
    this.refine({
      status: 'all',
      overdue: false,
      filterBy: OrgDocumentFilterKey.NUMBER,
      value: number,
      start: undefined,
      end: undefined,
    });
  }

  clearFilters(): void {
    this.apply({ status: this.defaultStatus, overdue: false, sort: this.criteria.sort, currentPage: 0 });
  }

  showAllStatuses(): void {
    this.refine({ status: 'all' });
  }

  changeSort(sort: string): void {
    this.apply({ ...this.criteria, sort, currentPage: 0 });
  }

  pageChange(currentPage: number): void {
    this.apply({ ...this.criteria, currentPage });
  }

  retry(): void {
    if (this.unitId) this.facade.reload(this.unitId);
  }

  retryUnits(): void {
    this.facade.reload();
  }

  filtered(): boolean {
    return companyHasFilters(this.criteria, this.defaultStatus);
  }

  /** What "Download all matching" and the CSV export take: the list's filters and sort, no paging. */
  bulkFilter(): OrgDocumentSearchParams {
    const { currentPage: _page, pageSize: _size, ...filter } = companySearchParamsOf(this.criteria);
    return filter;
  }

  pageIds(list: OrgDocumentList): string[] {
    return list.orgDocuments.map((row) => row.document?.id).filter((id): id is string => !!id);
  }

  protected apply(criteria: CompanyDocumentCriteria): void {
    if (!sameCompanyCriteria(criteria, this.criteria)) {
      writeQueryParamsToUrl(this.router, companyQueryParamsOf(criteria, this.defaultStatus));
    }
  }

  protected forUnit<T>(load: (unitId: string) => Observable<T>): Observable<T | undefined> {
    return this.unitId$.pipe(
      distinctUntilChanged(),
      switchMap((id) => (id ? load(id) : of(undefined)))
    );
  }
}


import { ParamMap, Params } from '@angular/router';
import {
  OrgDocumentFilterKey,
  OrgDocumentSearchParams,
  OrgDocumentStatusFilter,
} from '@exstream-spartacus/documents/root';

/** What a buyer chose on Company documents; the page URL keeps it. */
export interface CompanyDocumentCriteria {
  status: OrgDocumentStatusFilter;
  overdue: boolean;
  /** the one SAP filter in use (`filterByKey`) */
  filterBy?: OrgDocumentFilterKey;
  /** number prefix or type code */
  value?: string;
  /** range boundaries: YYYY-MM-DD for dates, decimals for amounts */
  start?: string;
  end?: string;
  sort?: string;
  /** 0-based */
  currentPage: number;
}

/** The filters the "Filter by" select offers, in its order, and what each takes. */
export const COMPANY_DOCUMENT_FILTERS: { key: OrgDocumentFilterKey; input: 'text' | 'type' | 'date' | 'amount' }[] = [
  { key: OrgDocumentFilterKey.NUMBER, input: 'text' },
  { key: OrgDocumentFilterKey.TYPE, input: 'type' },
  { key: OrgDocumentFilterKey.DUE_RANGE, input: 'date' },
  { key: OrgDocumentFilterKey.CREATED_RANGE, input: 'date' },
  { key: OrgDocumentFilterKey.AMOUNT_RANGE, input: 'amount' },
  { key: OrgDocumentFilterKey.OPEN_AMOUNT_RANGE, input: 'amount' },
];

export type CompanyDocumentFilterInput = 'text' | 'type' | 'date' | 'amount';

export function filterInputOf(key: string | undefined): CompanyDocumentFilterInput | undefined {
  return COMPANY_DOCUMENT_FILTERS.find((filter) => filter.key === key)?.input;
}

const PARAM = {
  unit: 'unit',
  status: 'status',
  overdue: 'overdue',
  filterBy: 'filterBy',
  value: 'value',
  start: 'from',
  end: 'to',
  sort: 'sort',
  page: 'page',
} as const;

/** The query parameter that holds the selected unit. */
export const UNIT_QUERY_PARAM = PARAM.unit;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^\d{1,12}(\.\d{1,2})?$/;
const MAX_TEXT = 64;
const STATUSES: OrgDocumentStatusFilter[] = ['open', 'closed', 'all'];

/** Whether a range boundary fits its filter (`date` or `amount`). */
export function validRangeBoundary(input: CompanyDocumentFilterInput | undefined, value: string): boolean {
  return input === 'date' ? ISO_DATE.test(value) : input === 'amount' ? DECIMAL.test(value) : false;
}

/** Reads the criteria from the page URL; what it cannot use is left out. */
export function companyCriteriaFromQueryParams(
  params: ParamMap,
  defaultStatus: OrgDocumentStatusFilter = 'open'
): CompanyDocumentCriteria {
  const status = params.get(PARAM.status) as OrgDocumentStatusFilter;
  const page = Number(params.get(PARAM.page));
  const criteria: CompanyDocumentCriteria = {
    status: STATUSES.includes(status) ? status : defaultStatus,
    overdue: params.get(PARAM.overdue) === 'true',
    sort: params.get(PARAM.sort)?.slice(0, MAX_TEXT) || undefined,
    currentPage: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
  const filterBy = params.get(PARAM.filterBy) ?? '';
  const input = filterInputOf(filterBy);
  if (input === 'text' || input === 'type') {
    const value = params.get(PARAM.value)?.trim().slice(0, MAX_TEXT);
    if (value) return { ...criteria, filterBy: filterBy as OrgDocumentFilterKey, value };
  } else if (input) {
    const start = params.get(PARAM.start) ?? '';
    const end = params.get(PARAM.end) ?? '';
    const range = {
      start: validRangeBoundary(input, start) ? start : undefined,
      end: validRangeBoundary(input, end) ? end : undefined,
    };
    if (range.start || range.end) {
      return { ...criteria, filterBy: filterBy as OrgDocumentFilterKey, ...range };
    }
  }
  return criteria;
}

/** The query parameters of the criteria; `null` removes one at its default. */
export function companyQueryParamsOf(
  criteria: CompanyDocumentCriteria,
  defaultStatus: OrgDocumentStatusFilter = 'open'
): Params {
  return {
    [PARAM.status]: criteria.status !== defaultStatus ? criteria.status : null,
    [PARAM.overdue]: criteria.overdue ? 'true' : null,
    [PARAM.filterBy]: criteria.filterBy ?? null,
    [PARAM.value]: criteria.value || null,
    [PARAM.start]: criteria.start || null,
    [PARAM.end]: criteria.end || null,
    [PARAM.sort]: criteria.sort || null,
    [PARAM.page]: criteria.currentPage > 0 ? String(criteria.currentPage + 1) : null,
  };
}

export function sameCompanyCriteria(a: CompanyDocumentCriteria, b: CompanyDocumentCriteria): boolean {
  return JSON.stringify(companyQueryParamsOf(a)) === JSON.stringify(companyQueryParamsOf(b));
}

/**
 * Whether the buyer narrowed the list (for the empty state): "only overdue",
 * a "filter by", or a status that is neither the default nor "all".
 */
export function companyHasFilters(criteria: CompanyDocumentCriteria, defaultStatus: OrgDocumentStatusFilter = 'open'): boolean {
  return (
    criteria.overdue ||
    !!criteria.filterBy ||
    (criteria.status !== defaultStatus && criteria.status !== 'all')
  );
}

/** The request for one page of the unit's documents. */
export function companySearchParamsOf(criteria: CompanyDocumentCriteria): OrgDocumentSearchParams {
  const params: OrgDocumentSearchParams = {
    status: criteria.status,
    currentPage: criteria.currentPage,
  };
  if (criteria.overdue) params.overdue = true;
  if (criteria.sort) params.sort = criteria.sort;
  if (criteria.filterBy) {
    params.filterByKey = criteria.filterBy;
    if (criteria.value) params.filterByValue = criteria.value;
    if (criteria.start) params.startRange = criteria.start;
    if (criteria.end) params.endRange = criteria.end;
  }
  return params;
}

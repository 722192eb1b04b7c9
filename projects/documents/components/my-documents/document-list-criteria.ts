import { Params, ParamMap } from '@angular/router';
import { DocumentFilter, DocumentSearchParams } from '@exstream-spartacus/documents/root';

/** What a shopper chose on My Documents; the page URL keeps it. */
export interface DocumentListCriteria {
  types: string[];
  /** number or title */
  query?: string;
  orderCode?: string;
  /** ISO dates (YYYY-MM-DD), inclusive */
  from?: string;
  to?: string;
  unread: boolean;
  sort?: string;
  /** 0-based */
  currentPage: number;
}

export const NO_CRITERIA: DocumentListCriteria = { types: [], unread: false, currentPage: 0 };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 100;

/** The URL's query parameters of each criterion (`page` counts from 1, as shoppers do). */
const PARAM = {
  types: 'type',
  query: 'q',
  orderCode: 'order',
  from: 'from',
  to: 'to',
  unread: 'unread',
  sort: 'sort',
  page: 'page',
} as const;

/** Reads the criteria from the page URL; values it cannot use (e.g. a bad date) are left out. */
export function criteriaFromQueryParams(params: ParamMap): DocumentListCriteria {
  const text = (name: string) => params.get(name)?.trim().slice(0, MAX_TEXT) || undefined;
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return ISO_DATE.test(value) ? value : undefined;
  };
  const page = Number(params.get(PARAM.page));
  return {
    types: (params.get(PARAM.types) ?? '').split(',').filter(Boolean),
    query: text(PARAM.query),
    orderCode: text(PARAM.orderCode),
    from: date(PARAM.from),
    to: date(PARAM.to),
    unread: params.get(PARAM.unread) === 'true',
    sort: text(PARAM.sort),
    currentPage: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

/** The query parameters for the criteria; `null` removes a parameter that is at its default. */
export function queryParamsOf(criteria: DocumentListCriteria): Params {
  return {
    [PARAM.types]: criteria.types.length ? criteria.types.join(',') : null,
    [PARAM.query]: criteria.query || null,
    [PARAM.orderCode]: criteria.orderCode || null,
    [PARAM.from]: criteria.from || null,
    [PARAM.to]: criteria.to || null,
    [PARAM.unread]: criteria.unread ? 'true' : null,
    [PARAM.sort]: criteria.sort || null,
    [PARAM.page]: criteria.currentPage > 0 ? String(criteria.currentPage + 1) : null,
  };
}

export function sameCriteria(a: DocumentListCriteria, b: DocumentListCriteria): boolean {
  return JSON.stringify(queryParamsOf(a)) === JSON.stringify(queryParamsOf(b));
}

/** Filters in use (each type counts, a date range counts once); sort and page are not filters. */
export function activeFilterCount(criteria: DocumentListCriteria): number {
  return (
    criteria.types.length +
    (criteria.query ? 1 : 0) +
    (criteria.orderCode ? 1 : 0) +
    (criteria.from || criteria.to ? 1 : 0) +
    (criteria.unread ? 1 : 0)
  );
}

/** The same criteria without any filter, on the first page. */
export function withoutFilters(criteria: DocumentListCriteria): DocumentListCriteria {
  return { ...NO_CRITERIA, sort: criteria.sort };
}

/** The documents the criteria select, whatever the page; `types` are the ones to search. */
export function filterOf(criteria: DocumentListCriteria, types: string[]): DocumentFilter {
  const filter: DocumentFilter = { types };
  if (criteria.query) filter.query = criteria.query;
  if (criteria.orderCode) filter.orderCode = criteria.orderCode;
  if (criteria.from) filter.from = criteria.from;
  if (criteria.to) filter.to = criteria.to;
  if (criteria.unread) filter.unread = true;
  if (criteria.sort) filter.sort = criteria.sort;
  return filter;
}

/** The list request for the criteria: only the criteria in use, plus the slot's page size. */
export function searchParamsOf(
  criteria: DocumentListCriteria,
  types: string[],
  pageSize?: number
): DocumentSearchParams {
  const { sort, ...filter } = filterOf(criteria, types);
  const params: DocumentSearchParams = { ...filter, sort, currentPage: criteria.currentPage };
  if (pageSize) params.pageSize = pageSize;
  return params;
}

/** `values` with `value` added, or removed when it is there. */
export function toggled(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

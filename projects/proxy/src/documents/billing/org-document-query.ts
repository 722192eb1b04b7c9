import { ValidationError } from '../../errors';
import type { SchemaType } from '../../schema-type';
import { DOCUMENT_TYPES, isDocumentType } from '../document-types';
import { MAX_PAGE_SIZE } from '../list-query';
import type { DocumentQuery } from '../model';
import { PAYMENT_STATUSES, utcDate } from './billing';
import { DEFAULT_ORG_DOCUMENT_SORT, ORG_DOCUMENT_SORTS, type BillingFilter } from './billing-filter';

/** SAP's account summary filter keys (`filterByKey`), each read from filterByValue or startRange/endRange. */
export const ORG_DOCUMENT_FILTER_KEYS = [
  'orgDocumentId',
  'orgDocumentIdRange',
  'orgDocumentType',
  'createdAtDateRange',
  'dueAtDateRange',
  'amountRange',
  'openAmountRange',
] as const;

/** The querystring of `orgUnits/{orgUnitId}/orgDocuments`: SAP's DocumentQueryParams, plus payment status. */
export const orgDocumentQuerySchema = {
  type: 'object',
  properties: {
    page: { type: 'integer', minimum: 0, maximum: 1_000_000 },
    pageSize: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE },
    sort: { type: 'string', enum: [...ORG_DOCUMENT_SORTS] },
    fields: { type: 'string', maxLength: 400 },
    status: { type: 'string', enum: ['all', 'open', 'closed'] },
    filterByKey: { type: 'string', enum: [...ORG_DOCUMENT_FILTER_KEYS] },
    filterByValue: { type: 'string', maxLength: 100 },
    startRange: { type: 'string', maxLength: 40 },
    endRange: { type: 'string', maxLength: 40 },
    paymentStatus: {
      type: 'array',
      maxItems: PAYMENT_STATUSES.length,
      items: { type: 'string', enum: [...PAYMENT_STATUSES] },
      description: 'Not in SAP’s API: only documents in these payment states (OVERDUE: open and past the due date)',
    },
    lang: { type: 'string', maxLength: 20 },
    curr: { type: 'string', maxLength: 3 },
  },
} as const;

export type OrgDocumentQueryParams = SchemaType<typeof orgDocumentQuerySchema>;

const SAP = orgDocumentQuerySchema.properties;
const FILTER_FIELDS = ['sort', 'status', 'filterByKey', 'filterByValue', 'startRange', 'endRange', 'paymentStatus'] as const;

/** SAP's list filters and sort without paging: the CSV export's querystring and an archive's `filter`. */
export const orgDocumentFilterSchema = {
  type: 'object',
  propertyNames: { enum: [...FILTER_FIELDS] },
  properties: {
    sort: SAP.sort,
    status: SAP.status,
    filterByKey: SAP.filterByKey,
    filterByValue: SAP.filterByValue,
    startRange: SAP.startRange,
    endRange: SAP.endRange,
    paymentStatus: SAP.paymentStatus,
  },
} as const;

/** The CSV export's querystring: the filters and sort, and the site context Spartacus adds to every OCC call. */
export const orgDocumentExportQuerySchema = {
  type: 'object',
  properties: { ...orgDocumentFilterSchema.properties, lang: SAP.lang, curr: SAP.curr },
} as const;

const US_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** SAP sends MM/DD/YYYY; YYYY-MM-DD is taken too. Empty means "no bound". */
function dateParam(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const us = US_DATE.exec(value.trim());
  const iso = us ? `${us[3]}-${us[1]}-${us[2]}` : value.trim();
  if (!ISO_DATE.test(iso) || !new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)) {
    throw new ValidationError(name, `Query parameter '${name}' must be a date MM/DD/YYYY or YYYY-MM-DD`);
  }
  return iso;
}

function amountParam(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^-?\d{1,15}(\.\d{1,6})?$/.test(value.trim())) throw new ValidationError(name, `Query parameter '${name}' must be a decimal amount`);
  return Number(value.trim());
}

function textParam(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new ValidationError(name, `Query parameter '${name}' must not contain control characters`);
  return value.trim();
}

/** startRange/endRange read by `parse`, the start not after the end. */
function rangeOf<T extends string | number>(
  params: OrgDocumentQueryParams,
  parse: (name: string, value: string | undefined) => T | undefined,
): [T | undefined, T | undefined] {
  const low = parse('startRange', params.startRange);
  const high = parse('endRange', params.endRange);
  if (low !== undefined && high !== undefined && low > high) {
    throw new ValidationError('startRange', "Query parameter 'startRange' must not be after 'endRange'");
  }
  return [low, high];
}

/** SAP's list parameters as a DocumentQuery of the unit's documents, judged overdue on `today`. */
export function toOrgDocumentQuery(params: OrgDocumentQueryParams, today: string = utcDate()): DocumentQuery {
  const billing: BillingFilter = { today };
  const query: DocumentQuery = {
    types: [],
    currentPage: params.page ?? 0,
    pageSize: params.pageSize ?? 10,
    sort: params.sort ?? DEFAULT_ORG_DOCUMENT_SORT,
    billing,
  };
  if (params.status === 'open' || params.status === 'closed') billing.status = params.status;
  if (params.paymentStatus && params.paymentStatus.length > 0) billing.paymentStatuses = [...params.paymentStatus];
  const value = params.filterByValue;
  switch (params.filterByKey) {
    case 'orgDocumentId':
      billing.numberPrefix = textParam('filterByValue', value);
      break;
    case 'orgDocumentType': {
      const type = textParam('filterByValue', value);
      if (type !== undefined && !isDocumentType(type)) {
        throw new ValidationError('filterByValue', `Unknown document type '${type}' (allowed: ${DOCUMENT_TYPES.join(', ')})`);
      }
      if (type !== undefined) query.types = [type];
      break;
    }
    case 'orgDocumentIdRange':
      [billing.numberFrom, billing.numberTo] = rangeOf(params, textParam);
      break;
    case 'createdAtDateRange': {
      const [from, to] = rangeOf(params, dateParam);
      if (from !== undefined) query.from = new Date(`${from}T00:00:00Z`);
      if (to !== undefined) query.toExclusive = new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS);
      break;
    }
    case 'dueAtDateRange':
      [billing.dueFrom, billing.dueTo] = rangeOf(params, dateParam);
      break;
    case 'amountRange':
      [billing.amountMin, billing.amountMax] = rangeOf(params, amountParam);
      break;
    case 'openAmountRange':
      [billing.openAmountMin, billing.openAmountMax] = rangeOf(params, amountParam);
      break;
  }
  for (const key of Object.keys(billing) as (keyof BillingFilter)[]) if (billing[key] === undefined) delete billing[key];
  return query;
}

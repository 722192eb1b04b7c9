import { ValidationError } from '../errors';
import type { SchemaType } from '../schema-type';
import { continueFromCursor } from './list-cursor';
import {
  DEFAULT_SORT,
  DOCUMENT_SORTS,
  DOCUMENT_TYPES,
  isDocumentType,
  type DocumentQuery,
  type DocumentType,
} from './model';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

/** The list parameters a shopper may send (the list route's querystring schema). */
export const listQuerySchema = {
  type: 'object',
  properties: {
    type: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 400 } },
    orderCode: { type: 'string', maxLength: 64 },
    from: { type: 'string', maxLength: 40 },
    to: { type: 'string', maxLength: 40 },
    q: { type: 'string', maxLength: 100 },
    unread: { type: 'boolean' },
    currentPage: { type: 'integer', minimum: 0, maximum: 1_000_000 },
    pageSize: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE },
    sort: { type: 'string', enum: [...DOCUMENT_SORTS] },
    cursor: {
      type: 'string',
      maxLength: 400,
      pattern: '^[A-Za-z0-9_-]+$',
      description: "pagination.nextCursor of the previous page (same filters, sort byDateDesc): the next page by keyset, whatever its number; replaces currentPage",
    },
  },
} as const;

const LIST = listQuerySchema.properties;

/** The list's filters alone (no paging, no sort), e.g. the body of an archive request: the same fields and rules. */
export const listFilterSchema = {
  type: 'object',
  propertyNames: { enum: ['type', 'orderCode', 'from', 'to', 'q', 'unread'] },
  properties: { type: LIST.type, orderCode: LIST.orderCode, from: LIST.from, to: LIST.to, q: LIST.q, unread: LIST.unread },
} as const;

/** The list's filters and sort, no paging (the CSV export's querystring). */
export const exportQuerySchema = {
  type: 'object',
  properties: { ...listFilterSchema.properties, sort: LIST.sort },
} as const;

/** The list parameters after HTTP schema validation (types coerced, ranges checked). */
export type ListParameters = SchemaType<typeof listQuerySchema>;

/** Applies defaults and the rules a schema cannot express (type lists, dates, from <= to). */
export function toDocumentQuery(params: ListParameters): DocumentQuery {
  const from = params.from === undefined ? undefined : parseBound('from', params.from);
  const to = params.to === undefined ? undefined : parseBound('to', params.to);
  if (from && to && to.exclusiveEnd.getTime() <= from.start.getTime()) {
    throw new ValidationError('to', `Query parameter 'to' (${params.to}) must not be before 'from' (${params.from})`);
  }
  const q = params.q?.trim();
  const orderCode = params.orderCode?.trim();
  const query: DocumentQuery = {
    types: parseTypes(params.type ?? []),
    orderCode: orderCode ? orderCode : undefined,
    from: from?.start,
    toExclusive: to?.exclusiveEnd,
    q: q ? q : undefined,
    unread: params.unread,
    currentPage: params.currentPage ?? 0,
    pageSize: params.pageSize ?? DEFAULT_PAGE_SIZE,
    sort: params.sort ?? DEFAULT_SORT,
  };
  return params.cursor === undefined ? query : continueFromCursor(query, params.cursor);
}

/** `type` may repeat and each value may hold a comma-separated list. */
function parseTypes(values: string[]): DocumentType[] {
  const result = new Set<DocumentType>();
  for (const value of values) {
    for (const part of value.split(',')) {
      const code = part.trim();
      if (code === '') continue;
      if (!isDocumentType(code)) {
        throw new ValidationError(
          'type',
          `Query parameter 'type' has unknown value '${truncate(code)}'; allowed: ${DOCUMENT_TYPES.join(', ')}`,
        );
      }
      result.add(code);
    }
  }
  return [...result];
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

interface Bound {
  start: Date;
  /** the first instant after the value (a whole day for a date, one millisecond for a date-time) */
  exclusiveEnd: Date;
}

/** ISO 8601 date (`2026-10-02`, a whole UTC day) or date-time with offset (`2026-10-02T09:14:00Z`). */
function parseBound(name: 'from' | 'to', value: string): Bound {
  const invalid = () =>
    new ValidationError(
      name,
      `Query parameter '${name}' must be an ISO 8601 date (YYYY-MM-DD) or date-time with offset, got '${truncate(value)}'`,
    );
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const [, y, m, d] = dateOnly.map(Number);
    if (!isCalendarDate(y, m, d)) throw invalid();
    const start = new Date(Date.UTC(y, m - 1, d));
    return { start, exclusiveEnd: new Date(Date.UTC(y, m - 1, d + 1)) };
  }
  const dateTime = DATE_TIME.exec(value);
  if (dateTime) {
    const [y, m, d, hh, mm] = dateTime.slice(1, 6).map(Number);
    const ss = dateTime[6] === undefined ? 0 : Number(dateTime[6]);
    if (!isCalendarDate(y, m, d) || hh > 23 || mm > 59 || ss > 59) throw invalid();
    const time = Date.parse(value);
    if (Number.isNaN(time)) throw invalid();
    return { start: new Date(time), exclusiveEnd: new Date(time + 1) };
  }
  throw invalid();
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

import type { DocumentQuery } from '../documents/model';
import type { BoundParameters } from './document-list-filters';

const DAY_MS = 86_400_000;

/** A half-open range of epoch milliseconds; an absent bound is open. */
export interface TimeSpan {
  from?: number;
  to?: number;
}

/**
 * How a date range splits over the per-owner counters (UTC): the whole months inside it, the whole
 * days outside those, and what is left of a day at either end (bounds with a time of day), which is
 * counted from the documents. So counting costs a few dozen counter rows, whatever the account holds.
 */
export interface PeriodCover {
  months: TimeSpan[];
  days: TimeSpan[];
  rows: TimeSpan[];
}

const floorDay = (time: number) => Math.floor(time / DAY_MS) * DAY_MS;
const ceilDay = (time: number) => Math.ceil(time / DAY_MS) * DAY_MS;
function floorMonth(time: number): number {
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}
function ceilMonth(time: number): number {
  const start = floorMonth(time);
  if (start === time) return time;
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

const before = (a: number | undefined, b: number | undefined) => a === undefined || b === undefined || a < b;

export function periodCover(from: number | undefined, to: number | undefined): PeriodCover {
  const firstDay = from === undefined ? undefined : ceilDay(from);
  const endDay = to === undefined ? undefined : floorDay(to);
  if (!before(firstDay, endDay)) return { months: [], days: [], rows: [{ from, to }] };
  const rows: TimeSpan[] = [];
  if (from !== undefined && from < firstDay!) rows.push({ from, to: firstDay });
  if (to !== undefined && endDay! < to) rows.push({ from: endDay, to });

  const firstMonth = firstDay === undefined ? undefined : ceilMonth(firstDay);
  const endMonth = endDay === undefined ? undefined : floorMonth(endDay);
  if (!before(firstMonth, endMonth)) return { months: [], days: [{ from: firstDay, to: endDay }], rows };
  const days: TimeSpan[] = [];
  if (firstDay !== undefined && firstDay < firstMonth!) days.push({ from: firstDay, to: firstMonth });
  if (endDay !== undefined && endMonth! < endDay) days.push({ from: endMonth, to: endDay });
  return { months: [{ from: firstMonth, to: endMonth }], days, rows };
}

/** True when the list filters are a date range plus, at most, types and unread: the period counters answer the totals and facets. */
export function periodCountersAnswer(query: DocumentQuery): boolean {
  return (
    (query.from !== undefined || query.toExclusive !== undefined) &&
    query.orderCode === undefined &&
    (query.q ?? '') === '' &&
    query.billing === undefined
  );
}

/**
 * Per type: how many of the owner's documents lie in the query's date range and how many of them
 * are read (columns `code`, `total`, `readCount`), from the period counters and the edge rows.
 */
export function periodTypeCountsSql(ownerUid: string, query: DocumentQuery, params: BoundParameters): string {
  const bind = params.bind;
  const { months, days, rows } = periodCover(query.from?.getTime(), query.toExclusive?.getTime());
  const range = (column: string, span: TimeSpan) =>
    [span.from === undefined ? '' : ` AND ${column} >= ${bind(span.from)}`, span.to === undefined ? '' : ` AND ${column} < ${bind(span.to)}`].join('');
  const counters = (granularity: 'day' | 'month') => (span: TimeSpan) =>
    `SELECT type, total, read_count FROM owner_period_counts
       WHERE owner_uid = ${bind(ownerUid)} AND granularity = '${granularity}'${range('period_start', span)}`;
  const edge = (span: TimeSpan) =>
    `SELECT d.type, 1 AS total, d.owner_read AS read_count FROM documents d WHERE d.owner_uid = ${bind(ownerUid)}${range('d.created_at', span)}`;
  const parts = [...months.map(counters('month')), ...days.map(counters('day')), ...rows.map(edge)];
  return `SELECT c.type AS "code", SUM(c.total) AS "total", SUM(c.read_count) AS "readCount"
    FROM (${parts.join(' UNION ALL ')}) c GROUP BY c.type HAVING SUM(c.total) > 0`;
}

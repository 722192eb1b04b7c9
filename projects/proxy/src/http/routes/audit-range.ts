import { ValidationError } from '../../errors';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `from`/`to`: a date (whole UTC day, both inclusive) or a date-time with offset (inclusive). */
export function parseAuditRange(from?: string, to?: string): { from?: Date; toExclusive?: Date } {
  const start = from === undefined ? undefined : bound('from', from);
  const end = to === undefined ? undefined : bound('to', to);
  if (start && end && end.exclusiveEnd.getTime() <= start.start.getTime()) {
    throw new ValidationError('to', `Query parameter 'to' must not be before 'from'`);
  }
  return { from: start?.start, toExclusive: end?.exclusiveEnd };
}

function bound(name: string, value: string): { start: Date; exclusiveEnd: Date } {
  const time = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  if ((!DATE_ONLY.test(value) && !DATE_TIME.test(value)) || Number.isNaN(time)) {
    throw new ValidationError(name, `Query parameter '${name}' must be an ISO 8601 date or date-time with offset`);
  }
  return { start: new Date(time), exclusiveEnd: new Date(DATE_ONLY.test(value) ? time + 86_400_000 : time + 1) };
}

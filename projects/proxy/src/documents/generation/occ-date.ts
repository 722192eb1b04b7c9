const OCC_DATE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})$/;

/**
 * OCC writes dates as `2021-02-23T21:08:21+0000` (no colon in the offset), other sources as
 * RFC 3339. Driver data carries one format: RFC 3339 in UTC (`2021-02-23T21:08:21.000Z`).
 * Anything else (no offset, not a date) becomes null rather than a guess.
 */
export function normaliseOccDate(value: string | undefined): string | null {
  const match = value === undefined ? null : OCC_DATE.exec(value.trim());
  if (!match) return null;
  const offset = match[2] === 'Z' ? 'Z' : `${match[2].slice(0, 3)}:${match[2].slice(-2)}`;
  const time = Date.parse(`${match[1]}${offset}`);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

// Money and calendar days of the unit documents: integer cents, decimal strings, YYYY-MM-DD days.

export type BillingCurrency = 'USD' | 'EUR';

/** `123450` → `"1234.50"`: the manifest's decimal string in major units (never floating point). */
export function decimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const FORMATS: Record<BillingCurrency, Intl.NumberFormat> = {
  USD: new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }),
  EUR: new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }),
};

/** `123450, 'EUR'` → `"€1,234.50"` for the PDFs. */
export function money(cents: number, currency: BillingCurrency): string {
  return FORMATS[currency].format(Number(decimal(cents)));
}

const DAY_MS = 24 * 3600 * 1000;

/** The calendar day (UTC) of an ISO timestamp or day. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** `day` moved by `days` (negative: earlier). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A timestamp in the manifest's form (`2026-09-01T08:00:00Z`) on `day` at `hour` UTC. */
export function at(day: string, hour: number): string {
  return `${day}T${String(hour).padStart(2, '0')}:00:00Z`;
}

const LONG_DAY = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
const SHORT_DAY = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
const MONTH = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long' });

/** `2026-10-01` → `October 1, 2026`. */
export function longDay(day: string): string {
  return LONG_DAY.format(new Date(`${dayOf(day)}T00:00:00Z`));
}

/** `2026-10-01` → `Oct 1, 2026`. */
export function shortDay(day: string): string {
  return SHORT_DAY.format(new Date(`${dayOf(day)}T00:00:00Z`));
}

/** `2026-10-01` → `October 2026`. */
export function monthName(day: string): string {
  return MONTH.format(new Date(`${dayOf(day)}T00:00:00Z`));
}

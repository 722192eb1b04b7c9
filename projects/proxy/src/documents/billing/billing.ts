/**
 * Amounts, due dates and payment state of billing documents (invoices, credit notes, statements,
 * payment reminders). Amounts are kept in the currency's minor units so sums are exact; "overdue"
 * is never stored — it follows from the due date, the open amount and today's date.
 */

/** What ingest and payment events may set. */
export const STORED_PAYMENT_STATUSES = ['OPEN', 'PARTIALLY_PAID', 'PAID', 'CANCELLED'] as const;
export type StoredPaymentStatus = (typeof STORED_PAYMENT_STATUSES)[number];

/** What the API answers: the stored status, or OVERDUE when an open amount is past its due date. */
export const PAYMENT_STATUSES = ['OPEN', 'PARTIALLY_PAID', 'PAID', 'OVERDUE', 'CANCELLED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** The statuses that still expect money. */
export const UNSETTLED_STATUSES: readonly StoredPaymentStatus[] = ['OPEN', 'PARTIALLY_PAID'];

/** How a document points at another one of the same owner, by number. */
export const REFERENCE_RELATIONS = ['REMINDS_OF', 'CREDITS'] as const;
export type ReferenceRelation = (typeof REFERENCE_RELATIONS)[number];

export interface DocumentReference {
  relation: ReferenceRelation;
  number: string;
}

/** Days past the due date, as SAP's account summary ranges them; the last range has no upper bound. */
export const AGING_RANGES: readonly { minBoundary: number; maxBoundary?: number }[] = [
  { minBoundary: 1, maxBoundary: 30 },
  { minBoundary: 31, maxBoundary: 60 },
  { minBoundary: 61, maxBoundary: 90 },
  { minBoundary: 91 },
];

export const MAX_DUNNING_LEVEL = 3;

/** One currency of an owner's open balance, in minor units; `ranges` follow AGING_RANGES. */
export interface BillingBalance {
  currency: string;
  open: number;
  pastDue: number;
  /** open and not yet due (or without a due date) */
  current: number;
  ranges: number[];
}

/** Billing data as stored: minor units of `currency`. */
export interface StoredBilling {
  currency: string;
  amountMinor: number;
  openAmountMinor: number;
  /** YYYY-MM-DD */
  dueDate?: string;
  paymentTerms?: string;
  paymentStatus: StoredPaymentStatus;
  dunningLevel?: number;
  paymentUrl?: string;
}

const fractionDigitsCache = new Map<string, number>();

/** ISO 4217 codes this runtime knows (Intl), upper case. */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
}

/** Minor-unit digits of a currency: 2 for USD and EUR, 0 for JPY, 3 for KWD. */
export function fractionDigits(currency: string): number {
  let digits = fractionDigitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    fractionDigitsCache.set(currency, digits);
  }
  return digits;
}

const DECIMAL = /^(-?)(\d{1,15})(?:\.(\d{1,6}))?$/;

/**
 * A decimal amount ("1234.50", or a JSON number) in minor units of the currency; undefined when it
 * is not a plain decimal or has more decimals than the currency has.
 */
export function toMinorUnits(value: unknown, currency: string): number | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  const match = DECIMAL.exec(text.trim());
  if (!match) return undefined;
  const digits = fractionDigits(currency);
  const fraction = match[3] ?? '';
  if (fraction.replace(/0+$/, '').length > digits) return undefined;
  // digits past the currency's are zeros (checked above): cut them, pad the rest
  const minor = Number(match[2] + fraction.slice(0, digits).padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return undefined;
  return match[1] === '-' ? -minor : minor;
}

/** Minor units back to a JSON number in major units (exact for every amount toMinorUnits accepts). */
export function toMajorUnits(minor: number, currency: string): number {
  return minor / 10 ** fractionDigits(currency);
}

/** Today's calendar date in UTC, YYYY-MM-DD: due dates are compared against it. */
export function utcDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from the due date to `today` (both YYYY-MM-DD); positive once it has passed. */
export function daysPastDue(dueDate: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / DAY_MS);
}

/** True when money is still owed after the due date. */
export function isOverdue(billing: StoredBilling, today: string): boolean {
  return (
    billing.dueDate !== undefined &&
    billing.openAmountMinor > 0 &&
    UNSETTLED_STATUSES.includes(billing.paymentStatus) &&
    daysPastDue(billing.dueDate, today) > 0
  );
}

/** Why an open amount does not fit a payment status and the document's amount; undefined when it does. */
export function paymentStateProblem(status: StoredPaymentStatus, amountMinor: number, openMinor: number): string | undefined {
  if (openMinor < 0 || openMinor > amountMinor) return 'must be between 0 and the amount';
  if (status === 'PAID' && openMinor !== 0) return 'must be 0 when the document is PAID';
  if (status === 'PARTIALLY_PAID' && !(openMinor > 0 && openMinor < amountMinor)) return 'must be above 0 and below the amount when PARTIALLY_PAID';
  return undefined;
}

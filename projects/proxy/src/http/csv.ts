import { fractionDigits } from '../documents/billing/billing';
import type { ShopperDocument } from '../documents/model';

/** Byte order mark: spreadsheets read the file as UTF-8 (umlauts) when it starts with one. */
export const UTF8_BOM = '\ufeff';

export const DOCUMENT_CSV_HEADER = ['Type', 'Title', 'Number', 'Order', 'Date', 'Size (bytes)', 'Read'] as const;

/** Characters that make a spreadsheet read a cell as a formula (CSV injection): such a cell gets a leading `'`. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell per RFC 4180: quoted when it holds a comma, quote, CR or LF (quotes doubled); text
 * a spreadsheet would run as a formula is neutralised with a leading apostrophe first.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, CRLF-terminated (RFC 4180). */
export function csvRecord(values: readonly string[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** A document's row: type code, title, number, order code, creation time (ISO 8601 UTC), size, read. */
export function documentCsvRecord(document: ShopperDocument): string {
  return csvRecord([
    document.type,
    document.title,
    document.number,
    document.orderCode ?? '',
    document.createdAt,
    String(document.size),
    document.read ? 'true' : 'false',
  ]);
}

/** A B2B unit's documents as the company documents table shows them. */
export const ORG_DOCUMENT_CSV_HEADER = [
  'Number',
  'Type',
  'Title',
  'Created',
  'Due date',
  'Amount',
  'Open amount',
  'Currency',
  'Payment status',
  'Days overdue',
  'Refers to',
] as const;

/** An amount as a plain decimal with the currency's digits (`1234.50`), which spreadsheets read in any locale setting. */
function decimal(amount: number, currency: string): string {
  return amount.toFixed(fractionDigits(currency));
}

/** A unit document's row: dates ISO 8601 (created in UTC, due as a calendar date), amounts in major units. */
export function orgDocumentCsvRecord(document: ShopperDocument): string {
  const billing = document.billing;
  return csvRecord([
    document.number,
    document.type,
    document.title,
    document.createdAt,
    billing?.dueDate ?? '',
    billing ? decimal(billing.amount, billing.currency) : '',
    billing ? decimal(billing.openAmount, billing.currency) : '',
    billing?.currency ?? '',
    billing?.paymentStatus ?? '',
    billing?.daysOverdue === undefined ? '' : String(billing.daysOverdue),
    (document.references ?? []).map((reference) => reference.number).join(' '),
  ]);
}

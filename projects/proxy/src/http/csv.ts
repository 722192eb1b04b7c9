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

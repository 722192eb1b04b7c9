/** Columns whose cells hold a `;`-separated list. */
const LIST_COLUMNS = new Set(['entryNumbers', 'productCodes']);
const INTEGER_LIST_COLUMNS = new Set(['entryNumbers']);

export class CsvError extends Error {
  override name = 'CsvError';
}

/**
 * Parses RFC 4180 CSV (comma-separated, `"` quoting with `""` escapes, CRLF or LF) into rows.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += c;
    }
  }
  if (quoted) throw new CsvError('a quoted cell is not closed');
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0].trim() === ''));
}

/**
 * Turns a CSV manifest (header row with the JSON manifest's field names) into manifest entries.
 * Empty cells are absent fields; list columns are `;`-separated; entry numbers become integers
 * (anything else is kept as text so that validation names the bad value).
 */
export function csvManifestEntries(text: string): Record<string, unknown>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new CsvError('the CSV manifest is empty');
  const columns = header.map((h) => h.trim());
  if (!columns.includes('file')) throw new CsvError("the CSV manifest's header has no 'file' column");
  return rows.map((cells, index) => {
    if (cells.length !== columns.length) {
      return { __invalid: `line ${index + 2} has ${cells.length} cells, the header has ${columns.length}`, file: cells[columns.indexOf('file')] };
    }
    // without a prototype: a header like `__proto__.x` names a field, it cannot reach Object.prototype
    const entry: Record<string, unknown> = Object.create(null);
    columns.forEach((column, c) => {
      const value = cells[c].trim();
      if (value === '') return;
      if (column.includes('.')) {
        // `correspondence.event`, `deliveryStatus.status`, …: one column per field of a nested object
        const [parent, child] = column.split('.', 2);
        const nested = (entry[parent] ??= Object.create(null)) as Record<string, unknown>;
        if (typeof nested === 'object') nested[child] = value;
      } else if (column === 'read') {
        entry[column] = value === 'true' ? true : value === 'false' ? false : value;
      } else if (LIST_COLUMNS.has(column)) {
        const items = value.split(';').map((s) => s.trim()).filter((s) => s !== '');
        entry[column] = INTEGER_LIST_COLUMNS.has(column) ? items.map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : items;
      } else {
        entry[column] = value;
      }
    });
    return entry;
  });
}

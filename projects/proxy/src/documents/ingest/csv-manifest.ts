/** What ends a run of plain characters outside quotes. */
const SPECIAL = /[",\r\n]/g;
/** Columns whose cells hold a `;`-separated list. */
const LIST_COLUMNS = new Set(['entryNumbers', 'productCodes']);
const INTEGER_LIST_COLUMNS = new Set(['entryNumbers']);

export class CsvError extends Error {
  override name = 'CsvError';
}

/**
 * Reads RFC 4180 CSV (comma-separated, `"` quoting with `""` escapes, CRLF or LF) piece by piece:
 * `feed` answers the rows completed by a piece of text, `end` the last one. Blank lines are dropped.
 */
export class CsvRowReader {
  private row: string[] = [];
  private cell = '';
  private quoted = false;
  /** a `"` ended the previous piece inside a quoted cell: an escape or the closing quote */
  private quoteAtEnd = false;
  /** a `\r` ended the previous piece: a `\n` opening this one belongs to it */
  private crAtEnd = false;
  private started = false;

  feed(text: string): string[][] {
    const rows: string[][] = [];
    let i = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    if (this.crAtEnd && text[i] === '\n') i++;
    this.crAtEnd = false;
    if (this.quoteAtEnd && i < text.length) {
      this.quoteAtEnd = false;
      if (text[i] === '"') {
        this.cell += '"';
        i++;
      } else {
        this.quoted = false;
      }
    }
    // Runs of plain characters are sliced, not appended one by one (a string built per character costs
    // tens of bytes per character until it is flattened).
    while (i < text.length) {
      if (this.quoted) {
        const quote = text.indexOf('"', i);
        if (quote < 0) {
          this.cell += text.slice(i);
          break;
        }
        this.cell += text.slice(i, quote);
        i = quote;
        if (i + 1 === text.length) {
          this.quoteAtEnd = true;
        } else if (text[i + 1] === '"') {
          this.cell += '"';
          i++;
        } else {
          this.quoted = false;
        }
        i++;
        continue;
      }
      SPECIAL.lastIndex = i;
      const found = SPECIAL.exec(text);
      const at = found ? found.index : text.length;
      this.cell += text.slice(i, at);
      if (!found) break;
      i = at;
      const c = text[i];
      if (c === '"') {
        if (this.cell === '') this.quoted = true;
        else this.cell += c;
      } else if (c === ',') {
        this.row.push(this.cell);
        this.cell = '';
      } else {
        if (c === '\r') {
          if (i + 1 === text.length) this.crAtEnd = true;
          else if (text[i + 1] === '\n') i++;
        }
        this.endRow(rows);
      }
      i++;
    }
    return rows;
  }

  end(): string[][] {
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      this.quoted = false;
    }
    if (this.quoted) throw new CsvError('a quoted cell is not closed');
    const rows: string[][] = [];
    if (this.cell !== '' || this.row.length > 0) this.endRow(rows);
    return rows;
  }

  private endRow(rows: string[][]): void {
    this.row.push(this.cell);
    if (!(this.row.length === 1 && this.row[0].trim() === '')) rows.push(this.row);
    this.row = [];
    this.cell = '';
  }
}

/** Parses a whole CSV text into rows (see CsvRowReader). */
export function parseCsv(text: string): string[][] {
  const reader = new CsvRowReader();
  return [...reader.feed(text), ...reader.end()];
}

/**
 * Turns a CSV manifest (header row with the JSON manifest's field names) into manifest entries.
 * Empty cells are absent fields; list columns are `;`-separated; entry numbers become integers
 * (anything else is kept as text so that validation names the bad value).
 */
export function csvManifestEntries(text: string): Record<string, unknown>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new CsvError('the CSV manifest is empty');
  const toEntry = csvEntryReader(header);
  return rows.map((cells, index) => toEntry(cells, index + 2));
}

/** The reader of a CSV manifest's data rows, for its header row; `line` is the row's line number, for messages. */
export function csvEntryReader(header: readonly string[]): (cells: readonly string[], line: number) => Record<string, unknown> {
  const columns = header.map((h) => h.trim());
  if (!columns.includes('file')) throw new CsvError("the CSV manifest's header has no 'file' column");
  return (cells, line) => {
    if (cells.length !== columns.length) {
      return { __invalid: `line ${line} has ${cells.length} cells, the header has ${columns.length}`, file: cells[columns.indexOf('file')] };
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
  };
}

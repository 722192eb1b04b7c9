import { CsvError, csvManifestEntries, parseCsv } from '../../src/documents/ingest/csv-manifest';
import { readManifestEntry, EntryRejection } from '../../src/documents/ingest/manifest-entry';
import { anyUtf16, fc } from '../support/property';

/** RFC 4180 writer: every cell quoted, quotes doubled. */
const toCsv = (rows: string[][], eol: string) => rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join(eol) + eol;

const columnNames = ['file', 'ownerUid', 'type', 'title', 'number', 'createdAt', 'entryNumbers', 'productCodes', 'read', 'correspondence.event', 'deliveryStatus.status'];

describe('CSV manifest reader (properties)', () => {
  afterEach(() => {
    // should a pollution get through, it must not spoil the specs that run after this one
    for (const key of Object.keys(Object.prototype)) delete (Object.prototype as Record<string, unknown>)[key];
  });

  it('reads back any rows written with RFC 4180 quoting, with CRLF or LF line ends', () => {
    const rows = fc.array(fc.array(anyUtf16(20), { minLength: 2, maxLength: 5 }), { maxLength: 6 });
    fc.assert(
      fc.property(rows, fc.constantFrom('\r\n', '\n'), (written, eol) => {
        expect(parseCsv(toCsv(written, eol))).toEqual(written);
      }),
    );
  });

  it('answers any text with rows or a CsvError, never another exception', () => {
    const text = fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', 'a', ' ', ';', '\ufeff', 'file') });
    fc.assert(
      fc.property(fc.oneof(text, anyUtf16(200)), (t) => {
        try {
          const entries = csvManifestEntries(t);
          expect(Array.isArray(entries)).toBeTrue();
        } catch (error) {
          expect(error).toBeInstanceOf(CsvError);
        }
      }),
    );
  });

  it('never changes Object.prototype, whatever the header names (no prototype pollution)', () => {
    const column = fc.oneof(fc.constantFrom(...columnNames, '__proto__', '__proto__.polluted', 'constructor.prototype', 'prototype.polluted', 'a.__proto__'), anyUtf16(12));
    fc.assert(
      fc.property(fc.uniqueArray(column, { minLength: 1, maxLength: 6 }), fc.array(anyUtf16(8), { minLength: 6, maxLength: 6 }), (columns, cells) => {
        const header = ['file', ...columns.filter((c) => c !== 'file')];
        const csv = toCsv([header, header.map((_, i) => cells[i % cells.length] || 'x')], '\n');
        csvManifestEntries(csv);
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
    );
  });

  it('turns every entry of any CSV with the manifest columns into a manifest entry or a rejection', () => {
    const cell = fc.oneof(anyUtf16(12), fc.constantFrom('INVOICE', 'true', '1;2', '2026-10-02T09:14:00Z', 'a.pdf', 'anna@example.com', ''));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: columnNames.length, maxLength: columnNames.length }), { maxLength: 4 }), (rows) => {
        for (const entry of csvManifestEntries(toCsv([columnNames, ...rows], '\r\n'))) {
          const read = readManifestEntry(entry);
          if (read instanceof EntryRejection) expect(read.reason.length).toBeGreaterThan(0);
          else expect(typeof read.file).toBe('string');
        }
      }),
    );
  });
});

import { EntryRejection, readManifestEntry } from '../../src/documents/ingest/manifest-entry';
import { DOCUMENT_TYPES } from '../../src/documents/model';
import { anyUtf16, fc } from '../support/property';

const valid = {
  file: 'anna/INV-1.pdf',
  ownerUid: 'anna.schmidt@example.com',
  type: 'INVOICE',
  title: 'Invoice 1',
  number: 'INV-1',
  createdAt: '2026-10-02T09:14:00Z',
};

describe('manifest entry reader (properties)', () => {
  it('answers any JSON value with an entry or a rejection with a reason, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const read = readManifestEntry(raw);
        if (read instanceof EntryRejection) expect(read.reason).not.toBe('');
      }),
    );
  });

  it('answers a valid entry with any one field replaced by any JSON value either with an entry whose texts are trimmed and control-free, or a rejection naming that field', () => {
    const field = fc.constantFrom(...Object.keys(valid), 'fileName', 'language', 'mimeType', 'actionUrl', 'entryNumbers', 'productCodes', 'read', 'orderCode', 'correspondence', 'deliveryStatus');
    fc.assert(
      fc.property(field, fc.oneof(fc.jsonValue(), anyUtf16(), fc.constantFrom(...DOCUMENT_TYPES)), (key, value) => {
        const read = readManifestEntry({ ...valid, [key]: value });
        if (read instanceof EntryRejection) {
          if (read.problems.length > 0) expect(read.problems.map((p) => p.field.split('.')[0])).toContain(key);
          return;
        }
        for (const text of [read.file, read.title, read.number, read.fileName, read.language]) {
          expect(text).toBe(text.trim());
          expect(text).not.toMatch(/[\u0000-\u001f\u007f]/);
        }
        expect(DOCUMENT_TYPES as readonly string[]).toContain(read.type);
        expect(Number.isNaN(read.createdAt.getTime())).toBeFalse();
      }),
    );
  });
});

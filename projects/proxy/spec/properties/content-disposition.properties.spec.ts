import { contentDisposition } from '../../src/http/content-disposition';
import { anyUtf16, fc } from '../support/property';

const HEADER = /^(inline|attachment); filename="((?:[^"\\]|\\["\\])*)"; filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]+)$/;

describe('Content-Disposition encoder (properties)', () => {
  it('makes a valid RFC 6266 header of any file name: printable ASCII only, a quoted fallback, a UTF-8 filename*', () => {
    fc.assert(
      fc.property(fc.constantFrom('inline' as const, 'attachment' as const), anyUtf16(80), (disposition, name) => {
        const header = contentDisposition(disposition, name);
        expect(header).toMatch(/^[\x20-\x7e]+$/);
        const match = HEADER.exec(header);
        expect(match).withContext(header).not.toBeNull();
        expect(match![1]).toBe(disposition);
        // the extended value decodes to a well-formed name (what a browser saves the file as)
        const decoded = decodeURIComponent(match![3]);
        expect(decoded.length).toBeGreaterThan(0);
        expect(decoded).not.toMatch(/[\u0000-\u001f\u007f]/);
      }),
    );
  });

  it('keeps every well-formed name without control characters exactly in filename* (after NFC and trimming)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => !/[\u0000-\u001f\u007f]/.test(s) && s.trim() !== ''), (name) => {
        const extended = /filename\*=UTF-8''(.*)$/.exec(contentDisposition('attachment', name))![1];
        expect(decodeURIComponent(extended)).toBe(name.normalize('NFC').trim());
      }),
    );
  });
});

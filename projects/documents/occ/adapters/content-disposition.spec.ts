import { parseContentDispositionFileName } from './content-disposition';

describe('parseContentDispositionFileName', () => {
  it('prefers filename* (RFC 8187, UTF-8) over filename', () => {
    expect(
      parseContentDispositionFileName(
        `attachment; filename="Rechnung INV-1.pdf"; filename*=UTF-8''Rechnung%20%C3%BCber%20INV-1.pdf`
      )
    ).toBe('Rechnung über INV-1.pdf');
  });

  it('accepts filename* before filename and mixed-case parameter names', () => {
    expect(
      parseContentDispositionFileName(
        `attachment; FileName*=utf-8'en'Invoice%20%E2%82%AC.pdf; filename="Invoice EUR.pdf"`
      )
    ).toBe('Invoice €.pdf');
  });

  it('decodes ISO-8859-1 extended values', () => {
    expect(
      parseContentDispositionFileName(
        `attachment; filename*=iso-8859-1'de'Gr%FC%DFe.pdf`
      )
    ).toBe('Grüße.pdf');
  });

  it('falls back to a quoted filename, honouring escapes and semicolons', () => {
    expect(
      parseContentDispositionFileName(
        'attachment; filename="Order \\"100012\\"; copy.pdf"'
      )
    ).toBe('Order "100012"; copy.pdf');
  });

  it('reads an unquoted filename token', () => {
    expect(
      parseContentDispositionFileName('inline; filename=INV-2026-100012.pdf')
    ).toBe('INV-2026-100012.pdf');
  });

  it('falls back to filename when filename* is malformed', () => {
    expect(
      parseContentDispositionFileName(
        `attachment; filename*=UTF-8''%E0%A4%A; filename="fallback.pdf"`
      )
    ).toBe('fallback.pdf');
  });

  it('removes directory parts and control characters', () => {
    expect(
      parseContentDispositionFileName(
        `attachment; filename*=UTF-8''..%2F..%2Fetc%2Fevil%0A.pdf`
      )
    ).toBe('evil.pdf');
    expect(
      parseContentDispositionFileName('attachment; filename="C:\\\\temp\\\\a.pdf"')
    ).toBe('a.pdf');
  });

  it('returns undefined without a usable name', () => {
    expect(parseContentDispositionFileName(null)).toBeUndefined();
    expect(parseContentDispositionFileName('')).toBeUndefined();
    expect(parseContentDispositionFileName('attachment')).toBeUndefined();
    expect(parseContentDispositionFileName('attachment; filename=""')).toBeUndefined();
  });
});

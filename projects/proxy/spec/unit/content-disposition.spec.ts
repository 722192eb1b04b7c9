import { asciiFallback, contentDisposition, encodeExtValue } from '../../src/http/content-disposition';

describe('contentDisposition (RFC 6266)', () => {
  it('escapes quotes and replaces non-ASCII in the fallback, percent-encodes UTF-8 in filename*', () => {
    expect(contentDisposition('attachment', 'Rechnung "Müller" €.pdf')).toBe(
      `attachment; filename="Rechnung \\"Muller\\" _.pdf"; filename*=UTF-8''Rechnung%20%22M%C3%BCller%22%20%E2%82%AC.pdf`,
    );
  });

  it('escapes backslashes and drops control characters (no header injection)', () => {
    const header = contentDisposition('inline', 'a\\b\r\nSet-Cookie: x=1.pdf');
    expect(header).toBe(`inline; filename="a\\\\bSet-Cookie: x=1.pdf"; filename*=UTF-8''a%5CbSet-Cookie%3A%20x%3D1.pdf`);
    expect(header).not.toMatch(/[\r\n]/);
  });

  it("percent-encodes characters outside RFC 8187 attr-char that encodeURIComponent keeps ( ' ( ) * )", () => {
    expect(encodeExtValue("it's (1)*.pdf")).toBe('it%27s%20%281%29%2A.pdf');
  });

  it('keeps plain ASCII names as they are and falls back for empty names', () => {
    expect(asciiFallback('Invoice INV-1.pdf')).toBe('Invoice INV-1.pdf');
    expect(contentDisposition('attachment', '  ')).toBe(`attachment; filename="document"; filename*=UTF-8''document`);
  });

  it('replaces characters without an ASCII base (CJK) by underscores', () => {
    expect(asciiFallback('請求書.pdf')).toBe('___.pdf');
    expect(decodeURIComponent(encodeExtValue('請求書.pdf'))).toBe('請求書.pdf');
  });
});

import { uniqueEntryNames } from '../../src/http/zip-entry-names';

describe('uniqueEntryNames', () => {
  it('numbers repeated names (case-insensitively) before the extension', () => {
    expect(uniqueEntryNames(['Invoice.pdf', 'invoice.pdf', 'Invoice.pdf', 'Other.pdf', 'README'])).toEqual([
      'Invoice.pdf',
      'invoice (2).pdf',
      'Invoice (3).pdf',
      'Other.pdf',
      'README',
    ]);
  });

  it('keeps entries in one folder and out of parent folders', () => {
    const names = uniqueEntryNames(['../../etc/passwd', 'a/b\\c.pdf', '...hidden.pdf', '\u0000\u0007', 'Rechnung "Müller" €.pdf']);
    expect(names).toEqual(['_.._etc_passwd', 'a_b_c.pdf', 'hidden.pdf', 'document.pdf', 'Rechnung _Müller_ €.pdf']);
    for (const name of names) expect(name).not.toMatch(/[/\\]/);
  });
});

import { csvCell, csvRecord, documentCsvRecord } from '../../src/http/csv';

describe('CSV cells (RFC 4180, formula neutralisation)', () => {
  it('prefixes an apostrophe to cells starting with = + - @ tab or CR', () => {
    for (const start of ['=', '+', '-', '@', '\t']) expect(csvCell(`${start}SUM(A1)`)).withContext(JSON.stringify(start)).toBe(`'${start}SUM(A1)`);
    expect(csvCell('\rX')).toBe(`"'\rX"`);
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('')).toBe('');
  });

  it('quotes cells with commas, quotes, CR or LF and doubles the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1,"2"')).toBe(`"'=1,""2"""`);
    expect(csvCell('Müller')).toBe('Müller');
    expect(csvRecord(['a', 'b,c'])).toBe('a,"b,c"\r\n');
  });

  it('writes a document as type code, title, number, order, ISO date, size and read', () => {
    const row = documentCsvRecord({
      id: 'x', type: 'INVOICE', title: 'Rechnung', number: '-1', fileName: 'r.pdf', createdAt: '2026-12-02T10:00:00.000Z',
      mimeType: 'application/pdf', size: 1234, sha256: 'a'.repeat(64), language: 'de', read: true,
    });
    expect(row).toBe("INVOICE,Rechnung,'-1,,2026-12-02T10:00:00.000Z,1234,true\r\n");
  });
});

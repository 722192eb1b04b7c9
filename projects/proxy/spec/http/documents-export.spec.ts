import { ANNA, ANNA_TOKEN, DEMO_BATCH } from '../support/fixtures';
import { bearer, documentsUrl } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

const HEADER = 'Type,Title,Number,Order,Date,Size (bytes),Read';

describe('documents export (GET documents/export, CSV)', () => {
  const suite = stackForSuite({
    batch: [
      ...DEMO_BATCH,
      { file: 'anna/F-1.pdf', ownerUid: ANNA.uid, type: 'CORRESPONDENCE', title: '=HYPERLINK("http://evil.example")', number: '+49-F-1', orderCode: '@home', createdAt: '2026-08-01T00:00:00Z' },
      { file: 'anna/F-2.pdf', ownerUid: ANNA.uid, type: 'CORRESPONDENCE', title: '-2+3, "quoted"', number: 'F-2', createdAt: '2026-08-02T00:00:00Z' },
    ],
    env: { EXPORT_MAX_ROWS: '9' },
  });

  const exportCsv = async (query = '') => {
    const response = await fetch(documentsUrl(suite.stack, 'current', `/export${query}`), { headers: bearer(ANNA_TOKEN) });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };
  /** Records split on CRLF outside quotes (RFC 4180). */
  const records = (text: string) => text.match(/(?:[^"\r\n]|"(?:[^"]|"")*")*\r\n/g)?.map((r) => r.slice(0, -2)) ?? [];

  it('answers a UTF-8 CSV with BOM, header row, RFC 6266 file name and one row per document', async () => {
    const { response, bytes } = await exportCsv('?type=STATEMENT,INVOICE&sort=byDateAsc');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="documents-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''documents-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.headers.get('x-total-count')).toBe('3');
    const rows = records(bytes.toString('utf8').slice(1));
    expect(rows).toEqual([
      HEADER,
      `INVOICE,Invoice for order 100012,INV-2026-100012,100012,2026-10-02T09:14:00.000Z,${rows[1].split(',')[5]},false`,
      `STATEMENT,Account statement October,ST-2026-10,,2026-10-31T23:59:59.000Z,${rows[2].split(',')[5]},false`,
      `INVOICE,Invoice for order 100013,INV-2026-100013,100013,2026-11-05T12:00:00.000Z,${rows[3].split(',')[5]},false`,
    ]);
    expect(Number(rows[1].split(',')[5])).toBeGreaterThan(100);
  });

  it('neutralises cells a spreadsheet would run as formulas and quotes per RFC 4180', async () => {
    const { bytes } = await exportCsv('?type=CORRESPONDENCE&sort=byDateAsc&q=evil');
    const rows = records(bytes.toString('utf8').slice(1));
    expect(rows[1]).toBe(`CORRESPONDENCE,"'=HYPERLINK(""http://evil.example"")",'+49-F-1,'@home,2026-08-01T00:00:00.000Z,${rows[1].split(',').at(-2)},false`);
    const second = records((await exportCsv('?type=CORRESPONDENCE&from=2026-08-02&to=2026-08-02')).bytes.toString('utf8').slice(1));
    expect(second.length).toBe(2);
    expect(second[1]).toContain(`"'-2+3, ""quoted""",F-2,,2026-08-02T00:00:00.000Z,`);
  });

  it('honours every list filter and the read state, and keeps umlauts', async () => {
    const id = suite.stack.idOf('OC-100012');
    await fetch(documentsUrl(suite.stack, 'current', `/${id}`), {
      method: 'PATCH',
      headers: { ...bearer(ANNA_TOKEN), 'Content-Type': 'application/json' },
      body: '{"read":true}',
    });
    const read = records((await exportCsv('?unread=false')).bytes.toString('utf8').slice(1));
    expect(read.slice(1).map((r) => r.split(',')[2])).toEqual(['OC-100012']);
    expect(read[1].endsWith(',true')).toBeTrue();
    const order = records((await exportCsv('?orderCode=100013&sort=byNumber')).bytes.toString('utf8').slice(1));
    expect(order.slice(1).map((r) => r.split(',')[2])).toEqual(['CN-2026-000001', 'INV-2026-100013']);
    const umlaut = (await exportCsv('?q=muller')).bytes.toString('utf8');
    expect(umlaut).toContain('"Rechnung ""Müller"" €"');
  });

  it('sends at most EXPORT_MAX_ROWS rows and says how many matched', async () => {
    const { response, bytes } = await exportCsv();
    expect(response.headers.get('x-total-count')).toBe('10');
    expect(records(bytes.toString('utf8').slice(1)).length).toBe(1 + 9);
  });

  it('rejects bad filters with a 400 OCC body', async () => {
    for (const query of ['?from=yesterday', '?type=NOPE', '?sort=byColour', '?unread=maybe']) {
      const { response, bytes } = await exportCsv(query);
      expect(response.status).withContext(query).toBe(400);
      expect(JSON.parse(bytes.toString()).errors[0].type).withContext(query).toBe('ValidationError');
    }
    expect((await fetch(documentsUrl(suite.stack, 'current', '/export'))).status).toBe(401);
  });
});

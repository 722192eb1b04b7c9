import { createHash } from 'node:crypto';
import { ANNA, ANNA_TOKEN, BEN_TOKEN, DEMO_BATCH, SPECIAL_FILE_NAME } from '../support/fixtures';
import { bearer, documentsUrl, getJson } from '../support/stack';
import { readStoredZip } from '../support/zip-reader';
import { stackForSuite } from '../support/suite-stack';

/** The special file name as a ZIP entry: no quotes in entry names (zip-entry-names.ts). */
const SPECIAL_ENTRY = SPECIAL_FILE_NAME.replace(/"/g, '_');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('documents archive (POST documents/archive)', () => {
  const suite = stackForSuite({
    batch: [
      ...DEMO_BATCH,
      { file: 'anna/STMT-11.pdf', ownerUid: ANNA.uid, type: 'STATEMENT', title: 'Account statement November', number: 'ST-2026-11', fileName: 'statement.pdf', createdAt: '2026-11-30T10:00:00Z' },
      { file: 'anna/STMT-12.pdf', ownerUid: ANNA.uid, type: 'STATEMENT', title: 'Account statement December', number: 'ST-2026-12', fileName: 'statement.pdf', createdAt: '2026-12-01T10:00:00Z' },
    ],
    env: { ARCHIVE_MAX_DOCUMENTS: '4' },
  });

  const post = (body: unknown, token = ANNA_TOKEN, userId = 'current') =>
    fetch(documentsUrl(suite.stack, userId, '/archive'), {
      method: 'POST',
      headers: { ...bearer(token), 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const downloads = async () => (await suite.stack.stores.store.listAudit({ limit: 1000 })).filter((e) => e.action === 'DOWNLOAD');

  it('packs exactly the three named documents, in the order named, with their bytes and unique names', async () => {
    const numbers = ['ST-2026-12', 'LET-0001', 'ST-2026-11'];
    const ids = numbers.map((n) => suite.stack.idOf(n));
    const before = (await downloads()).length;
    const response = await post({ ids });
    const zip = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-length')).toBe(String(zip.length));
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="documents-\d{4}-\d{2}-\d{2}\.zip"; filename\*=UTF-8''documents-\d{4}-\d{2}-\d{2}\.zip$/,
    );
    const entries = readStoredZip(zip);
    expect(entries.map((e) => e.name)).toEqual(['statement.pdf', SPECIAL_ENTRY, 'statement (2).pdf']);
    for (const [i, id] of ids.entries()) {
      const { body } = await getJson(documentsUrl(suite.stack, 'current', `/${id}`), bearer(ANNA_TOKEN));
      expect(sha256(entries[i].data)).withContext(numbers[i]).toBe(body.sha256);
    }
    const audited = (await downloads()).slice(before);
    expect(audited.map((e) => e.documentId).sort()).toEqual([...ids].sort());
  });

  it("answers 404 for the whole request when one id is another shopper's or unknown, sending no ZIP", async () => {
    const before = (await downloads()).length;
    for (const foreign of [suite.stack.idOf('INV-2026-200001'), 'no-such-id']) {
      const response = await post({ ids: [suite.stack.idOf('OC-100012'), foreign] });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as any;
      expect(body.errors[0].type).toBe('UnknownIdentifierError');
      expect(body.errors[0].message).toContain(foreign);
    }
    expect((await downloads()).length).withContext('nothing was opened').toBe(before);
  });

  it('packs the documents a filter selects, with the list filters and their rules', async () => {
    const response = await post({ filter: { type: ['STATEMENT'], from: '2026-11-01' } });
    expect(response.status).toBe(200);
    const names = readStoredZip(Buffer.from(await response.arrayBuffer())).map((e) => e.name);
    expect(names).toEqual(['statement.pdf', 'statement (2).pdf']);

    const invoices = readStoredZip(Buffer.from(await (await post({ filter: { q: 'rechnung muller' } })).arrayBuffer()));
    expect(invoices.map((e) => e.name)).toEqual([SPECIAL_ENTRY]);

    const bad = await post({ filter: { from: '2026-13-01' } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0]).toEqual(jasmine.objectContaining({ type: 'ValidationError', subject: 'from' }));
    const unknownType = await post({ filter: { type: ['NOPE'] } });
    expect(unknownType.status).toBe(400);
  });

  it('answers 404 with a clear message when the filter matches nothing', async () => {
    const response = await post({ filter: { orderCode: '999999' } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as any).errors[0]).toEqual({ type: 'UnknownIdentifierError', message: 'No documents match the filter' });
    const ben = await post({ filter: {} }, BEN_TOKEN);
    expect(ben.status).withContext('Ben has 3 documents, within the limit').toBe(200);
    expect(readStoredZip(Buffer.from(await ben.arrayBuffer())).length).toBe(3);
  });

  it('answers 400 ArchiveTooLargeError, with the numbers a UI can word, over the document limit', async () => {
    const response = await post({ filter: {} });
    expect(response.status).toBe(400);
    const error = ((await response.json()) as any).errors[0];
    expect(error.type).toBe('ArchiveTooLargeError');
    expect(error.count).toBe(10);
    expect(error.limit).toBe(4);
    expect(error.totalBytes).toBeGreaterThan(0);
    expect(error.byteLimit).toBe(2 * 1024 ** 3);
    expect(error.message).toContain('10 documents');
    expect(error.message).toContain('limit is 4 documents');
    const ids = ['OC-100012', 'SN-100012', 'WAR-1382080', 'ST-2026-10', 'ST-2026-11'].map((n) => suite.stack.idOf(n));
    expect(((await (await post({ ids })).json()) as any).errors[0].type).toBe('ArchiveTooLargeError');
  });

  it('rejects bad bodies with a 400 OCC body and changes nothing', async () => {
    const id = suite.stack.idOf('OC-100012');
    const before = (await downloads()).length;
    const bodies: [string, unknown][] = [
      ['both', { ids: [id], filter: {} }],
      ['neither', {}],
      ['501 ids', { ids: Array.from({ length: 501 }, (_, i) => `id-${i}`) }],
      ['no ids', { ids: [] }],
      ['duplicates', { ids: [id, id] }],
      ['a number', { ids: [id, 42] }],
      ['a boolean', { ids: [true] }],
      ['not a list', { ids: id }],
      ['unknown field', { ids: [id], extra: 1 }],
      ['unknown filter field', { filter: { pageSize: 5 } }],
      ['an array', [id]],
      ['null', 'null'],
      ['not JSON', '{"ids": ['],
    ];
    for (const [name, body] of bodies) {
      const response = await post(body);
      expect(response.status).withContext(name).toBe(400);
      if (response.status !== 400) {
        await response.arrayBuffer();
        continue;
      }
      const answer = (await response.json()) as any;
      expect(answer.errors.length).withContext(name).toBeGreaterThan(0);
      expect(typeof answer.errors[0].type).withContext(name).toBe('string');
      expect(typeof answer.errors[0].message).withContext(name).toBe('string');
    }
    expect((await downloads()).length).toBe(before);
  });

  it('needs a token and the own user id', async () => {
    const id = suite.stack.idOf('OC-100012');
    expect((await fetch(documentsUrl(suite.stack, 'current', '/archive'), { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await post({ ids: [id] }, ANNA_TOKEN, 'ben.miller@example.com')).status).toBe(403);
  });
});

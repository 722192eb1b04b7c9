import { createHash } from 'node:crypto';
import { bigPdf } from '../support/big-pdf';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { ANNA, ANNA_TOKEN, BEN_TOKEN, TOKENS } from '../support/fixtures';
import { bearer, documentsUrl, startStack, type Stack } from '../support/stack';

const SIZE = 300_000;
const CONTENT = bigPdf(SIZE);
const SHA256 = createHash('sha256').update(CONTENT).digest('hex');

describe('content: ranges, entity tags, no compression', () => {
  let commerce: FakeCommerce;
  let stack: Stack;
  let url: string;

  beforeAll(async () => {
    commerce = await startFakeCommerce(TOKENS);
    stack = await startStack({
      commerceUrl: commerce.url,
      batch: [
        { file: 'anna/big.pdf', ownerUid: ANNA.uid, type: 'STATEMENT', title: 'Big statement', number: 'ST-BIG', createdAt: '2026-10-01T00:00:00Z', content: CONTENT },
      ],
    });
    url = documentsUrl(stack, 'current', `/${stack.idOf('ST-BIG')}/content`);
  });

  afterAll(async () => {
    await stack.close();
    await commerce.close();
  });

  const get = async (headers: Record<string, string> = {}) => {
    const response = await fetch(url, { headers: { ...bearer(ANNA_TOKEN), ...headers } });
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  };

  it('sends the whole document with a strong ETag from its SHA-256 and advertises ranges', async () => {
    const { response, body } = await get({ 'Accept-Encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(`"${SHA256}"`);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-length')).toBe(String(SIZE));
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(body.equals(CONTENT)).toBeTrue();
  });

  it('answers a single range with 206, Content-Range and exactly those bytes', async () => {
    const { response, body } = await get({ Range: 'bytes=1000-1999' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 1000-1999/${SIZE}`);
    expect(response.headers.get('content-length')).toBe('1000');
    expect(body.equals(CONTENT.subarray(1000, 2000))).toBeTrue();

    const suffix = await get({ Range: 'bytes=-500' });
    expect(suffix.response.status).toBe(206);
    expect(suffix.response.headers.get('content-range')).toBe(`bytes ${SIZE - 500}-${SIZE - 1}/${SIZE}`);
    expect(suffix.body.equals(CONTENT.subarray(SIZE - 500))).toBeTrue();

    const open = await get({ Range: `bytes=${SIZE - 10}-` });
    expect(open.body.equals(CONTENT.subarray(SIZE - 10))).toBeTrue();
  });

  it('answers an unsatisfiable range with 416, Content-Range bytes */size and no document bytes', async () => {
    const { response, body } = await get({ Range: `bytes=${SIZE}-` });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${SIZE}`);
    expect(JSON.parse(body.toString('utf8')).errors[0].type).toBe('RangeNotSatisfiableError');
    expect(body.length).toBeLessThan(300);
  });

  it('sends the whole document for several ranges (only single ranges are honoured)', async () => {
    const { response, body } = await get({ Range: 'bytes=0-9,20-29' });
    expect(response.status).toBe(200);
    expect(body.length).toBe(SIZE);
  });

  it('answers If-None-Match with the ETag by 304 without a body, and a stale one by 200', async () => {
    const hit = await get({ 'If-None-Match': `"other", "${SHA256}"` });
    expect(hit.response.status).toBe(304);
    expect(hit.response.headers.get('etag')).toBe(`"${SHA256}"`);
    expect(hit.body.length).toBe(0);

    const miss = await get({ 'If-None-Match': '"0000"' });
    expect(miss.response.status).toBe(200);
    expect(miss.body.length).toBe(SIZE);
  });

  it('honours If-Range: the range when the ETag matches, the whole document otherwise', async () => {
    const same = await get({ Range: 'bytes=0-99', 'If-Range': `"${SHA256}"` });
    expect(same.response.status).toBe(206);
    expect(same.body.length).toBe(100);

    const changed = await get({ Range: 'bytes=0-99', 'If-Range': '"a-previous-version"' });
    expect(changed.response.status).toBe(200);
    expect(changed.body.equals(CONTENT)).toBeTrue();
  });

  it('answers HEAD with the headers of the document and no bytes', async () => {
    const response = await fetch(url, { method: 'HEAD', headers: bearer(ANNA_TOKEN) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(SIZE));
    expect(response.headers.get('etag')).toBe(`"${SHA256}"`);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it("gives another shopper 404 for a range or a conditional request, never bytes or the ETag", async () => {
    const variants: Record<string, string>[] = [{ Range: 'bytes=0-10' }, { 'If-None-Match': `"${SHA256}"` }];
    for (const headers of variants) {
      const response = await fetch(url, { headers: { ...bearer(BEN_TOKEN), ...headers } });
      const text = await response.text();
      expect(response.status).toBe(404);
      expect(response.headers.get('etag')).toBeNull();
      expect(text).not.toContain('%PDF');
    }
  });
});

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { sharedAzurite, type Azurite } from '../support/azurite';
import { bigPdf } from '../support/big-pdf';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { ANNA, ANNA_TOKEN, DEMO_BATCH, TOKENS } from '../support/fixtures';
import { readStoredZip } from '../support/zip-reader';
import { bearer, documentsUrl, getJson, SITE, startStack, type Stack } from '../support/stack';

const SIZE = 300_000;
const CONTENT = bigPdf(SIZE);
const SHA256 = createHash('sha256').update(CONTENT).digest('hex');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('content served from Azure Blob Storage (Azurite)', () => {
  let azurite: Azurite;
  let container: string;
  let commerce: FakeCommerce;
  let stack: Stack;
  let url: string;

  beforeAll(async () => {
    azurite = await sharedAzurite();
    container = await azurite.createContainer();
    commerce = await startFakeCommerce(TOKENS);
    stack = await startStack({
      commerceUrl: commerce.url,
      // 64 KiB blocks: the 300 KB statement is uploaded as several blocks
      env: { ...azurite.env(container), DOCUMENT_STORE_BLOCK_BYTES: String(64 * 1024) },
      batch: [
        ...DEMO_BATCH,
        { file: 'anna/big.pdf', ownerUid: ANNA.uid, type: 'STATEMENT', title: 'Big statement', number: 'ST-BIG', orderCode: '100012', createdAt: '2026-10-01T00:00:00Z', content: CONTENT },
      ],
    });
    url = documentsUrl(stack, 'current', `/${stack.idOf('ST-BIG')}/content`);
  }, 30_000);

  afterAll(async () => {
    await stack.close();
    await commerce.close();
    await BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(container).delete();
  });

  const get = async (headers: Record<string, string> = {}) => {
    const response = await fetch(url, { headers: { ...bearer(ANNA_TOKEN), ...headers } });
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  };

  it('keeps the bytes in the container, one blob per SHA-256, and nothing in a local folder', async () => {
    const blobs: string[] = [];
    for await (const blob of BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(container).listBlobsFlat()) {
      blobs.push(blob.name);
    }
    expect(blobs).toContain(`sha256/${SHA256.slice(0, 2)}/${SHA256}`);
    expect(blobs.length).toBe(DEMO_BATCH.length + 1);
    expect(fs.existsSync(path.join(stack.dataDir, 'files'))).toBeFalse();
  });

  it('sends the whole document with its ETag, a range with 206, an unsatisfiable range with 416', async () => {
    const whole = await get();
    expect(whole.response.status).toBe(200);
    expect(whole.response.headers.get('etag')).toBe(`"${SHA256}"`);
    expect(whole.response.headers.get('content-length')).toBe(String(SIZE));
    expect(whole.body.equals(CONTENT)).toBeTrue();

    const range = await get({ Range: 'bytes=65000-140000' });
    expect(range.response.status).toBe(206);
    expect(range.response.headers.get('content-range')).toBe(`bytes 65000-140000/${SIZE}`);
    expect(range.body.equals(CONTENT.subarray(65000, 140001))).toBeTrue();

    const suffix = await get({ Range: 'bytes=-500' });
    expect(suffix.response.status).toBe(206);
    expect(suffix.body.equals(CONTENT.subarray(SIZE - 500))).toBeTrue();

    const beyond = await get({ Range: `bytes=${SIZE}-` });
    expect(beyond.response.status).toBe(416);
    expect(beyond.response.headers.get('content-range')).toBe(`bytes */${SIZE}`);
  });

  it('answers If-None-Match with 304 and a stale If-Range with the whole document', async () => {
    const notModified = await get({ 'If-None-Match': `"${SHA256}"` });
    expect(notModified.response.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    const stale = await get({ Range: 'bytes=0-9', 'If-Range': '"other"' });
    expect(stale.response.status).toBe(200);
    expect(stale.body.equals(CONTENT)).toBeTrue();
  });

  it("streams the order's documents as a ZIP with the stored bytes", async () => {
    const response = await fetch(`${stack.baseUrl}/occ/v2/${SITE}/users/current/orders/100012/documents/archive`, { headers: bearer(ANNA_TOKEN) });
    expect(response.status).toBe(200);
    const entries = readStoredZip(Buffer.from(await response.arrayBuffer()));
    const list = await getJson(documentsUrl(stack, 'current', '?orderCode=100012&pageSize=100'), bearer(ANNA_TOKEN));
    const expected = (list.body.documents as { sha256: string }[]).map((d) => d.sha256).sort();
    expect(entries.length).toBe(expected.length);
    expect(entries.map((e) => sha256(e.data)).sort()).toEqual(expected);
    expect(entries.map((e) => sha256(e.data))).toContain(SHA256);
  });

  it('reports the container in /health/ready', async () => {
    const ready = await getJson(`${stack.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ store: 'UP', content: 'UP', commerce: 'UP' });
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { generate } from '../generation/helpers';
import { sharedAzurite, type Azurite } from '../support/azurite';
import { bigPdf } from '../support/big-pdf';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { startFakeExstream, type FakeExstream } from '../support/fake-exstream';
import { ANNA, ANNA_TOKEN, ORDERS, TOKENS } from '../support/fixtures';
import { dropSchema, freshSchema, requirePostgres, TEST_DATABASE_URL } from '../support/postgres';
import { bearer, documentsUrl, getJson, startStack, type Stack } from '../support/stack';

const BIG = bigPdf(200_000);

describe('Two proxy instances on one PostgreSQL and one Azure Blob container, no shared folder', () => {
  let azurite: Azurite;
  let container: string;
  let schema: string;
  let commerce: FakeCommerce;
  let exstream: FakeExstream;
  let a: Stack;
  let b: Stack;

  beforeAll(async () => {
    await requirePostgres();
    azurite = await sharedAzurite();
    container = await azurite.createContainer();
    schema = freshSchema();
    commerce = await startFakeCommerce(TOKENS, ORDERS);
    exstream = await startFakeExstream();
    const env = exstream.env({
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      DATABASE_POOL_SIZE: '4',
      SIGNED_LINK_SECRET: 'one-secret-for-both-instances-of-the-proxy',
      ...azurite.env(container),
    });
    // each with its own DATA_DIR (a fresh temp folder), as on two machines
    [a, b] = await Promise.all([
      startStack({
        commerceUrl: commerce.url,
        env,
        batch: [{ file: 'a/ST-1.pdf', ownerUid: ANNA.uid, type: 'STATEMENT', title: 'Statement', number: 'ST-1', createdAt: '2026-10-31T00:00:00Z', content: BIG }],
      }),
      startStack({
        commerceUrl: commerce.url,
        env,
        batch: [{ file: 'b/INV-1.pdf', ownerUid: ANNA.uid, type: 'INVOICE', title: 'Invoice', number: 'INV-1', createdAt: '2026-11-01T00:00:00Z' }],
      }),
    ]);
  }, 30_000);

  afterAll(async () => {
    await a.close();
    await b.close();
    await exstream.close();
    await commerce.close();
    await dropSchema(schema);
    await BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(container).delete();
  });

  const download = async (stack: Stack, id: string, headers: Record<string, string> = {}) => {
    const response = await fetch(documentsUrl(stack, 'current', `/${id}/content`), { headers: { ...bearer(ANNA_TOKEN), ...headers } });
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
  };

  it("serve each other's documents: the list, whole downloads and ranges", async () => {
    const st1 = a.idOf('ST-1');
    const inv1 = b.idOf('INV-1');
    // the other spec of this suite may have generated a document already: both lists must be the same
    const lists = await Promise.all(
      [a, b].map(async (stack) => (await getJson(documentsUrl(stack), bearer(ANNA_TOKEN))).body.documents.map((d: { id: string }) => d.id).sort()),
    );
    expect(lists[0]).toEqual(lists[1]);
    expect(lists[0]).toEqual(jasmine.arrayContaining([st1, inv1]));
    expect((await download(b, st1)).body.equals(BIG)).toBeTrue();
    const range = await download(b, st1, { Range: 'bytes=100000-100099' });
    expect(range.status).toBe(206);
    expect(range.body.equals(BIG.subarray(100000, 100100))).toBeTrue();
    const invoice = await download(a, inv1);
    expect(invoice.status).toBe(200);
    expect(invoice.body.subarray(0, 5).toString()).toBe('%PDF-');
    for (const stack of [a, b]) expect(fs.existsSync(path.join(stack.dataDir, 'files'))).toBeFalse();
  });

  it('serve a document generated through the other instance, and its signed links', async () => {
    const generated = await generate(b, ANNA_TOKEN, '300001', { type: 'WARRANTY', entryNumber: 0 });
    expect(generated.status).toBe(201);
    const fromA = await download(a, generated.body.id);
    expect(fromA.status).toBe(200);
    expect(fromA.body.length).toBe(generated.body.size);

    const link = await fetch(documentsUrl(a, 'current', `/${generated.body.id}/links`), { method: 'POST', headers: bearer(ANNA_TOKEN) });
    const { url } = (await link.json()) as { url: string };
    const viaB = await fetch(`${b.baseUrl}${url}`);
    expect(viaB.status).toBe(200);
    expect(Buffer.from(await viaB.arrayBuffer()).equals(fromA.body)).toBeTrue();
  });
});

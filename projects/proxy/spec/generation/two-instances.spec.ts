import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { startFakeExstream, type FakeExstream } from '../support/fake-exstream';
import { ANNA, ANNA_TOKEN, ORDERS, TOKENS } from '../support/fixtures';
import { sharedStorage, type SharedStorage } from '../support/postgres';
import { bearer, documentsUrl, getJson, startStack, type Stack } from '../support/stack';
import { generate } from './helpers';

describe('Two proxy instances on one PostgreSQL', () => {
  let commerce: FakeCommerce;
  let exstream: FakeExstream;
  let a: Stack;
  let b: Stack;
  let shared: SharedStorage;

  beforeEach(async () => {
    shared = await sharedStorage('shared');
    commerce = await startFakeCommerce(TOKENS, ORDERS);
    exstream = await startFakeExstream();
    const env = exstream.env(shared.env);
    const { dataDir } = shared;
    // Both start together: the migration lock lets only one of them create the tables.
    [a, b] = await Promise.all([
      startStack({
        commerceUrl: commerce.url,
        env,
        dataDir,
        batch: [{ file: 'a/ST-1.pdf', ownerUid: ANNA.uid, type: 'STATEMENT', title: 'Statement', number: 'ST-1', createdAt: '2026-10-31T00:00:00Z' }],
      }),
      startStack({ commerceUrl: commerce.url, env, dataDir }),
    ]);
  });

  afterEach(async () => {
    await a.close();
    await b.close();
    await exstream.close();
    await commerce.close();
    await shared.remove();
  });

  it('serve the same documents and the same read state', async () => {
    const id = a.idOf('ST-1');
    const fromB = await getJson(documentsUrl(b), bearer(ANNA_TOKEN));
    expect(fromB.body.documents.map((d: { id: string }) => d.id)).toEqual([id]);
    expect(fromB.body.facets.unread).toBe(1);

    expect(await a.stores.store.markRead(ANNA.uid, id)).toBeTrue();
    const readOnB = await getJson(documentsUrl(b, 'current', `/${id}`), bearer(ANNA_TOKEN));
    expect(readOnB.body.read).toBeTrue();
    const content = await fetch(documentsUrl(b, 'current', `/${id}/content`), { headers: bearer(ANNA_TOKEN) });
    expect(content.status).toBe(200);
    expect(Buffer.from(await content.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

    // both instances append to one audit chain
    const actions = (await b.stores.store.listAudit({ limit: 10 })).map((e) => e.action);
    expect(actions).toEqual(['INGEST', 'VIEW', 'DOWNLOAD']);
  });

  it('make exactly one Exstream call for identical requests spread over both', async () => {
    exstream.setDelay(400);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => generate(i % 2 === 0 ? a : b, ANNA_TOKEN, '300001', { type: 'WARRANTY', entryNumber: 0 })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(exstream.calls.length).toBe(1);
  });
});

import * as fs from 'node:fs';
import { Client } from 'pg';
import { tempDir } from '../support/batch';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { ANNA, ANNA_TOKEN, BEN_TOKEN, DEMO_BATCH, TOKENS } from '../support/fixtures';
import { sharedStorage, TEST_DATABASE_URL, type SharedStorage } from '../support/postgres';
import { bearer, documentsUrl, startStack, type Stack } from '../support/stack';

type ListBody = { documents: { id: string; number: string; read: boolean; deliveryStatus?: { status: string; channel: string; occurredAt: string } }[]; facets: { unread: number } };

const listText = async (stack: Stack, token: string, query = '?pageSize=100') => {
  const response = await fetch(documentsUrl(stack, 'current', query), { headers: bearer(token) });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return response.text();
};

const markRead = async (stack: Stack, id: string) => {
  const response = await fetch(documentsUrl(stack, 'current', `/${id}`), {
    method: 'PATCH',
    headers: { ...bearer(ANNA_TOKEN), 'Content-Type': 'application/json' },
    body: '{"read":true}',
  });
  expect(response.status).toBe(200);
};

describe('List answers cached per instance (SQLite)', () => {
  let commerce: FakeCommerce;
  let dataDir: string;
  let cached: Stack;
  let uncached: Stack;

  beforeAll(async () => {
    commerce = await startFakeCommerce(TOKENS);
    dataDir = tempDir('list-cache');
    cached = await startStack({ commerceUrl: commerce.url, batch: DEMO_BATCH, dataDir });
    uncached = await startStack({ commerceUrl: commerce.url, dataDir, env: { LIST_CACHE_BYTES: '0' } });
  });

  afterAll(async () => {
    await cached.close();
    await uncached.close();
    await commerce.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a repeated list from the cache, byte for byte what an uncached instance answers', async () => {
    const query = '?pageSize=3&sort=byNumber&type=INVOICE,WARRANTY&type=INVOICE';
    const first = await listText(cached, ANNA_TOKEN, query);
    const queries = spyOn(cached.stores.store, 'queryForOwner').and.callThrough();
    const again = await listText(cached, ANNA_TOKEN, '?type=WARRANTY,INVOICE&sort=byNumber&pageSize=3');
    expect(queries).not.toHaveBeenCalled();
    expect(again).toBe(first);
    expect(await listText(uncached, ANNA_TOKEN, query)).toBe(first);
  });

  it("keeps each shopper's answers apart", async () => {
    const anna = JSON.parse(await listText(cached, ANNA_TOKEN)) as ListBody;
    const ben = JSON.parse(await listText(cached, BEN_TOKEN)) as ListBody;
    const annaIds = new Set(anna.documents.map((d) => d.id));
    expect(ben.documents.length).toBeGreaterThan(0);
    expect(ben.documents.some((d) => annaIds.has(d.id))).toBeFalse();
  });

  it('shows a read through this instance, and through another process on the same file, at once', async () => {
    const before = JSON.parse(await listText(cached, ANNA_TOKEN)) as ListBody;
    const [first, second] = before.documents.filter((d) => !d.read);
    await markRead(cached, first.id);
    const afterOwnWrite = JSON.parse(await listText(cached, ANNA_TOKEN)) as ListBody;
    expect(afterOwnWrite.documents.find((d) => d.id === first.id)?.read).toBeTrue();
    expect(afterOwnWrite.facets.unread).toBe(before.facets.unread - 1);

    await markRead(uncached, second.id);
    const afterOtherWrite = JSON.parse(await listText(cached, ANNA_TOKEN)) as ListBody;
    expect(afterOtherWrite.documents.find((d) => d.id === second.id)?.read).toBeTrue();
    expect(afterOtherWrite.facets.unread).toBe(before.facets.unread - 2);
  });
});

describe('List caches of two proxy instances on one PostgreSQL', () => {
  let commerce: FakeCommerce;
  let a: Stack;
  let b: Stack;
  let shared: SharedStorage;

  beforeEach(async () => {
    shared = await sharedStorage('list-cache-pg');
    commerce = await startFakeCommerce(TOKENS);
    const { env, dataDir } = shared;
    a = await startStack({ commerceUrl: commerce.url, env, dataDir, batch: DEMO_BATCH });
    b = await startStack({ commerceUrl: commerce.url, env, dataDir });
  });

  afterEach(async () => {
    await a.close();
    await b.close();
    await commerce.close();
    await shared.remove();
  });

  it('a write through instance A is in the next list through instance B', async () => {
    const before = JSON.parse(await listText(b, ANNA_TOKEN)) as ListBody;
    const queries = spyOn(b.stores.store, 'queryForOwner').and.callThrough();
    expect(await listText(b, ANNA_TOKEN)).toBe(JSON.stringify(before));
    expect(queries).withContext('second list on B comes from its cache').not.toHaveBeenCalled();

    const target = before.documents.find((d) => !d.read)!;
    await markRead(a, target.id);
    const after = JSON.parse(await listText(b, ANNA_TOKEN)) as ListBody;
    expect(after.documents.find((d) => d.id === target.id)?.read).toBeTrue();
    expect(after.facets.unread).toBe(before.facets.unread - 1);

    const added = await a.stores.store.insertIfAbsent({
      ownerUid: ANNA.uid,
      type: 'STATEMENT',
      title: 'Statement December',
      number: 'ST-CACHE-1',
      fileName: 'ST-CACHE-1.pdf',
      createdAt: new Date('2030-01-01T00:00:00Z'),
      mimeType: 'application/pdf',
      size: 10,
      sha256: 'c'.repeat(64),
      language: 'en',
    });
    const withNew = JSON.parse(await listText(b, ANNA_TOKEN)) as ListBody;
    expect(withNew.documents[0].id).toBe(added.id);
  });

  it('a write that bypasses the proxy (plain SQL) is in the next list too', async () => {
    const before = JSON.parse(await listText(b, ANNA_TOKEN)) as ListBody;
    const target = before.documents[0];
    expect(target.deliveryStatus).toBeUndefined();
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(
        `UPDATE "${shared.schema}".documents SET delivery_status = 'DELIVERED', delivery_channel = 'EMAIL', delivery_occurred_at = $2 WHERE id = $1`,
        [target.id, Date.parse('2026-11-20T10:00:00Z')],
      );
    } finally {
      await client.end();
    }
    const after = JSON.parse(await listText(b, ANNA_TOKEN)) as ListBody;
    expect(after.documents[0].deliveryStatus).toEqual({
      status: 'DELIVERED',
      channel: 'EMAIL',
      occurredAt: '2026-11-20T10:00:00.000Z',
    });
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';
import { openContentStore } from '../../src/compose';
import { loadConfig } from '../../src/config';
import BetterSqlite3 from 'better-sqlite3';
import { verifyChain } from '../../src/documents/audit/audit-chain';
import { ingestBatch } from '../../src/documents/ingest/ingest-batch';
import { Azurite, AZURITE_ACCOUNT, AZURITE_KEY } from '../support/azurite';
import { tempDir, writeBatch, type BatchDocument } from '../support/batch';
import { bigPdf } from '../support/big-pdf';
import { DelayingProxy } from '../support/delaying-proxy';
import { ANNA, ANNA_TOKEN } from '../support/fixtures';
import { INTEGRATION_ENV, ingestOne } from '../support/ingest-client';
import { bearer, documentsUrl, getJson } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

const BIG_SIZE = 48 * 1024 * 1024;

describe('Azure Blob Storage faults', () => {
  let azurite: Azurite;
  let relay: DelayingProxy;
  let container: string;

  beforeAll(async () => {
    azurite = await Azurite.start();
    container = await azurite.createContainer();
    // The proxy reaches the emulator through a relay that can make it slow.
    relay = await DelayingProxy.start(azurite.port);
  }, 60_000);

  afterAll(async () => {
    await relay.close();
    await azurite.remove();
  });

  const suite = stackForSuite(
    () => ({
      env: {
        DOCUMENT_STORE_URL: `http://127.0.0.1:${relay.port}/${AZURITE_ACCOUNT}/${container}`,
        AZURE_STORAGE_ACCOUNT_KEY: AZURITE_KEY,
        DOCUMENT_STORE_TIMEOUT_MS: '400',
        ...INTEGRATION_ENV,
      },
    }),
    60_000,
  );

  const ids = new Map<string, string>();
  const contentUrl = (number: string) => documentsUrl(suite.stack, 'current', `/${ids.get(number)}/content`);

  beforeAll(async () => {
    // Seeded directly (default timeout): 400 ms is for reads, not for uploading 48 MB on a busy machine.
    const seedRoot = tempDir('azure-seed');
    const folder = writeBatch(path.join(seedRoot, 'batch'), [
      { file: 'anna/big.pdf', ownerUid: ANNA.uid, type: 'STATEMENT', title: 'Big', number: 'ST-BIG', createdAt: '2026-10-01T00:00:00Z', content: bigPdf(BIG_SIZE) },
      { file: 'anna/small.pdf', ownerUid: ANNA.uid, type: 'INVOICE', title: 'Small', number: 'INV-1', createdAt: '2026-10-02T00:00:00Z' },
    ]);
    const content = openContentStore(loadConfig(azurite.env(container)));
    const seed = await ingestBatch(folder, { store: suite.stack.stores.store, content });
    fs.rmSync(seedRoot, { recursive: true, force: true });
    expect(seed.rejected).toEqual([]);
    for (const item of seed.imported) ids.set(item.number, item.id);
  }, 60_000);

  const temporary: string[] = [];

  afterEach(async () => {
    for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    relay.delayMs = 0;
    await azurite.resume();
  }, 30_000);

  it('cuts a download cleanly when the blob service dies mid-way, keeps serving everything else, and refuses uploads with 503 until it is back', async () => {
    const response = await fetch(contentUrl('ST-BIG'), { headers: bearer(ANNA_TOKEN) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(BIG_SIZE));
    const reader = response.body!.getReader();
    let received = (await reader.read()).value?.length ?? 0;
    await azurite.stop();
    let failed = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.length;
      }
    } catch {
      failed = true;
    }
    expect(failed).withContext('the client sees a broken download, not a complete-looking one').toBeTrue();
    expect(received).toBeLessThan(BIG_SIZE);

    expect((await getJson(`${suite.stack.baseUrl}/health/live`)).status).toBe(200);
    expect((await getJson(documentsUrl(suite.stack), bearer(ANNA_TOKEN))).status).toBe(200);
    const unavailable = await getJson(contentUrl('INV-1'), bearer(ANNA_TOKEN));
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('5');
    expect(unavailable.body.errors[0].type).toBe('ServiceUnavailableError');
    const ready = await getJson(`${suite.stack.baseUrl}/health/ready`);
    expect(ready.status).toBe(503);
    expect(ready.body.checks.content).toBe('DOWN');
    const refused = await ingestOne(suite.stack, 'INV-OUTAGE');
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBe('5');
    expect(refused.body.errors[0].type).toBe('ServiceUnavailableError');
    expect((await getJson(documentsUrl(suite.stack, 'current', '?q=INV-OUTAGE'), bearer(ANNA_TOKEN))).body.pagination.totalResults).toBe(0);

    await azurite.resume();
    const back = await fetch(contentUrl('INV-1'), { headers: bearer(ANNA_TOKEN) });
    expect(back.status).toBe(200);
    expect(Buffer.from(await back.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await ingestOne(suite.stack, 'INV-OUTAGE')).status).toBe(201);
  }, 30_000);

  it('answers 503 with Retry-After when the blob service is slower than DOCUMENT_STORE_TIMEOUT_MS', async () => {
    relay.delayMs = 3_000;
    const started = Date.now();
    const slow = await getJson(contentUrl('INV-1'), bearer(ANNA_TOKEN));
    expect(slow.status).toBe(503);
    expect(slow.headers.get('retry-after')).toBe('5');
    expect(Date.now() - started).withContext('two tries of 400 ms, not the 3 s the service takes').toBeLessThan(2_500);
    relay.delayMs = 0;
    expect((await fetch(contentUrl('INV-1'), { headers: bearer(ANNA_TOKEN) })).status).toBe(200);
  }, 20_000);

  it('rejects the entries it could not store when the service dies during an ingest; a rerun imports each exactly once', async () => {
    const root = tempDir('azure-ingest');
    temporary.push(root);
    const docs: BatchDocument[] = Array.from({ length: 20 }, (_, i) => ({
      file: `d/L-${i}.pdf`,
      ownerUid: ANNA.uid,
      type: 'CORRESPONDENCE',
      title: `Letter ${i}`,
      number: `L-${String(i).padStart(3, '0')}`,
      createdAt: '2026-10-03T00:00:00Z',
    }));
    const folder = writeBatch(path.join(root, 'batch'), docs);
    const first = await ingestBatch(folder, suite.stack.stores, {
      // small batches, one file at a time: the service stops after the first batch committed
      batchSize: 5,
      concurrency: 1,
      onProgress: (_event, { done }) => {
        if (done === 5) void azurite.stop();
      },
    });
    expect(first.imported.length).toBeGreaterThanOrEqual(5);
    expect(first.rejected.length).toBeGreaterThan(0);
    expect(first.imported.length + first.rejected.length).toBe(20);
    expect(first.rejected.every((r) => r.code === 'store-unavailable')).toBeTrue();

    await azurite.resume();
    const rerun = await ingestBatch(folder, suite.stack.stores);
    expect(rerun.rejected).toEqual([]);
    expect(rerun.imported.length).toBe(first.rejected.length);
    expect(rerun.skipped.length).toBe(first.imported.length);

    const db = new BetterSqlite3(path.join(suite.stack.dataDir, 'documents.sqlite'), { readonly: true });
    try {
      const counts = db.prepare("SELECT number, COUNT(*) AS n FROM documents WHERE number LIKE 'L-%' GROUP BY number").all() as { n: number }[];
      expect(counts.length).toBe(20);
      expect(counts.every((c) => c.n === 1)).toBeTrue();
      const events = db
        .prepare("SELECT COUNT(*) AS n FROM audit_events a JOIN documents d ON d.id = a.document_id WHERE a.action = 'INGEST' AND d.number LIKE 'L-%'")
        .get() as { n: number };
      expect(events.n).toBe(20);
    } finally {
      db.close();
    }
    const head = await suite.stack.stores.store.auditHead();
    expect(verifyChain(await suite.stack.stores.store.listAudit({ limit: 10_000 }), { head, fromGenesis: true })).toEqual([]);
    for (const item of [...first.imported, ...rerun.imported].slice(0, 20)) {
      const response = await fetch(documentsUrl(suite.stack, 'current', `/${item.id}/content`), { headers: bearer(ANNA_TOKEN) });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
  }, 60_000);
});

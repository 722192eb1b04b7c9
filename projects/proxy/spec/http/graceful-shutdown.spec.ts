import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { openStores } from '../../src/compose';
import { ingestBatch } from '../../src/documents/ingest/ingest-batch';
import { tempDir, writeBatch } from '../support/batch';
import { bigPdf } from '../support/big-pdf';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { ANNA, ANNA_TOKEN, TOKENS } from '../support/fixtures';
import { startProxyProcess } from '../support/proxy-process';
import { SITE } from '../support/stack';

const SIZE = 24 * 1024 * 1024;

describe('graceful shutdown (the real process, SIGTERM)', () => {
  let commerce: FakeCommerce;
  let dataDir: string;
  let batchDir: string;
  let documentId: string;
  const content = bigPdf(SIZE);

  beforeAll(async () => {
    commerce = await startFakeCommerce(TOKENS);
    dataDir = tempDir('shutdown-data');
    batchDir = tempDir('shutdown-batch');
    writeBatch(batchDir, [
      { file: 'big.pdf', ownerUid: ANNA.uid, type: 'STATEMENT', title: 'Big', number: 'ST-BIG', createdAt: '2026-10-01T00:00:00Z', content },
    ]);
    const stores = await openStores({
      databasePath: path.join(dataDir, 'documents.sqlite'),
      documentStoreDir: path.join(dataDir, 'files'),
      databaseSchema: 'public',
      databasePoolSize: 1,
    });
    const report = await ingestBatch(batchDir, stores);
    await stores.store.close();
    documentId = report.imported[0].id;
  });

  afterAll(async () => {
    await commerce.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(batchDir, { recursive: true, force: true });
  });

  it('finishes an in-flight download completely, refuses new requests, then exits 0', async () => {
    const proxy = await startProxyProcess({ DATA_DIR: dataDir, COMMERCE_BASE_URL: commerce.url, SHUTDOWN_GRACE_MS: '20000' });
    const child = proxy.child;
    try {
      const baseUrl = proxy.baseUrl;
      const path = `/occ/v2/${SITE}/users/current/documents/${documentId}/content`;

      // A slow client: takes the response head, then stops reading.
      const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
        http.get(`${baseUrl}${path}`, { headers: { Authorization: `Bearer ${ANNA_TOKEN}` } }, resolve).on('error', reject);
      });
      expect(response.statusCode).toBe(200);
      response.pause();

      const exited = proxy.terminate();
      await new Promise((resolve) => setTimeout(resolve, 500));

      let refused = false;
      try {
        await fetch(`${baseUrl}/health/live`);
      } catch {
        refused = true;
      }
      expect(refused).withContext('a new connection after SIGTERM').toBeTrue();
      expect(child.exitCode).withContext('still serving the download').toBeNull();

      const hash = createHash('sha256');
      let received = 0;
      response.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        received += chunk.length;
      });
      response.resume();
      await new Promise<void>((resolve, reject) => {
        response.on('end', resolve);
        response.on('error', reject);
      });
      expect(received).toBe(SIZE);
      expect(hash.digest('hex')).toBe(createHash('sha256').update(content).digest('hex'));
      expect(response.complete).toBeTrue();

      expect((await exited).code).toBe(0);
    } finally {
      proxy.kill();
    }
  }, 30_000);
});

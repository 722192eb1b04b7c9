import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { openStores } from '../../src/compose';
import { ingestBatch } from '../../src/documents/ingest/ingest-batch';
import { tempDir, writeBatch } from '../support/batch';
import { bigPdf } from '../support/big-pdf';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { ANNA, ANNA_TOKEN, BEN_TOKEN, TOKENS } from '../support/fixtures';
import { startProxyProcess, type ProxyProcess } from '../support/proxy-process';
import { SITE } from '../support/stack';
import { ThrowawayPostgres } from '../support/throwaway-postgres';

/** Releasing upstream connections and the pool after the grace is bounded too (1 s each, side by side); this is the slack for that and process start-up noise. */
const AFTER_GRACE_MS = 2_500;

/** Opens a raw HTTP/1.1 keep-alive connection, asks one request on it and leaves it open and idle. */
async function idleKeepAliveConnection(baseUrl: string): Promise<{ socket: net.Socket; closed: Promise<void> }> {
  const { port } = new URL(baseUrl);
  const socket = net.connect(Number(port), '127.0.0.1');
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.write('GET /health/live HTTP/1.1\r\nHost: proxy\r\nConnection: keep-alive\r\n\r\n');
  await new Promise<void>((resolve) => {
    let answer = '';
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('utf8');
      if (answer.includes('{"status":"UP"}')) resolve();
    });
  });
  return { socket, closed };
}

function listUrl(proxy: ProxyProcess, user = 'current'): string {
  return `${proxy.baseUrl}/occ/v2/${SITE}/users/${user}/documents`;
}

describe('SIGTERM stops the proxy process within its grace', () => {
  let commerce: FakeCommerce;
  let dataDir: string;
  let bigId: string;

  beforeAll(async () => {
    commerce = await startFakeCommerce(TOKENS);
    dataDir = tempDir('sigterm-data');
    const batchDir = tempDir('sigterm-batch');
    writeBatch(batchDir, [{ file: 'big.pdf', ownerUid: ANNA.uid, type: 'STATEMENT', title: 'Big', number: 'ST-BIG', createdAt: '2026-10-01T00:00:00Z', content: bigPdf(32 * 1024 * 1024) }]);
    const stores = await openStores({ databasePath: path.join(dataDir, 'documents.sqlite'), documentStoreDir: path.join(dataDir, 'files'), databaseSchema: 'public', databasePoolSize: 1 });
    bigId = (await ingestBatch(batchDir, stores)).imported[0].id;
    await stores.store.close();
    fs.rmSync(batchDir, { recursive: true, force: true });
  }, 30_000);

  afterAll(async () => {
    await commerce.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('closes an idle keep-alive connection at once instead of waiting for the grace', async () => {
    const proxy = await startProxyProcess({ DATA_DIR: dataDir, COMMERCE_BASE_URL: commerce.url, SHUTDOWN_GRACE_MS: '20000' });
    try {
      const idle = await idleKeepAliveConnection(proxy.baseUrl);
      const { code, afterMs } = await proxy.terminate();
      expect(code).toBe(0);
      expect(afterMs).withContext('ms from SIGTERM to exit').toBeLessThan(3_000);
      await idle.closed;
    } finally {
      proxy.kill();
    }
  }, 20_000);

  it('closes a connection that sent only half a request at once instead of waiting for the grace', async () => {
    const proxy = await startProxyProcess({ DATA_DIR: dataDir, COMMERCE_BASE_URL: commerce.url, SHUTDOWN_GRACE_MS: '20000' });
    try {
      const socket = net.connect(Number(new URL(proxy.baseUrl).port), '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      socket.write(`GET /occ/v2/${SITE}/users/current/documents HTTP/1.1\r\nHost: proxy\r\nAuthorization: Bearer `);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { code, afterMs } = await proxy.terminate();
      expect(code).toBe(0);
      expect(afterMs).withContext('ms from SIGTERM to exit').toBeLessThan(3_000);
      await closed;
    } finally {
      proxy.kill();
    }
  }, 20_000);

  it('cuts a client that stopped reading a large download once the grace is over, and exits', async () => {
    const grace = 1_500;
    const proxy = await startProxyProcess({ DATA_DIR: dataDir, COMMERCE_BASE_URL: commerce.url, SHUTDOWN_GRACE_MS: String(grace) });
    try {
      const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
        http.get(`${listUrl(proxy)}/${bigId}/content`, { headers: { Authorization: `Bearer ${ANNA_TOKEN}` } }, resolve).on('error', reject);
      });
      expect(response.statusCode).toBe(200);
      response.pause();
      const aborted = new Promise<boolean>((resolve) => response.on('close', () => resolve(!response.complete)));

      const { code, afterMs } = await proxy.terminate();
      expect(code).toBe(0);
      expect(afterMs).withContext('the download had the grace to finish').toBeGreaterThanOrEqual(grace - 100);
      expect(afterMs).withContext('ms from SIGTERM to exit').toBeLessThan(grace + AFTER_GRACE_MS);
      response.resume();
      expect(await aborted).withContext('the unread download was cut, not completed').toBeTrue();
    } finally {
      proxy.kill();
    }
  }, 20_000);

  it('exits with a request in flight to a Commerce that never answers and a keep-alive connection Commerce half-closed', async () => {
    const upstreamSockets = new Set<net.Socket>();
    let halfClosed = 0;
    const upstream = http.createServer((req, res) => {
      if (req.headers.authorization === `Bearer ${BEN_TOKEN}`) return; // never answers
      res.writeHead(200, { 'Content-Type': 'application/json', Connection: 'keep-alive' });
      res.end(JSON.stringify({ type: 'customerWsDTO', uid: ANNA.uid, name: ANNA.name }), () => {
        // FIN from Commerce's side; its read side stays open, so the proxy's end is left to the proxy.
        req.socket.end();
        halfClosed++;
      });
    });
    upstream.on('connection', (socket) => {
      upstreamSockets.add(socket);
      socket.on('close', () => upstreamSockets.delete(socket));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const upstreamUrl = `http://127.0.0.1:${(upstream.address() as net.AddressInfo).port}`;

    const grace = 1_500;
    const proxy = await startProxyProcess({ DATA_DIR: dataDir, COMMERCE_BASE_URL: upstreamUrl, COMMERCE_TIMEOUT_MS: '60000', SHUTDOWN_GRACE_MS: String(grace) });
    try {
      expect((await fetch(listUrl(proxy), { headers: { Authorization: `Bearer ${ANNA_TOKEN}` } })).status).toBe(200);
      expect(halfClosed).toBe(1);
      const hanging = fetch(listUrl(proxy), { headers: { Authorization: `Bearer ${BEN_TOKEN}` } }).then(
        (r) => r.status,
        () => 'cut' as const,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(upstreamSockets.size).withContext('connections from the proxy to Commerce').toBeGreaterThan(0);

      const { code, afterMs } = await proxy.terminate();
      expect(code).toBe(0);
      expect(afterMs).withContext('ms from SIGTERM to exit').toBeLessThan(grace + AFTER_GRACE_MS);
      expect(await hanging).toBe('cut');
    } finally {
      proxy.kill();
      upstream.closeAllConnections();
      await new Promise((resolve) => upstream.close(resolve));
    }
  }, 20_000);

  describe('on PostgreSQL', () => {
    let server: ThrowawayPostgres;

    beforeAll(async () => {
      server = await ThrowawayPostgres.create();
    }, 30_000);

    afterAll(async () => {
      await server?.remove();
    }, 20_000);

    for (const restarted of [false, true]) {
      it(`exits after an outage of the database${restarted ? ' it came back from' : ' that is still down'}`, async () => {
        const grace = 3_000;
        const proxy = await startProxyProcess({
          DATA_DIR: tempDir('sigterm-pg'),
          DATABASE_URL: server.url,
          DATABASE_POOL_SIZE: '4',
          LIST_CACHE_BYTES: '0',
          COMMERCE_BASE_URL: commerce.url,
          SHUTDOWN_GRACE_MS: String(grace),
        });
        try {
          const lists = () => Promise.all(Array.from({ length: 8 }, () => fetch(listUrl(proxy), { headers: { Authorization: `Bearer ${ANNA_TOKEN}` } }).then((r) => r.status)));
          expect(await lists()).toEqual(Array(8).fill(200));
          const during = lists();
          await server.stop();
          expect((await during).every((status) => status === 200 || status === 503)).withContext(String(await during)).toBeTrue();
          expect(await lists()).toEqual(Array(8).fill(503));
          if (restarted) {
            await server.start();
            expect(await lists()).toEqual(Array(8).fill(200));
          }
          const { code, afterMs } = await proxy.terminate();
          expect(code).withContext(proxy.output().slice(-2000)).toBe(0);
          expect(afterMs).withContext('ms from SIGTERM to exit').toBeLessThan(grace + AFTER_GRACE_MS);
        } finally {
          proxy.kill();
          if (!restarted) await server.start();
        }
      }, 30_000);
    }
  });
});

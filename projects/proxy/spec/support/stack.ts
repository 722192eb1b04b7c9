import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { openStores, type Stores } from '../../src/compose';
import type { ContentStore } from '../../src/documents/storage/content-store';
import { loadConfig } from '../../src/config';
import { ingestBatch, type IngestReport } from '../../src/documents/ingest/ingest-batch';
import { closeApp } from '../../src/http/close';
import { createProxyApp } from '../../src/proxy-app';
import { tempDir, writeBatch, type BatchDocument } from './batch';

export interface StackOptions {
  commerceUrl: string;
  batch?: BatchDocument[];
  env?: Record<string, string>;
  logStream?: NodeJS.WritableStream;
  logLevel?: string;
  /** an existing data dir (several instances sharing files); a fresh temp dir otherwise */
  dataDir?: string;
  /** replaces the content store the proxy serves from (e.g. with one that fails on demand) */
  wrapContent?: (content: ContentStore) => ContentStore;
}

export interface Stack {
  baseUrl: string;
  app: FastifyInstance;
  stores: Stores;
  dataDir: string;
  seed?: IngestReport;
  /** id of the seeded document with that number */
  idOf(number: string): string;
  close(): Promise<void>;
}

/** The proxy as main.ts wires it (config from env, SQLite + files in a temp DATA_DIR), on port 0. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? tempDir('data');
  const config = loadConfig({ DATA_DIR: dataDir, COMMERCE_BASE_URL: options.commerceUrl, ...options.env }, dataDir);
  const opened = await openStores(config);
  const stores = options.wrapContent ? { ...opened, content: options.wrapContent(opened.content) } : opened;
  let seed: IngestReport | undefined;
  const batchRoot = tempDir('batch');
  if (options.batch) {
    const folder = writeBatch(path.join(batchRoot, 'out'), options.batch);
    seed = await ingestBatch(folder, stores);
    if (seed.rejected.length > 0) throw new Error(`seed rejected: ${JSON.stringify(seed.rejected)}`);
  }
  const app = await createProxyApp(
    config,
    stores,
    options.logStream ? { level: options.logLevel ?? 'info', stream: options.logStream } : false,
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    stores,
    dataDir,
    seed,
    idOf(number: string) {
      const item = seed?.imported.find((i) => i.number === number);
      if (!item) throw new Error(`no seeded document ${number}`);
      return item.id;
    },
    async close() {
      await closeApp(app, 2_000);
      await stores.store.close();
      if (ownsDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(batchRoot, { recursive: true, force: true });
    },
  };
}

export const SITE = 'electronics-spa';

export function documentsUrl(stack: Pick<Stack, 'baseUrl'>, userId = 'current', suffix = ''): string {
  return `${stack.baseUrl}/occ/v2/${SITE}/users/${encodeURIComponent(userId)}/documents${suffix}`;
}

export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}

export async function getJson(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(url, { headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

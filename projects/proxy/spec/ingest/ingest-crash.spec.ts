import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { BlobServiceClient } from '@azure/storage-blob';
import { Client } from 'pg';
import { sharedAzurite } from '../support/azurite';
import { tempDir, writeBatch, type BatchDocument } from '../support/batch';
import { dropSchema, freshSchema, requirePostgres, TEST_DATABASE_URL } from '../support/postgres';

const CLI = path.resolve(__dirname, '../../src/cli/ingest.js');
const VERIFY = path.resolve(__dirname, '../../src/cli/audit-verify.js');
const COUNT = 400;

interface StorePair {
  /** the CLI's environment */
  env: Record<string, string>;
  /** documents per number, and documents with an INGEST event */
  counts(): Promise<{ perNumber: number[]; withIngestEvent: number }>;
  remove(): Promise<void>;
}

function describeCrash(name: string, open: (root: string) => Promise<StorePair>): void {
  describe(`ingest CLI killed midway (${name})`, () => {
    let root: string;
    let pair: StorePair;

    beforeEach(async () => {
      root = tempDir('crash');
      pair = await open(root);
    }, 30_000);

    afterEach(async () => {
      await pair.remove();
      fs.rmSync(root, { recursive: true, force: true });
    });

    it('loses nothing: a rerun imports the rest, every document exactly once, with an intact audit chain', async () => {
      const docs: BatchDocument[] = Array.from({ length: COUNT }, (_, i) => ({
        file: `d/DOC-${i}.pdf`,
        ownerUid: 'anna.schmidt@example.com',
        type: 'STATEMENT',
        title: `Statement ${i}`,
        number: `ST-${String(i).padStart(4, '0')}`,
        createdAt: '2026-10-02T09:14:00Z',
      }));
      const folder = writeBatch(path.join(root, 'batch'), docs);
      const env = { PATH: process.env['PATH'] ?? '', ...pair.env };
      // batches of 20: the kill comes after some were committed, with the next one's files being stored
      const args = [CLI, folder, '--verbose', '--batch-size=20'];

      const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let seen = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          if (/\[30\/400\]/.test(seen)) child.kill('SIGKILL');
        });
        child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`finished before the kill: ${seen.slice(-200)}`))));
      });

      const before = await pair.counts();
      const importedBefore = before.perNumber.length;
      expect(importedBefore).toBeGreaterThanOrEqual(30);
      expect(importedBefore).toBeLessThan(COUNT);

      const rerun = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 60_000 });
      expect(rerun.status).toBe(0);
      expect(rerun.stdout).toContain(`Done: ${COUNT} entries, ${COUNT - importedBefore} imported, ${importedBefore} skipped`);

      const after = await pair.counts();
      expect(after.perNumber.length).toBe(COUNT);
      expect(after.perNumber.every((n) => n === 1)).toBeTrue();
      expect(after.withIngestEvent).toBe(COUNT);
      const verify = spawnSync(process.execPath, [VERIFY], { env, encoding: 'utf8', timeout: 20_000 });
      expect(verify.stdout).toContain(`Audit trail OK: ${COUNT} events`);
      expect(verify.status).toBe(0);
    }, 90_000);
  });
}

describeCrash('SQLite and folder', async (root) => {
  const file = path.join(root, 'data', 'documents.sqlite');
  return {
    env: { DATA_DIR: path.join(root, 'data') },
    counts: async () => {
      const db = new BetterSqlite3(file, { readonly: true });
      try {
        const rows = db.prepare('SELECT COUNT(*) AS n FROM documents GROUP BY number').all() as { n: number }[];
        const events = db.prepare("SELECT COUNT(DISTINCT document_id) AS n FROM audit_events WHERE action = 'INGEST'").get() as { n: number };
        return { perNumber: rows.map((r) => r.n), withIngestEvent: events.n };
      } finally {
        db.close();
      }
    },
    remove: async () => undefined,
  };
});

describeCrash('PostgreSQL and Azure Blob', async (root) => {
  await requirePostgres();
  const azurite = await sharedAzurite();
  const container = await azurite.createContainer();
  const schema = freshSchema();
  return {
    env: { DATA_DIR: path.join(root, 'data'), DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, ...azurite.env(container) },
    counts: async () => {
      const client = new Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [schema, 'documents']);
        if (exists.rowCount === 0) return { perNumber: [], withIngestEvent: 0 };
        const rows = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "${schema}".documents GROUP BY number`);
        const events = await client.query<{ n: string }>(`SELECT COUNT(DISTINCT document_id) AS n FROM "${schema}".audit_events WHERE action = 'INGEST'`);
        return { perNumber: rows.rows.map((r) => Number(r.n)), withIngestEvent: Number(events.rows[0].n) };
      } finally {
        await client.end();
      }
    },
    remove: async () => {
      await dropSchema(schema);
      await BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(container).delete();
    },
  };
});

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir, writeBatch, type BatchDocument } from '../support/batch';

const CLI = path.resolve(__dirname, '../../src/cli/ingest.js');
const VERIFY = path.resolve(__dirname, '../../src/cli/audit-verify.js');
const COUNT = 400;

describe('ingest CLI killed midway', () => {
  let root: string;

  beforeEach(() => {
    root = tempDir('crash');
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

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
    const env = { PATH: process.env['PATH'], DATA_DIR: path.join(root, 'data') };

    const child = spawn(process.execPath, [CLI, folder], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (/\[30\/400\]/.test(seen)) child.kill('SIGKILL');
      });
      child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`finished before the kill: ${seen.slice(-200)}`))));
    });

    const db = () => new BetterSqlite3(path.join(root, 'data', 'documents.sqlite'), { readonly: true });
    const before = db();
    const importedBefore = (before.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    before.close();
    expect(importedBefore).toBeGreaterThanOrEqual(30);
    expect(importedBefore).toBeLessThan(COUNT);

    const rerun = spawnSync(process.execPath, [CLI, folder], { env, encoding: 'utf8', timeout: 60_000 });
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toContain(`Done: ${COUNT} entries, ${COUNT - importedBefore} imported, ${importedBefore} skipped`);

    const after = db();
    try {
      const rows = after.prepare('SELECT number, COUNT(*) AS n FROM documents GROUP BY number').all() as { number: string; n: number }[];
      expect(rows.length).toBe(COUNT);
      expect(rows.every((r) => r.n === 1)).toBeTrue();
      const ingestEvents = (after.prepare("SELECT COUNT(DISTINCT document_id) AS n FROM audit_events WHERE action = 'INGEST'").get() as { n: number }).n;
      expect(ingestEvents).toBe(COUNT);
    } finally {
      after.close();
    }
    const verify = spawnSync(process.execPath, [VERIFY], { env, encoding: 'utf8', timeout: 20_000 });
    expect(verify.stdout).toContain(`Audit trail OK: ${COUNT} events`);
    expect(verify.status).toBe(0);
  });
});

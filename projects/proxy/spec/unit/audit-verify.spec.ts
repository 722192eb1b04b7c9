import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteDocumentStore } from '../../src/store/sqlite/sqlite-document-store';
import { tempDir } from '../support/batch';

const VERIFY = path.resolve(__dirname, '../../src/cli/audit-verify.js');

describe('npm run audit:verify', () => {
  let root: string;
  let file: string;

  beforeEach(async () => {
    root = tempDir('verify');
    file = path.join(root, 'data', 'documents.sqlite');
    const store = SqliteDocumentStore.open(file);
    for (let i = 0; i < 6; i++) {
      await store.appendAudit({ action: i % 2 ? 'DOWNLOAD' : 'VIEW', actor: 'shopper:anna', documentId: `doc-${i}`, documentSha256: 'a'.repeat(64) });
    }
    await store.close();
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const verify = (...args: string[]) =>
    spawnSync(process.execPath, [VERIFY, ...args], { env: { PATH: process.env['PATH'], DATA_DIR: path.join(root, 'data') }, encoding: 'utf8', timeout: 20_000 });
  const tamper = (sql: string) => {
    const db = new BetterSqlite3(file);
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
  };

  it('passes an untouched chain', () => {
    const result = verify();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Audit trail OK: 6 events');
  });

  it('detects an edited event', () => {
    tamper("UPDATE audit_events SET actor = 'shopper:mallory' WHERE seq = 3");
    const result = verify();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('event #3: content does not match its hash (edited)');
  });

  it('detects an edited event whose hash was recomputed (the next event no longer chains to it)', () => {
    // a different first character, whatever the hash was (a fixed 'f' left 1 in 16 hashes unchanged)
    tamper("UPDATE audit_events SET document_id = 'doc-x', hash = (CASE WHEN substr(hash, 1, 1) = 'f' THEN 'e' ELSE 'f' END) || substr(hash, 2) WHERE seq = 3");
    const result = verify();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('event #4: prevHash does not match the hash of event 3');
  });

  it('detects a deleted event', () => {
    tamper('DELETE FROM audit_events WHERE seq = 4');
    const result = verify();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('events 4..4 are missing (deleted)');
  });

  it('detects deleted events at the start and at the end', () => {
    tamper('DELETE FROM audit_events WHERE seq IN (1, 6)');
    const result = verify();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('does not start at the first event');
    expect(result.stdout).toContain('the recorded head is event 6, but the chain ends at 5');
  });

  it('detects reordered events', () => {
    tamper('UPDATE audit_events SET seq = -2 WHERE seq = 2; UPDATE audit_events SET seq = 2 WHERE seq = 5; UPDATE audit_events SET seq = 5 WHERE seq = -2;');
    const result = verify();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('event #2: content does not match its hash (edited)');
    expect(result.stdout).toContain('event #3: prevHash does not match');
  });

  it('verifies an exported file and finds a reordering in it', () => {
    const db = new BetterSqlite3(file, { readonly: true });
    const rows = db.prepare('SELECT * FROM audit_events ORDER BY seq').all() as Record<string, unknown>[];
    db.close();
    const events = rows.map((r) => ({
      seq: r['seq'], at: r['at'], action: r['action'], actor: r['actor'], documentId: r['document_id'],
      documentSha256: r['document_sha256'], prevHash: r['prev_hash'], hash: r['hash'],
    }));
    const exported = path.join(root, 'export.json');
    fs.writeFileSync(exported, JSON.stringify({ events }));
    expect(verify('--file', exported).status).toBe(0);
    [events[1], events[2]] = [events[2], events[1]];
    fs.writeFileSync(exported, JSON.stringify({ events }));
    const result = verify('--file', exported);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('(reordered)');
  });
});

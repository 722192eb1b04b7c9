import * as fs from 'node:fs';
import * as path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteDocumentStore } from '../../src/store/sqlite/sqlite-document-store';
import { MIGRATIONS } from '../../src/store/sqlite/migrations';
import type { NewDocument } from '../../src/documents/model';
import { tempDir } from '../support/batch';

const DOC: NewDocument = {
  ownerUid: 'anna.schmidt@example.com',
  type: 'INVOICE',
  title: 'Invoice 1',
  number: 'INV-1',
  fileName: 'INV-1.pdf',
  createdAt: new Date('2026-10-02T09:14:00Z'),
  mimeType: 'application/pdf',
  size: 10,
  sha256: 'a'.repeat(64),
  language: 'en',
};

describe('SqliteDocumentStore', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = tempDir('sqlite');
    file = path.join(dir, 'nested', 'documents.sqlite');
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the file in WAL mode, records migrations and applies them only once', async () => {
    const store = SqliteDocumentStore.open(file);
    await store.insertIfAbsent(DOC);
    await store.close();
    const again = SqliteDocumentStore.open(file);
    await again.close();

    const db = new BetterSqlite3(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
      expect(versions.map((v) => v.version)).toEqual(MIGRATIONS.map((m) => m.version));
      expect((db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n).toBe(1);
    } finally {
      db.close();
    }
  });

  it('inserts once per owner + type + number + sha256 and finds only for the owner', async () => {
    const store = SqliteDocumentStore.open(file);
    try {
      const first = await store.insertIfAbsent(DOC);
      const second = await store.insertIfAbsent({ ...DOC, title: 'changed title' });
      expect(first.inserted).toBeTrue();
      expect(second).toEqual({ inserted: false, id: first.id });
      expect((await store.insertIfAbsent({ ...DOC, ownerUid: 'ben.miller@example.com' })).inserted).toBeTrue();

      expect((await store.findForOwner(DOC.ownerUid, first.id))?.title).toBe('Invoice 1');
      expect(await store.findForOwner('ben.miller@example.com', first.id)).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('treats SQL-looking search text as plain text (bound parameters)', async () => {
    const store = SqliteDocumentStore.open(file);
    try {
      await store.insertIfAbsent(DOC);
      const page = await store.queryForOwner(DOC.ownerUid, {
        types: [],
        q: "' OR 1=1 --",
        currentPage: 0,
        pageSize: 10,
        sort: 'byDateDesc',
      });
      expect(page.totalResults).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('marks read per owner only', async () => {
    const store = SqliteDocumentStore.open(file);
    try {
      const { id } = await store.insertIfAbsent(DOC);
      expect(await store.markRead('ben.miller@example.com', id)).toBeFalse();
      expect((await store.findForOwner(DOC.ownerUid, id))?.read).toBeFalse();
      expect(await store.markRead(DOC.ownerUid, id)).toBeTrue();
      expect((await store.findForOwner(DOC.ownerUid, id))?.read).toBeTrue();
    } finally {
      await store.close();
    }
  });
});

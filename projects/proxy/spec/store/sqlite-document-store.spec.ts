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

  it('sizes its page cache in MiB, 16 by default', async () => {
    const cacheKib = (store: SqliteDocumentStore) => -((store as unknown as { db: BetterSqlite3.Database }).db.pragma('cache_size', { simple: true }) as number);
    const byDefault = SqliteDocumentStore.open(file);
    const small = SqliteDocumentStore.open(path.join(dir, 'small.sqlite'), { cacheMb: 2 });
    try {
      expect(cacheKib(byDefault)).toBe(16 * 1024);
      expect(cacheKib(small)).toBe(2 * 1024);
    } finally {
      await byDefault.close();
      await small.close();
    }
  });
});

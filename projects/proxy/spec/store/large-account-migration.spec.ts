import * as fs from 'node:fs';
import * as path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Pool } from 'pg';
import type { ProxyStore } from '../../src/documents/storage/proxy-store';
import { migratePg, PG_MIGRATIONS } from '../../src/store/postgres/migrations';
import { PgDocumentStore } from '../../src/store/postgres/pg-document-store';
import { migrate, MIGRATIONS } from '../../src/store/sqlite/migrations';
import { SqliteDocumentStore } from '../../src/store/sqlite/sqlite-document-store';
import { tempDir } from '../support/batch';
import { dropSchema, freshSchema, requirePostgres, TEST_DATABASE_URL } from '../support/postgres';

const ANNA = 'anna.schmidt@example.com';
const BEN = 'ben.miller@example.com';
const TYPES = ['INVOICE', 'STATEMENT', 'CORRESPONDENCE'];
const TITLES = ['Rechnung Müller', 'Kontoauszug März', 'Brief an Jürgen'];
/** 3,000 rows, as a store at the previous schema version holds them (no read flag, no search terms). */
const ROWS = Array.from({ length: 3000 }, (_, i) => ({
  id: `doc-${i}`,
  owner: i % 10 === 0 ? BEN : ANNA,
  type: TYPES[i % 3],
  title: `${TITLES[i % 3]} ${i}`,
  number: `INV-${String(i).padStart(6, '0')}`,
  created: Date.UTC(2026, i % 12, 1) + i,
  read: i % 7 === 0,
}));
const COLUMNS = ['id', 'owner_uid', 'type', 'title', 'title_lc', 'number', 'number_lc', 'file_name', 'created_at', 'mime_type', 'size', 'sha256', 'language', 'imported_at'];

function rowValues(r: (typeof ROWS)[number]): unknown[] {
  return [r.id, r.owner, r.type, r.title, r.title.toLowerCase(), r.number, r.number.toLowerCase(), `${r.number}.pdf`, r.created, 'application/pdf', 10, r.id.padEnd(64, '0'), 'de', r.created];
}

async function expectMigrated(store: ProxyStore): Promise<void> {
  const base = { types: [], currentPage: 0, pageSize: 10, sort: 'byDateDesc' as const };
  const anna = ROWS.filter((r) => r.owner === ANNA);
  const page = await store.queryForOwner(ANNA, base);
  expect(page.totalResults).withContext('no row lost').toBe(anna.length);
  expect(page.unreadCount).toBe(anna.filter((r) => !r.read).length);
  expect(page.typeCounts).toEqual(
    ['INVOICE', 'STATEMENT', 'CORRESPONDENCE'].map((code) => ({ code: code as 'INVOICE', count: anna.filter((r) => r.type === code).length })),
  );
  expect((await store.queryForOwner(ANNA, { ...base, from: new Date(0) })).typeCounts).withContext('counters match a recount').toEqual(page.typeCounts);
  const inRange = (from: number, to: number) => anna.filter((r) => r.created >= from && r.created < to);
  for (const [from, to] of [
    [Date.UTC(2026, 2, 1), Date.UTC(2026, 5, 1)],
    [Date.UTC(2026, 2, 1) + 1000, Date.UTC(2026, 10, 1)],
  ]) {
    const answer = await store.queryForOwner(ANNA, { ...base, from: new Date(from), toExclusive: new Date(to) });
    expect(answer.totalResults).withContext(`period counters backfilled: ${new Date(from).toISOString()}`).toBe(inRange(from, to).length);
    expect(answer.unreadCount).toBe(inRange(from, to).filter((r) => !r.read).length);
  }
  expect((await store.queryForOwner(ANNA, { ...base, unread: false })).totalResults).toBe(anna.filter((r) => r.read).length);
  expect((await store.queryForOwner(ANNA, { ...base, q: 'muller' })).totalResults).withContext('search terms backfilled').toBe(anna.filter((r) => r.type === 'INVOICE').length);
  expect((await store.queryForOwner(ANNA, { ...base, q: 'INV-00123' })).documents.map((d) => d.number).sort()).toEqual(
    anna.filter((r) => r.number.startsWith('INV-00123')).map((r) => r.number).sort(),
  );
  expect((await store.queryForOwner(BEN, { ...base, q: 'jurgen' })).totalResults).toBe(ROWS.filter((r) => r.owner === BEN && r.type === 'CORRESPONDENCE').length);
  // New writes keep everything in step after the migration.
  await store.markRead(ANNA, 'doc-1');
  expect((await store.queryForOwner(ANNA, base)).unreadCount).toBe(anna.filter((r) => !r.read).length - 1);
}

describe('large-account migrations (SQLite 7 and 9, PostgreSQL 8 and 10) of an existing store', () => {
  it('SQLite: backfills the read flag, the counters (per type, day and month) and the search index without losing a row', async () => {
    const dir = tempDir('migrate7');
    const file = path.join(dir, 'documents.sqlite');
    try {
      const db = new BetterSqlite3(file);
      migrate(db, MIGRATIONS.filter((m) => m.version <= 6));
      const insert = db.prepare(`INSERT INTO documents (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`);
      const read = db.prepare('INSERT INTO document_reads (document_id, user_uid, read_at) VALUES (?, ?, 1)');
      db.transaction(() => {
        for (const row of ROWS) {
          insert.run(...rowValues(row));
          if (row.read) read.run(row.id, row.owner);
        }
      })();
      db.close();
      const store = SqliteDocumentStore.open(file);
      try {
        await expectMigrated(store);
      } finally {
        await store.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('PostgreSQL: the same', async () => {
    await requirePostgres();
    const schema = freshSchema();
    const pool = new Pool({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` });
    try {
      const client = await pool.connect();
      try {
        await migratePg(client, schema, PG_MIGRATIONS.filter((m) => m.version <= 7));
        const columns = COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
        for (const row of ROWS) {
          await client.query(`INSERT INTO documents (${COLUMNS.join(', ')}) VALUES (${columns})`, rowValues(row));
          if (row.read) await client.query('INSERT INTO document_reads (document_id, user_uid, read_at) VALUES ($1, $2, 1)', [row.id, row.owner]);
        }
      } finally {
        client.release();
      }
      const store = await PgDocumentStore.open(TEST_DATABASE_URL, { schema });
      try {
        await expectMigrated(store);
      } finally {
        await store.close();
      }
    } finally {
      await pool.end();
      await dropSchema(schema);
    }
  });
});

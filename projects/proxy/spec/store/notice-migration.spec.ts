import * as fs from 'node:fs';
import * as path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Pool } from 'pg';
import { migratePg, PG_MIGRATIONS } from '../../src/store/postgres/migrations';
import { PgDocumentStore } from '../../src/store/postgres/pg-document-store';
import type { ProxyStore } from '../../src/documents/storage/proxy-store';
import { migrate, MIGRATIONS } from '../../src/store/sqlite/migrations';
import { SqliteDocumentStore } from '../../src/store/sqlite/sqlite-document-store';
import { tempDir } from '../support/batch';
import { dropSchema, freshSchema, requirePostgres, TEST_DATABASE_URL } from '../support/postgres';

const OWNER = 'anna.schmidt@example.com';
const CREATED = Date.parse('2026-10-02T09:14:00Z');
/** id, delivery_status, channel, action_url as an issue-2 proxy could have stored them */
const OLD_ROWS: [string, string | null, string | null, string | null][] = [
  ['d-delivered', 'delivered', 'PRINT', 'https://offers.example.com/renew'],
  ['d-bounced', 'BOUNCED', 'EMAIL', '/my-account/orders'],
  ['d-unknown', 'IN_TRANSIT', 'ARCHIVE', 'http://insecure.example.com/'],
  ['d-none', null, null, '//evil.example.com/x'],
];

function insertSql(placeholder: (i: number) => string): string {
  const columns = ['id', 'owner_uid', 'type', 'title', 'title_lc', 'number', 'number_lc', 'file_name', 'created_at', 'mime_type', 'size', 'sha256', 'language', 'imported_at', 'delivery_status', 'channel', 'action_url'];
  return `INSERT INTO documents (${columns.join(', ')}) VALUES (${columns.map((_, i) => placeholder(i)).join(', ')})`;
}

function values([id, status, channel, url]: (typeof OLD_ROWS)[number]): unknown[] {
  return [id, OWNER, 'INVOICE', id, id, id, id, `${id}.pdf`, CREATED, 'application/pdf', 1, id.padEnd(64, '0'), 'en', CREATED, status, channel, url];
}

async function expectMigrated(store: ProxyStore): Promise<void> {
  const delivered = await store.findForOwner(OWNER, 'd-delivered');
  expect(delivered?.deliveryStatus).toEqual({ status: 'DELIVERED', channel: 'POST', occurredAt: new Date(CREATED).toISOString() });
  expect(delivered?.actionUrl).toBe('https://offers.example.com/renew');
  const bounced = await store.findForOwner(OWNER, 'd-bounced');
  expect(bounced?.deliveryStatus).toEqual({ status: 'BOUNCED', channel: 'EMAIL', occurredAt: new Date(CREATED).toISOString() });
  expect(bounced?.actionUrl).toBe('/my-account/orders');
  const unknown = await store.findForOwner(OWNER, 'd-unknown');
  expect(unknown?.deliveryStatus).toBeUndefined();
  expect(unknown?.actionUrl).toBeUndefined();
  expect((await store.findForOwner(OWNER, 'd-none'))?.actionUrl).toBeUndefined();
  const page = await store.queryForOwner(OWNER, { types: [], currentPage: 0, pageSize: 10, sort: 'byNumber' });
  expect(page.totalResults).toBe(4);
}

describe('issue 6 migration of existing documents', () => {
  it('SQLite: types the old delivery status and drops unsafe action URLs', async () => {
    const dir = tempDir('migrate6');
    const file = path.join(dir, 'documents.sqlite');
    try {
      const db = new BetterSqlite3(file);
      migrate(db, MIGRATIONS.filter((m) => m.version <= 2));
      const insert = db.prepare(insertSql(() => '?'));
      for (const row of OLD_ROWS) insert.run(...values(row));
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
        await migratePg(client, schema, PG_MIGRATIONS.filter((m) => m.version <= 2));
        for (const row of OLD_ROWS) await client.query(insertSql((i) => `$${i + 1}`), values(row));
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

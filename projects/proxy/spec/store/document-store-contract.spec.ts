import * as fs from 'node:fs';
import * as path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { PgDocumentStore } from '../../src/store/postgres/pg-document-store';
import { SqliteDocumentStore } from '../../src/store/sqlite/sqlite-document-store';
import { tempDir } from '../support/batch';
import { dropSchema, freshSchema, requirePostgres, TEST_DATABASE_URL } from '../support/postgres';
import { describeStoreContract } from './store-contract';
import { describeListContract } from './store-list-contract';

describeStoreContract('SqliteDocumentStore', async () => {
  const dir = tempDir('contract');
  const file = path.join(dir, 'documents.sqlite');
  const store = SqliteDocumentStore.open(file);
  return {
    store,
    openAnother: async () => SqliteDocumentStore.open(file),
    setDeliveryStatusDirectly: async (id, status) => {
      const db = new BetterSqlite3(file);
      try {
        db.prepare('UPDATE documents SET delivery_status = ? WHERE id = ?').run(status, id);
      } finally {
        db.close();
      }
    },
    cleanup: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

describeStoreContract('PgDocumentStore', async () => {
  await requirePostgres();
  const schema = freshSchema();
  const store = await PgDocumentStore.open(TEST_DATABASE_URL, { schema, poolSize: 4 });
  return {
    store,
    openAnother: () => PgDocumentStore.open(TEST_DATABASE_URL, { schema, poolSize: 4 }),
    setDeliveryStatusDirectly: async (id, status) => {
      const client = new Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`UPDATE "${schema}".documents SET delivery_status = $1 WHERE id = $2`, [status, id]);
      } finally {
        await client.end();
      }
    },
    cleanup: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
});

describeListContract('SqliteDocumentStore', async () => {
  const dir = tempDir('list-contract');
  const file = path.join(dir, 'documents.sqlite');
  const store = SqliteDocumentStore.open(file);
  return {
    store,
    deleteDirectly: async (id) => {
      const db = new BetterSqlite3(file);
      try {
        db.prepare('DELETE FROM documents WHERE id = ?').run(id);
      } finally {
        db.close();
      }
    },
    cleanup: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

describeListContract('PgDocumentStore', async () => {
  await requirePostgres();
  const schema = freshSchema();
  const store = await PgDocumentStore.open(TEST_DATABASE_URL, { schema, poolSize: 4 });
  return {
    store,
    deleteDirectly: async (id) => {
      const client = new Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`DELETE FROM "${schema}".documents WHERE id = $1`, [id]);
      } finally {
        await client.end();
      }
    },
    cleanup: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
});

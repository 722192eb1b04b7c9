import * as fs from 'node:fs';
import * as path from 'node:path';
import { PgDocumentStore } from '../../src/store/postgres/pg-document-store';
import { SqliteDocumentStore } from '../../src/store/sqlite/sqlite-document-store';
import { tempDir } from '../support/batch';
import { dropSchema, freshSchema, requirePostgres, TEST_DATABASE_URL } from '../support/postgres';
import { describeStoreContract } from './store-contract';

describeStoreContract('SqliteDocumentStore', async () => {
  const dir = tempDir('contract');
  const file = path.join(dir, 'documents.sqlite');
  const store = SqliteDocumentStore.open(file);
  return {
    store,
    openAnother: async () => SqliteDocumentStore.open(file),
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
    cleanup: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
});

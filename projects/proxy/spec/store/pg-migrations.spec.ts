import { Client } from 'pg';
import { PgDocumentStore } from '../../src/store/postgres/pg-document-store';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations';
import { DOC } from './store-contract';
import { dropSchema, freshSchema, requirePostgres, TEST_DATABASE_URL } from '../support/postgres';

describe('PgDocumentStore migrations', () => {
  let schema: string;

  beforeEach(async () => {
    await requirePostgres();
    schema = freshSchema();
  });

  afterEach(async () => dropSchema(schema));

  it('applies each migration exactly once when several instances start together', async () => {
    const stores = await Promise.all(Array.from({ length: 4 }, () => PgDocumentStore.open(TEST_DATABASE_URL, { schema, poolSize: 2 })));
    try {
      const { id } = await stores[0].insertIfAbsent(DOC);
      expect((await stores[3].findForOwner(DOC.ownerUid, id))?.number).toBe('INV-1');
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
    const again = await PgDocumentStore.open(TEST_DATABASE_URL, { schema });
    await again.close();

    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
      expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((m) => m.version));
    } finally {
      await client.end();
    }
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expectAsync(PgDocumentStore.open(TEST_DATABASE_URL, { schema: 'x"; DROP TABLE y; --' })).toBeRejectedWithError(/Invalid schema name/);
  });
});

import { Client } from 'pg';
import { PgDocumentStore } from '../../src/store/postgres/pg-document-store';
import { storeFaultOf } from '../../src/documents/storage/store-fault';
import { dropSchema, freshSchema, requirePostgres, TEST_DATABASE_URL } from '../support/postgres';

describe('PgDocumentStore.close', () => {
  let schema: string;

  beforeEach(async () => {
    await requirePostgres();
    schema = freshSchema();
  });

  afterEach(async () => dropSchema(schema));

  it('returns within its timeout while a statement is stuck on a connection, cutting that connection', async () => {
    const store = await PgDocumentStore.open(TEST_DATABASE_URL, { schema, poolSize: 2 });
    const locker = new Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE documents IN ACCESS EXCLUSIVE MODE');
      // Waits for the lock: its pool client stays checked out, which pool.end() alone waits for.
      const stuck = store.findForOwner('anna', '00000000-0000-0000-0000-000000000000').then(
        () => 'answered',
        (error: unknown) => error,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));

      const started = Date.now();
      await store.close(500);
      expect(Date.now() - started).toBeLessThan(1_500);
      const outcome = await stuck;
      expect(outcome).toEqual(jasmine.any(Error));
      expect(storeFaultOf(outcome)).toBe('index');
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }
  }, 15_000);
});

import { Client } from 'pg';
import { PgDocumentStore } from '../../src/store/postgres/pg-document-store';
import { storeFaultOf } from '../../src/documents/storage/store-fault';
import { dropSchema, freshSchema, requirePostgres, TEST_DATABASE_URL } from '../support/postgres';

describe('PostgreSQL statement timeout (DATABASE_STATEMENT_TIMEOUT_MS)', () => {
  let schema: string;
  let locker: Client;

  beforeEach(async () => {
    await requirePostgres();
    schema = freshSchema();
    locker = new Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` });
    await locker.connect();
  });

  afterEach(async () => {
    await locker.end();
    await dropSchema(schema);
  });

  async function lockedRead(store: PgDocumentStore): Promise<{ outcome: unknown; ms: number }> {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE documents IN ACCESS EXCLUSIVE MODE');
    const started = Date.now();
    const outcome = await Promise.race([
      store.findForOwner('anna', '00000000-0000-0000-0000-000000000000').then(() => 'answered', (error: unknown) => error),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 1_500)),
    ]);
    const ms = Date.now() - started;
    await locker.query('ROLLBACK');
    return { outcome, ms };
  }

  it('cancels a statement that waits longer than the timeout, and reports it as a store fault (503, Retry-After)', async () => {
    const store = await PgDocumentStore.open(TEST_DATABASE_URL, { schema, poolSize: 2, statementTimeoutMs: 200 });
    try {
      const { outcome, ms } = await lockedRead(store);
      expect((outcome as { code?: string }).code).toBe('57014');
      expect(storeFaultOf(outcome)).toBe('index');
      expect(ms).toBeLessThan(1_000);
    } finally {
      await store.close(1_000);
    }
  });

  it('lets a statement wait as long as it needs with a timeout of 0', async () => {
    const store = await PgDocumentStore.open(TEST_DATABASE_URL, { schema, poolSize: 2, statementTimeoutMs: 0 });
    try {
      expect((await lockedRead(store)).outcome).toBe('still waiting');
    } finally {
      await store.close(1_000);
    }
  });
});

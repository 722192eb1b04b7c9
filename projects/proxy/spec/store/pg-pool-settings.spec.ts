import { closePool, openPool } from '../../src/store/postgres/pg-pool';
import { requirePostgres, TEST_DATABASE_URL } from '../support/postgres';

describe('PostgreSQL pool settings', () => {
  beforeEach(async () => {
    await requirePostgres();
  });

  async function settingOf(settings: Parameters<typeof openPool>[3], name: string): Promise<string> {
    const pool = openPool(TEST_DATABASE_URL, 'public', 1, settings);
    try {
      const { rows } = await pool.query<Record<string, string>>(`SHOW ${name}`);
      return rows[0][name];
    } finally {
      await closePool(pool, 1_000);
    }
  }

  it('commits without waiting for the WAL flush when asked (the rate-limit counts), and waits by default (documents, audit)', async () => {
    expect(await settingOf({ asynchronousCommit: true }, 'synchronous_commit')).toBe('off');
    expect(await settingOf({}, 'synchronous_commit')).toBe('on');
  });

  it('sets the statement timeout of each connection', async () => {
    expect(await settingOf({ statementTimeoutMs: 1_500 }, 'statement_timeout')).toBe('1500ms');
    expect(await settingOf({}, 'statement_timeout')).toBe('0');
  });
});

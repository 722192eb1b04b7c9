import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { Client } from 'pg';
import { tempDir } from './batch';

/** The server the PostgreSQL specs use; scripts/ensure-postgres.mjs creates this role and database. */
export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://exd_test:exd_test@localhost:5432/exd_test';

/** A schema name of its own for each store a spec opens, so parallel runs never share tables. */
export function freshSchema(): string {
  return `t_${process.pid}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

let reachable: Promise<void> | undefined;

/** Fails (never skips) with a message that says how to get a server when none answers. */
export function requirePostgres(): Promise<void> {
  reachable ??= (async () => {
    const client = new Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
    } catch (error) {
      const where = new URL(TEST_DATABASE_URL);
      throw new Error(
        `PostgreSQL specs need a server: none answered at ${where.hostname}:${where.port || 5432}${where.pathname} ` +
          `(${(error as Error).message}). Run 'node scripts/ensure-postgres.mjs' as root (installs, starts and creates ` +
          `the exd_test role) or set TEST_DATABASE_URL.` + (process.env['CI'] ? ' In CI, .ci/run must start it.' : ''),
      );
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** A schema and a content directory that several proxy instances share, as behind one load balancer. */
export interface SharedStorage {
  schema: string;
  dataDir: string;
  /** the proxy's database settings for the schema */
  env: Record<string, string>;
  /** drops the schema and deletes the directory */
  remove(): Promise<void>;
}

export async function sharedStorage(name: string): Promise<SharedStorage> {
  await requirePostgres();
  const schema = freshSchema();
  const dataDir = tempDir(name);
  return {
    schema,
    dataDir,
    env: { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, DATABASE_POOL_SIZE: '4' },
    remove: async () => {
      await dropSchema(schema);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

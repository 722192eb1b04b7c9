import * as path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { tempDir } from './batch';
import { dropSchema, freshSchema, requirePostgres, TEST_DATABASE_URL } from './postgres';

/** Where a crashed proxy keeps its state, and plain SQL reads of it (the same statements for both). */
export interface CrashTarget {
  name: string;
  dataDir: string;
  /** the proxy's store settings */
  env: Record<string, string>;
  rows<T>(sql: string): Promise<T[]>;
  remove(): Promise<void>;
}

export function sqliteTarget(): CrashTarget {
  const dataDir = tempDir('crash-sqlite');
  return {
    name: 'SQLite',
    dataDir,
    env: { DATA_DIR: dataDir },
    rows: async <T>(sql: string) => {
      const db = new BetterSqlite3(path.join(dataDir, 'documents.sqlite'), { readonly: true });
      try {
        return db.prepare(sql).all() as T[];
      } finally {
        db.close();
      }
    },
    remove: async () => undefined,
  };
}

export async function postgresTarget(): Promise<CrashTarget> {
  await requirePostgres();
  const schema = freshSchema();
  const dataDir = tempDir('crash-pg');
  return {
    name: 'PostgreSQL',
    dataDir,
    env: { DATA_DIR: dataDir, DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, DATABASE_POOL_SIZE: '4' },
    rows: async <T>(sql: string) => {
      const client = new Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` });
      await client.connect();
      try {
        return (await client.query(sql)).rows as T[];
      } finally {
        await client.end();
      }
    },
    remove: () => dropSchema(schema),
  };
}

export const crashTargetName = { sqlite: 'SQLite and folder', postgres: 'PostgreSQL and folder' } as const;

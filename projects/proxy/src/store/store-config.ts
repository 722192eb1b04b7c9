import type { EnvReader } from '../env-reader';
import { SCHEMA_NAME } from './postgres/migrations';

export interface DatabaseConfig {
  /** postgres://… selects PostgreSQL; undefined = embedded SQLite at DATABASE_PATH */
  readonly databaseUrl?: string;
  readonly databaseSchema: string;
  readonly databasePoolSize: number;
  /** PostgreSQL statement_timeout of the pool's connections, in ms; 0 = none (migrations always run without) */
  readonly databaseStatementTimeoutMs?: number;
  /** SQLite's page cache of the embedded index, in MiB (memory the proxy process holds once the pages are read) */
  readonly sqliteCacheMb: number;
}

/** A query that takes longer holds a pooled connection that every other request waits for. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

/** better-sqlite3's own default: the hot pages of a large account's list stay in memory. */
export const DEFAULT_SQLITE_CACHE_MB = 16;

export function readDatabaseConfig(env: EnvReader): DatabaseConfig {
  const url = env.text('DATABASE_URL');
  let databaseUrl: string | undefined;
  if (url !== undefined) {
    if (/^postgres(ql)?:\/\/[^\s]+$/.test(url)) databaseUrl = url;
    else env.problems.push('DATABASE_URL must be a PostgreSQL URL like "postgres://user:password@host:5432/database"');
  }
  const schema = env.text('DATABASE_SCHEMA') ?? 'public';
  if (!SCHEMA_NAME.test(schema)) {
    env.problems.push(`DATABASE_SCHEMA must be a lower-case SQL identifier (a-z, 0-9, _), got "${schema}"`);
  }
  const config: DatabaseConfig = {
    databaseSchema: schema,
    databasePoolSize: env.integer('DATABASE_POOL_SIZE', 10, 1, 200),
    databaseStatementTimeoutMs: env.integer('DATABASE_STATEMENT_TIMEOUT_MS', DEFAULT_STATEMENT_TIMEOUT_MS, 0, 3_600_000),
    sqliteCacheMb: env.integer('SQLITE_CACHE_MB', DEFAULT_SQLITE_CACHE_MB, 1, 4096),
  };
  return databaseUrl === undefined ? config : { ...config, databaseUrl };
}

import type { EnvReader } from '../env-reader';
import { SCHEMA_NAME } from './postgres/migrations';

export interface DatabaseConfig {
  /** postgres://… selects PostgreSQL; undefined = embedded SQLite at DATABASE_PATH */
  readonly databaseUrl?: string;
  readonly databaseSchema: string;
  readonly databasePoolSize: number;
}

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
  const config: DatabaseConfig = { databaseSchema: schema, databasePoolSize: env.integer('DATABASE_POOL_SIZE', 10, 1, 200) };
  return databaseUrl === undefined ? config : { ...config, databaseUrl };
}

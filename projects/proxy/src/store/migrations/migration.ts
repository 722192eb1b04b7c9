/** One numbered, append-only schema change. Never edit a migration that has shipped; add a new one. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The databases a migration written once for both is spelled for. */
export type MigrationDialect = 'sqlite' | 'postgres';

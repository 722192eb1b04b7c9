/** One numbered, append-only schema change. Never edit a migration that has shipped; add a new one. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** SQL run after the runner's backfill of the same version (see the dialect's migration list) */
  sqlAfterBackfill?: string;
}

/** The databases a migration written once for both is spelled for. */
export type MigrationDialect = 'sqlite' | 'postgres';

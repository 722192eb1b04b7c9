import type { MigrationDialect } from './migration';

/** v4: communication preferences (one row per shopper), their change history and the push outbox. */
export function preferenceTables(dialect: MigrationDialect): string {
  const bigint = dialect === 'sqlite' ? 'INTEGER' : 'BIGINT';
  const serial = dialect === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY';
  return `
    CREATE TABLE communication_preferences (
      user_uid    TEXT PRIMARY KEY,
      preferences TEXT NOT NULL,
      updated_at  ${bigint} NOT NULL,
      updated_by  TEXT NOT NULL
    );
    CREATE TABLE preference_changes (
      id         ${serial},
      user_uid   TEXT NOT NULL,
      changed_at ${bigint} NOT NULL,
      changed_by TEXT NOT NULL,
      category   TEXT NOT NULL,
      field      TEXT NOT NULL,
      from_value TEXT,
      to_value   TEXT
    );
    CREATE INDEX preference_changes_user ON preference_changes (user_uid, id);
    CREATE TABLE preference_outbox (
      id               TEXT PRIMARY KEY,
      user_uid         TEXT NOT NULL,
      payload          TEXT NOT NULL,
      status           TEXT NOT NULL,
      attempts         INTEGER NOT NULL DEFAULT 0,
      next_attempt_at  ${bigint} NOT NULL,
      last_error       TEXT,
      claimed_by       TEXT,
      claim_expires_at ${bigint},
      created_at       ${bigint} NOT NULL,
      sent_at          ${bigint}
    );
    CREATE INDEX preference_outbox_due ON preference_outbox (status, next_attempt_at);
    CREATE INDEX preference_outbox_user ON preference_outbox (user_uid, created_at);
  `;
}

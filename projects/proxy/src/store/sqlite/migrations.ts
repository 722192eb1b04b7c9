import type { Database } from 'better-sqlite3';
import { billingColumns } from '../migrations/billing-columns';
import { periodCounts } from '../migrations/period-counts';
import { deliveryEventTable } from '../migrations/delivery-event-table';
import { documentNoticeColumns } from '../migrations/document-notice-columns';
import type { Migration } from '../migrations/migration';
import { CONTENT_HASH_INDEX } from '../migrations/content-hash-index';
import { preferenceTables } from '../migrations/preference-tables';
import { largeAccountColumns, largeAccountSearchIndex } from '../migrations/large-account-schema';
import { documentSearchTerms } from '../search-terms';

/** A migration that may compute values in JS between its two SQL parts (same transaction). */
export interface SqliteMigration extends Migration {
  backfill?: (db: Database) => void;
}

/** Numbered, append-only. Never edit a migration that has shipped; add a new one. */
export const MIGRATIONS: readonly SqliteMigration[] = [
  {
    version: 1,
    name: 'documents and read state',
    sql: `
      CREATE TABLE documents (
        id               TEXT PRIMARY KEY,
        owner_uid        TEXT    NOT NULL,
        type             TEXT    NOT NULL,
        title            TEXT    NOT NULL,
        title_lc         TEXT    NOT NULL,
        number           TEXT    NOT NULL,
        number_lc        TEXT    NOT NULL,
        file_name        TEXT    NOT NULL,
        order_code       TEXT,
        consignment_code TEXT,
        entry_numbers    TEXT,
        product_codes    TEXT,
        unit_id          TEXT,
        created_at       INTEGER NOT NULL,
        mime_type        TEXT    NOT NULL,
        size             INTEGER NOT NULL,
        sha256           TEXT    NOT NULL,
        language         TEXT    NOT NULL,
        channel          TEXT,
        delivery_status  TEXT,
        action_url       TEXT,
        imported_at      INTEGER NOT NULL,
        UNIQUE (owner_uid, type, number, sha256)
      );
      CREATE INDEX documents_owner_created ON documents (owner_uid, created_at);
      CREATE INDEX documents_owner_order ON documents (owner_uid, order_code);
      CREATE TABLE document_reads (
        document_id TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        user_uid    TEXT    NOT NULL,
        read_at     INTEGER NOT NULL,
        PRIMARY KEY (document_id, user_uid)
      );
    `,
  },
  {
    version: 2,
    name: 'audit trail and generation claims',
    sql: `
      CREATE TABLE audit_events (
        seq                INTEGER PRIMARY KEY,
        at                 TEXT NOT NULL,
        action             TEXT NOT NULL,
        actor              TEXT NOT NULL,
        document_id        TEXT NOT NULL,
        document_sha256    TEXT NOT NULL,
        owner_uid          TEXT,
        driver_data_sha256 TEXT,
        communication_id   TEXT,
        request_id         TEXT,
        prev_hash          TEXT NOT NULL,
        hash               TEXT NOT NULL
      );
      CREATE INDEX audit_events_at ON audit_events (at);
      CREATE TABLE audit_head (
        id   INTEGER PRIMARY KEY CHECK (id = 1),
        seq  INTEGER NOT NULL,
        hash TEXT    NOT NULL
      );
      CREATE TABLE generation_claims (
        reference   TEXT PRIMARY KEY,
        claimant    TEXT    NOT NULL,
        expires_at  INTEGER NOT NULL,
        document_id TEXT
      );
    `,
  },
  { version: 3, name: 'typed delivery status, correspondence, call to action', sql: documentNoticeColumns('sqlite') },
  { version: 4, name: 'communication preferences, history and outbox', sql: preferenceTables('sqlite') },
  { version: 5, name: 'delivery events', sql: deliveryEventTable('sqlite') },
  {
    version: 6,
    name: 'owner list revisions and the date-ordered list index',
    // Every write to an owner's documents or read state gives the owner a new random revision, in
    // the writing transaction, whoever writes (any instance, the ingest CLI, a later feature's
    // UPDATE): list caches compare it before answering. Random, not a counter, so a database
    // restored or recreated under a running instance never repeats a revision with other contents.
    sql: `
      CREATE TABLE owner_revisions (
        owner_uid TEXT    PRIMARY KEY,
        revision  INTEGER NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO owner_revisions (owner_uid, revision)
        SELECT owner_uid, random() FROM (SELECT owner_uid FROM documents UNION SELECT user_uid FROM document_reads);
      ${ownerRevisionTriggers('documents', 'owner_uid')}
      ${ownerRevisionTriggers('document_reads', 'user_uid')}
      -- The default list order (byDateDesc) straight from an index: the first page stops after pageSize rows.
      CREATE INDEX documents_owner_date_desc ON documents (owner_uid, created_at DESC, number DESC, id);
    `,
  },
  {
    version: 7,
    name: 'large accounts: owner read state, per-owner type counters, search terms and their FTS5 index',
    sql: largeAccountColumns('sqlite'),
    backfill: backfillSearchTerms,
    sqlAfterBackfill: largeAccountSearchIndex('sqlite'),
  },
  { version: 8, name: 'billing columns, document references and payment events', sql: billingColumns('sqlite') },
  { version: 9, name: 'per-owner counters per day and month', sql: periodCounts('sqlite') },
  { version: 10, name: 'documents by content hash', sql: CONTENT_HASH_INDEX },
];

/** Fills `search_terms` of every existing row (migration 7), a few thousand rows per statement batch. */
function backfillSearchTerms(db: Database): void {
  const select = db.prepare('SELECT rowid AS n, owner_uid, number, title FROM documents WHERE rowid > ? ORDER BY rowid LIMIT 2000');
  const update = db.prepare('UPDATE documents SET search_terms = ? WHERE rowid = ?');
  for (let after = -Infinity; ; ) {
    const rows = select.all(after) as { n: number; owner_uid: string; number: string; title: string }[];
    if (rows.length === 0) return;
    for (const row of rows) update.run(documentSearchTerms(row.owner_uid, row.number, row.title), row.n);
    after = rows[rows.length - 1].n;
  }
}

/**
 * Triggers that give the owner in `ownerColumn` a new random list revision whenever a row of
 * `table` is inserted, updated (both the old and the new owner) or deleted.
 */
function ownerRevisionTriggers(table: string, ownerColumn: string): string {
  const bump = (row: 'OLD' | 'NEW') => `INSERT INTO owner_revisions (owner_uid, revision) VALUES (${row}.${ownerColumn}, random())
          ON CONFLICT (owner_uid) DO UPDATE SET revision = excluded.revision;`;
  const trigger = (event: 'INSERT' | 'UPDATE' | 'DELETE', rows: ('OLD' | 'NEW')[]) =>
    `CREATE TRIGGER ${table}_revision_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN
        ${rows.map(bump).join('\n        ')}
      END;`;
  return [trigger('INSERT', ['NEW']), trigger('UPDATE', ['OLD', 'NEW']), trigger('DELETE', ['OLD'])].join('\n      ');
}

/** Applies every migration not yet recorded in `schema_migrations`, each in its own transaction. */
export function migrate(db: Database, migrations: readonly SqliteMigration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    applied_at TEXT    NOT NULL
  )`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const done: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      migration.backfill?.(db);
      if (migration.sqlAfterBackfill) db.exec(migration.sqlAfterBackfill);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
    done.push(migration.version);
  }
  return done;
}

import type { PoolClient } from 'pg';
import { billingColumns } from '../migrations/billing-columns';
import { periodCounts } from '../migrations/period-counts';
import { deliveryEventTable } from '../migrations/delivery-event-table';
import { documentNoticeColumns } from '../migrations/document-notice-columns';
import type { Migration } from '../migrations/migration';
import { CONTENT_HASH_INDEX } from '../migrations/content-hash-index';
import { preferenceTables } from '../migrations/preference-tables';
import { RATE_LIMIT_TABLE } from '../migrations/rate-limit-table';
import { largeAccountColumns, largeAccountSearchIndex } from '../migrations/large-account-schema';
import { documentSearchTerms } from '../search-terms';

/** A migration that may compute values in JS between its two SQL parts (same transaction). */
export interface PgMigration extends Migration {
  backfill?: (client: PoolClient) => Promise<void>;
}

/** Numbered, append-only, like the SQLite ones. Never edit a migration that has shipped; add a new one. */
export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'documents and read state',
    sql: `
      CREATE TABLE documents (
        id               TEXT PRIMARY KEY,
        owner_uid        TEXT   NOT NULL,
        type             TEXT   NOT NULL,
        title            TEXT   NOT NULL,
        title_lc         TEXT   NOT NULL,
        number           TEXT   NOT NULL,
        number_lc        TEXT   NOT NULL,
        file_name        TEXT   NOT NULL,
        order_code       TEXT,
        consignment_code TEXT,
        entry_numbers    JSONB,
        product_codes    JSONB,
        unit_id          TEXT,
        created_at       BIGINT NOT NULL,
        mime_type        TEXT   NOT NULL,
        size             BIGINT NOT NULL,
        sha256           TEXT   NOT NULL,
        language         TEXT   NOT NULL,
        channel          TEXT,
        delivery_status  TEXT,
        action_url       TEXT,
        imported_at      BIGINT NOT NULL,
        UNIQUE (owner_uid, type, number, sha256)
      );
      CREATE INDEX documents_owner_created ON documents (owner_uid, created_at);
      CREATE INDEX documents_owner_order ON documents (owner_uid, order_code);
      CREATE TABLE document_reads (
        document_id TEXT   NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        user_uid    TEXT   NOT NULL,
        read_at     BIGINT NOT NULL,
        PRIMARY KEY (document_id, user_uid)
      );
    `,
  },
  {
    version: 2,
    name: 'audit trail and generation claims',
    sql: `
      CREATE TABLE audit_events (
        seq                BIGINT PRIMARY KEY,
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
        seq  BIGINT NOT NULL,
        hash TEXT   NOT NULL
      );
      CREATE TABLE generation_claims (
        reference   TEXT PRIMARY KEY,
        claimant    TEXT   NOT NULL,
        expires_at  BIGINT NOT NULL,
        document_id TEXT
      );
    `,
  },
  { version: 3, name: 'typed delivery status, correspondence, call to action', sql: documentNoticeColumns('postgres') },
  { version: 4, name: 'communication preferences, history and outbox', sql: preferenceTables('postgres') },
  { version: 5, name: 'delivery events', sql: deliveryEventTable('postgres') },
  {
    version: 6,
    name: 'owner list revisions and the date-ordered list index',
    // Same contract as SQLite migration 6: every write to an owner's documents or read state gives
    // the owner a new random revision inside the writing transaction, so a list cache on any
    // instance sees the change as soon as it commits. The function keeps the migration's search_path.
    sql: `
      CREATE TABLE owner_revisions (
        owner_uid TEXT   PRIMARY KEY,
        revision  BIGINT NOT NULL
      );
      INSERT INTO owner_revisions (owner_uid, revision)
        SELECT owner_uid, (random() * 9007199254740991)::bigint
        FROM (SELECT owner_uid FROM documents UNION SELECT user_uid FROM document_reads) owners;
      CREATE FUNCTION bump_owner_revision() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          INSERT INTO owner_revisions (owner_uid, revision) VALUES (to_jsonb(OLD) ->> TG_ARGV[0], (random() * 9007199254740991)::bigint)
            ON CONFLICT (owner_uid) DO UPDATE SET revision = EXCLUDED.revision;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO owner_revisions (owner_uid, revision) VALUES (to_jsonb(NEW) ->> TG_ARGV[0], (random() * 9007199254740991)::bigint)
            ON CONFLICT (owner_uid) DO UPDATE SET revision = EXCLUDED.revision;
        END IF;
        RETURN NULL;
      END
      $$;
      CREATE TRIGGER documents_owner_revision AFTER INSERT OR UPDATE OR DELETE ON documents
        FOR EACH ROW EXECUTE FUNCTION bump_owner_revision('owner_uid');
      CREATE TRIGGER document_reads_owner_revision AFTER INSERT OR UPDATE OR DELETE ON document_reads
        FOR EACH ROW EXECUTE FUNCTION bump_owner_revision('user_uid');
      CREATE INDEX documents_owner_date_desc ON documents (owner_uid, created_at DESC, number DESC, id);
    `,
  },
  { version: 7, name: 'shared rate-limit windows', sql: RATE_LIMIT_TABLE },
  {
    version: 8,
    name: 'large accounts: owner read state, per-owner type counters, search terms and their GIN index',
    sql: largeAccountColumns('postgres'),
    backfill: backfillSearchTerms,
    sqlAfterBackfill: largeAccountSearchIndex('postgres'),
  },
  { version: 9, name: 'billing columns, document references and payment events', sql: billingColumns('postgres') },
  { version: 10, name: 'per-owner counters per day and month', sql: periodCounts('postgres') },
  { version: 11, name: 'documents by content hash', sql: CONTENT_HASH_INDEX },
];

/** Fills `search_terms` of every existing row (migration 8), a few thousand rows per statement. */
async function backfillSearchTerms(client: PoolClient): Promise<void> {
  for (let after = ''; ; ) {
    const { rows } = await client.query<{ id: string; owner_uid: string; number: string; title: string }>(
      'SELECT id, owner_uid, number, title FROM documents WHERE id > $1 ORDER BY id LIMIT 5000',
      [after],
    );
    if (rows.length === 0) return;
    await client.query(
      `UPDATE documents d SET search_terms = v.terms FROM unnest($1::text[], $2::text[]) AS v(id, terms) WHERE d.id = v.id`,
      [rows.map((r) => r.id), rows.map((r) => documentSearchTerms(r.owner_uid, r.number, r.title))],
    );
    after = rows[rows.length - 1].id;
  }
}

/**
 * Applies pending migrations under a session advisory lock (per schema), so that several
 * instances starting at once apply each migration exactly once; the others wait, then see it done.
 */
export async function migratePg(client: PoolClient, schema: string, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock(hashtext($1))', [`exd:migrate:${schema}`]);
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${quoteIdent(schema)}.schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${quoteIdent(schema)}.schema_migrations`);
    const applied = new Set(rows.map((r) => r.version));
    const done: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(`SET LOCAL search_path TO ${quoteIdent(schema)}`);
        await client.query(migration.sql);
        await migration.backfill?.(client);
        if (migration.sqlAfterBackfill) await client.query(migration.sqlAfterBackfill);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      done.push(migration.version);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`exd:migrate:${schema}`]);
  }
}

export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function quoteIdent(name: string): string {
  if (!SCHEMA_NAME.test(name)) throw new Error(`Invalid schema name '${name}'`);
  return `"${name}"`;
}

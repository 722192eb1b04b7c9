import type { MigrationDialect } from './migration';

/** v5: delivery events (idempotent by event id); the latest one is denormalised onto the documents row. */
export function deliveryEventTable(dialect: MigrationDialect): string {
  const bigint = dialect === 'sqlite' ? 'INTEGER' : 'BIGINT';
  return `
    CREATE TABLE delivery_events (
      event_id    TEXT PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      channel     TEXT NOT NULL,
      status      TEXT NOT NULL,
      occurred_at ${bigint} NOT NULL,
      detail      TEXT,
      fingerprint TEXT NOT NULL,
      recorded_at ${bigint} NOT NULL,
      recorded_by TEXT NOT NULL
    );
    CREATE INDEX delivery_events_document ON delivery_events (document_id, occurred_at);
  `;
}

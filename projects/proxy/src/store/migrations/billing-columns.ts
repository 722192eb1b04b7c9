import type { MigrationDialect } from './migration';

/**
 * Billing data of invoices, credit notes, statements and reminders on the documents row (amounts in
 * minor units, the due date as YYYY-MM-DD so it compares as text), references to other documents
 * by number, and payment events (idempotent by event id; the latest one by occurredAt is
 * denormalised onto the row, like delivery events).
 */
export function billingColumns(dialect: MigrationDialect): string {
  const bigint = dialect === 'sqlite' ? 'INTEGER' : 'BIGINT';
  return `
    ALTER TABLE documents ADD COLUMN currency TEXT;
    ALTER TABLE documents ADD COLUMN amount_minor ${bigint};
    ALTER TABLE documents ADD COLUMN open_amount_minor ${bigint};
    -- 100 for USD and EUR, 1 for JPY: amount filters and sorts compare major units across currencies
    ALTER TABLE documents ADD COLUMN minor_per_unit INTEGER;
    ALTER TABLE documents ADD COLUMN due_date TEXT;
    ALTER TABLE documents ADD COLUMN payment_terms TEXT;
    ALTER TABLE documents ADD COLUMN payment_status TEXT;
    ALTER TABLE documents ADD COLUMN dunning_level INTEGER;
    ALTER TABLE documents ADD COLUMN payment_url TEXT;
    ALTER TABLE documents ADD COLUMN document_references TEXT;
    ALTER TABLE documents ADD COLUMN payment_occurred_at ${bigint};
    -- a unit's open items by due date (account summary, overdue filters); personal rows have no currency
    CREATE INDEX documents_owner_billing ON documents (owner_uid, currency, due_date) WHERE currency IS NOT NULL;
    CREATE INDEX documents_owner_number ON documents (owner_uid, number_lc);
    CREATE TABLE payment_events (
      event_id        TEXT PRIMARY KEY,
      document_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      payment_status  TEXT NOT NULL,
      open_amount_minor ${bigint} NOT NULL,
      occurred_at     ${bigint} NOT NULL,
      fingerprint     TEXT NOT NULL,
      recorded_at     ${bigint} NOT NULL,
      recorded_by     TEXT NOT NULL
    );
    CREATE INDEX payment_events_document ON payment_events (document_id, occurred_at);
  `;
}

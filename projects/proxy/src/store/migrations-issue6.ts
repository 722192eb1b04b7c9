/**
 * Schema changes of issue 6 (notices, communication preferences, delivery status), written once
 * for both databases: `dialect` picks the few types that differ.
 */
type Dialect = 'sqlite' | 'postgres';

const KNOWN_STATUSES = `('SENT', 'DELIVERED', 'BOUNCED', 'PRINTED', 'MAILED')`;

/** v3: typed delivery status, correspondence and call to action on the documents row; existing rows migrate. */
export function documentNoticeColumns(dialect: Dialect): string {
  const bigint = dialect === 'sqlite' ? 'INTEGER' : 'BIGINT';
  return `
    ALTER TABLE documents ADD COLUMN delivery_channel TEXT;
    ALTER TABLE documents ADD COLUMN delivery_occurred_at ${bigint};
    ALTER TABLE documents ADD COLUMN correspondence_event TEXT;
    ALTER TABLE documents ADD COLUMN correspondence_next_step TEXT;
    ALTER TABLE documents ADD COLUMN action_label TEXT;
    -- The old untyped delivery status: a known status keeps its value, with the document's channel
    -- (PRINT means post, unknown means the account) and its creation time; anything else is dropped.
    UPDATE documents SET delivery_status = UPPER(TRIM(delivery_status)) WHERE delivery_status IS NOT NULL;
    UPDATE documents SET delivery_status = NULL
      WHERE delivery_status IS NOT NULL AND delivery_status NOT IN ${KNOWN_STATUSES};
    UPDATE documents SET
        delivery_channel = CASE WHEN UPPER(channel) IN ('EMAIL', 'POST', 'ACCOUNT') THEN UPPER(channel)
                                WHEN UPPER(channel) = 'PRINT' THEN 'POST' ELSE 'ACCOUNT' END,
        delivery_occurred_at = created_at
      WHERE delivery_status IS NOT NULL;
    -- Only same-site paths and https URLs can be valid calls to action now; http and others were never safe.
    UPDATE documents SET action_url = NULL
      WHERE action_url IS NOT NULL
        AND NOT ((action_url LIKE '/%' AND action_url NOT LIKE '//%') OR action_url LIKE 'https://%');
  `;
}

/** v4: communication preferences (one row per shopper), their change history and the push outbox. */
export function preferenceTables(dialect: Dialect): string {
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

/** v5: delivery events (idempotent by event id); the latest one is denormalised onto the documents row. */
export function deliveryEventTable(dialect: Dialect): string {
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

import { DELIVERY_STATUSES } from '../../documents/model';
import type { MigrationDialect } from './migration';

/** v3: typed delivery status, correspondence and call to action on the documents row; existing rows migrate. */
export function documentNoticeColumns(dialect: MigrationDialect): string {
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
      WHERE delivery_status IS NOT NULL AND delivery_status NOT IN (${DELIVERY_STATUSES.map((status) => `'${status}'`).join(', ')});
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

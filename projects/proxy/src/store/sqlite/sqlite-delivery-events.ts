import type { Database } from 'better-sqlite3';
import { deliveryEventValues, INSERT_DELIVERY_EVENT_COLUMNS } from '../delivery-event-rows';
import type { DeliveryAudit, DeliveryEventOutcome, DeliveryEventRecord, DeliveryEventStore } from '../../documents/storage/delivery-event-store';
import { appendInTransaction } from './sqlite-audit';

/** The SQLite store's delivery events. */
export class SqliteDeliveryEvents implements DeliveryEventStore {
  constructor(private readonly db: Database) {}

  async recordDeliveryEvent(event: DeliveryEventRecord, audit: DeliveryAudit): Promise<DeliveryEventOutcome> {
    return this.db
      .transaction((): DeliveryEventOutcome => {
        const existing = this.db.prepare('SELECT fingerprint FROM delivery_events WHERE event_id = ?').get(event.eventId) as
          | { fingerprint: string }
          | undefined;
        if (existing) return { outcome: existing.fingerprint === event.fingerprint ? 'duplicate' : 'conflict' };
        const document = this.db.prepare('SELECT owner_uid, sha256 FROM documents WHERE id = ?').get(event.documentId) as
          | { owner_uid: string; sha256: string }
          | undefined;
        if (!document) return { outcome: 'unknown-document' };
        this.db
          .prepare(`INSERT INTO delivery_events (${INSERT_DELIVERY_EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
          .run(...deliveryEventValues(event, Date.now()));
        const at = event.occurredAt.getTime();
        this.db
          .prepare(
            `UPDATE documents SET delivery_status = ?, delivery_channel = ?, delivery_occurred_at = ?
             WHERE id = ? AND (delivery_occurred_at IS NULL OR delivery_occurred_at < ?)`,
          )
          .run(event.status, event.channel, at, event.documentId, at);
        appendInTransaction(this.db, {
          action: 'DELIVERY',
          actor: audit.actor,
          documentId: event.documentId,
          documentSha256: document.sha256,
          ownerUid: document.owner_uid,
          requestId: audit.requestId,
        });
        return { outcome: 'recorded' };
      })
      .immediate();
  }
}

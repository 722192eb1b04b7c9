import type { Database } from 'better-sqlite3';
import type { PaymentEventOutcome, PaymentEventRecord, PaymentEventStore } from '../../documents/storage/payment-event-store';
import { INSERT_PAYMENT_EVENT_COLUMNS, openAmountFor, paymentEventValues, type PaymentTargetRow } from '../payment-event-rows';
import { appendInTransaction } from './sqlite-audit';

/** The SQLite store's payment events. */
export class SqlitePaymentEvents implements PaymentEventStore {
  constructor(private readonly db: Database) {}

  async recordPaymentEvent(event: PaymentEventRecord, audit: { actor: string; requestId?: string }): Promise<PaymentEventOutcome> {
    return this.db
      .transaction((): PaymentEventOutcome => {
        const existing = this.db.prepare('SELECT fingerprint FROM payment_events WHERE event_id = ?').get(event.eventId) as
          | { fingerprint: string }
          | undefined;
        if (existing) return { outcome: existing.fingerprint === event.fingerprint ? 'duplicate' : 'conflict' };
        const target = this.db.prepare('SELECT owner_uid, sha256, currency, amount_minor FROM documents WHERE id = ?').get(event.documentId) as
          | PaymentTargetRow
          | undefined;
        if (!target) return { outcome: 'unknown-document' };
        const open = openAmountFor(event, target);
        if (typeof open !== 'number') return open;
        this.db
          .prepare(`INSERT INTO payment_events (${INSERT_PAYMENT_EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
          .run(...paymentEventValues(event, open, Date.now()));
        const at = event.occurredAt.getTime();
        const applied = this.db
          .prepare(
            `UPDATE documents SET payment_status = ?, open_amount_minor = ?, payment_occurred_at = ?
             WHERE id = ? AND (payment_occurred_at IS NULL OR payment_occurred_at < ?)`,
          )
          .run(event.paymentStatus, open, at, event.documentId, at).changes === 1;
        appendInTransaction(this.db, {
          action: 'PAYMENT',
          actor: audit.actor,
          documentId: event.documentId,
          documentSha256: target.sha256,
          ownerUid: target.owner_uid,
          requestId: audit.requestId,
        });
        return { outcome: 'recorded', applied };
      })
      .immediate();
  }
}

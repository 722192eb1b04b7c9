import type { PoolClient } from 'pg';
import type { AuditEvent, AuditEventDraft } from '../../documents/audit/audit-event';
import type { PaymentEventOutcome, PaymentEventRecord, PaymentEventStore } from '../../documents/storage/payment-event-store';
import { INSERT_PAYMENT_EVENT_COLUMNS, openAmountFor, paymentEventValues, type PaymentTargetRow } from '../payment-event-rows';

type Transaction = <T>(work: (client: PoolClient) => Promise<T>) => Promise<T>;
type AppendAudit = (client: PoolClient, draft: AuditEventDraft) => Promise<AuditEvent>;

/** The PostgreSQL store's payment events. */
export class PgPaymentEvents implements PaymentEventStore {
  constructor(
    private readonly transaction: Transaction,
    private readonly appendAudit: AppendAudit,
  ) {}

  recordPaymentEvent(event: PaymentEventRecord, audit: { actor: string; requestId?: string }): Promise<PaymentEventOutcome> {
    return this.transaction(async (client): Promise<PaymentEventOutcome> => {
      const known = await this.fingerprintOf(client, event.eventId);
      if (known !== undefined) return { outcome: known === event.fingerprint ? 'duplicate' : 'conflict' };
      // The row lock orders concurrent events of one document, so "the latest wins" holds across instances.
      const { rows } = await client.query<PaymentTargetRow>(
        'SELECT owner_uid, sha256, currency, amount_minor FROM documents WHERE id = $1 FOR UPDATE',
        [event.documentId],
      );
      const target = rows[0];
      if (!target) return { outcome: 'unknown-document' };
      const open = openAmountFor(event, target);
      if (typeof open !== 'number') return open;
      const inserted = await client.query(
        `INSERT INTO payment_events (${INSERT_PAYMENT_EVENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (event_id) DO NOTHING`,
        paymentEventValues(event, open, Date.now()),
      );
      if ((inserted.rowCount ?? 0) !== 1) {
        const winner = await this.fingerprintOf(client, event.eventId);
        return { outcome: winner === event.fingerprint ? 'duplicate' : 'conflict' };
      }
      const at = event.occurredAt.getTime();
      const updated = await client.query(
        `UPDATE documents SET payment_status = $1, open_amount_minor = $2, payment_occurred_at = $3
         WHERE id = $4 AND (payment_occurred_at IS NULL OR payment_occurred_at < $3)`,
        [event.paymentStatus, open, at, event.documentId],
      );
      await this.appendAudit(client, {
        action: 'PAYMENT',
        actor: audit.actor,
        documentId: event.documentId,
        documentSha256: target.sha256,
        ownerUid: target.owner_uid,
        requestId: audit.requestId,
      });
      return { outcome: 'recorded', applied: (updated.rowCount ?? 0) === 1 };
    });
  }

  private async fingerprintOf(client: PoolClient, eventId: string): Promise<string | undefined> {
    const { rows } = await client.query<{ fingerprint: string }>('SELECT fingerprint FROM payment_events WHERE event_id = $1', [eventId]);
    return rows[0]?.fingerprint;
  }
}

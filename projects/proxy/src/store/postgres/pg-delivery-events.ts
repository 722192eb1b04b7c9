import type { PoolClient } from 'pg';
import type { AuditEvent, AuditEventDraft } from '../../documents/audit/audit-event';
import { deliveryEventValues, INSERT_DELIVERY_EVENT_COLUMNS } from '../delivery-event-rows';
import type { DeliveryAudit, DeliveryEventOutcome, DeliveryEventRecord, DeliveryEventStore } from '../../documents/storage/delivery-event-store';

type Transaction = <T>(work: (client: PoolClient) => Promise<T>) => Promise<T>;
type AppendAudit = (client: PoolClient, draft: AuditEventDraft) => Promise<AuditEvent>;

/** The PostgreSQL store's delivery events. */
export class PgDeliveryEvents implements DeliveryEventStore {
  constructor(
    private readonly transaction: Transaction,
    private readonly appendAudit: AppendAudit,
  ) {}

  recordDeliveryEvent(event: DeliveryEventRecord, audit: DeliveryAudit): Promise<DeliveryEventOutcome> {
    return this.transaction(async (client): Promise<DeliveryEventOutcome> => {
      const known = await this.fingerprintOf(client, event.eventId);
      if (known !== undefined) return { outcome: known === event.fingerprint ? 'duplicate' : 'conflict' };
      const document = await client.query<{ owner_uid: string; sha256: string }>('SELECT owner_uid, sha256 FROM documents WHERE id = $1', [
        event.documentId,
      ]);
      if (!document.rows[0]) return { outcome: 'unknown-document' };
      // A concurrent insert of the same id makes this one wait for the other transaction, then do nothing.
      const inserted = await client.query(
        `INSERT INTO delivery_events (${INSERT_DELIVERY_EVENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (event_id) DO NOTHING`,
        deliveryEventValues(event, Date.now()),
      );
      if ((inserted.rowCount ?? 0) !== 1) {
        const winner = await this.fingerprintOf(client, event.eventId);
        return { outcome: winner === event.fingerprint ? 'duplicate' : 'conflict' };
      }
      const at = event.occurredAt.getTime();
      await client.query(
        `UPDATE documents SET delivery_status = $1, delivery_channel = $2, delivery_occurred_at = $3
         WHERE id = $4 AND (delivery_occurred_at IS NULL OR delivery_occurred_at < $3)`,
        [event.status, event.channel, at, event.documentId],
      );
      await this.appendAudit(client, {
        action: 'DELIVERY',
        actor: audit.actor,
        documentId: event.documentId,
        documentSha256: document.rows[0]!.sha256,
        ownerUid: document.rows[0]!.owner_uid,
        requestId: audit.requestId,
      });
      return { outcome: 'recorded' };
    });
  }

  private async fingerprintOf(client: PoolClient, eventId: string): Promise<string | undefined> {
    const { rows } = await client.query<{ fingerprint: string }>('SELECT fingerprint FROM delivery_events WHERE event_id = $1', [eventId]);
    return rows[0]?.fingerprint;
  }
}

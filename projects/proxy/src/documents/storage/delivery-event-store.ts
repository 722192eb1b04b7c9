import type { DeliveryChannel, DeliveryStatusCode } from '../model';

/** A validated delivery event, ready to record. */
export interface DeliveryEventRecord {
  eventId: string;
  documentId: string;
  channel: DeliveryChannel;
  status: DeliveryStatusCode;
  occurredAt: Date;
  detail?: string;
  /** digest of the normalised event: the same event id with another fingerprint is a conflict */
  fingerprint: string;
  /** the integration client that reported it */
  recordedBy: string;
}

export interface DeliveryAudit {
  actor: string;
  requestId?: string;
}

export type DeliveryEventOutcome =
  /** stored, audited, and the document's latest status updated when it is newer */
  | { outcome: 'recorded' }
  /** the same event was recorded before; nothing changed */
  | { outcome: 'duplicate' }
  /** the event id was recorded before with a different body; nothing changed */
  | { outcome: 'conflict' }
  | { outcome: 'unknown-document' };

export interface DeliveryEventStore {
  /** Records the event, its audit event and the denormalised latest status in one transaction. */
  recordDeliveryEvent(event: DeliveryEventRecord, audit: DeliveryAudit): Promise<DeliveryEventOutcome>;
}

import type { StoredPaymentStatus } from '../billing/billing';

/** A reported payment state of a billing document, checked for shape, ready to record. */
export interface PaymentEventRecord {
  eventId: string;
  documentId: string;
  paymentStatus: StoredPaymentStatus;
  /** decimal in major units, as reported; the store converts it with the document's currency */
  openAmount: string;
  occurredAt: Date;
  /** digest of the normalised event: the same event id with another fingerprint is a conflict */
  fingerprint: string;
  recordedBy: string;
}

export type PaymentEventOutcome =
  /** stored and audited; `applied` false when a later event had already set the document's state */
  | { outcome: 'recorded'; applied: boolean }
  | { outcome: 'duplicate' }
  | { outcome: 'conflict' }
  | { outcome: 'unknown-document' }
  /** the document has no billing data, or the amount does not fit it; nothing changed */
  | { outcome: 'invalid'; field: string; message: string };

export interface PaymentEventStore {
  /** Records the event, its audit event and (when it is the latest) the document's payment state, in one transaction. */
  recordPaymentEvent(event: PaymentEventRecord, audit: { actor: string; requestId?: string }): Promise<PaymentEventOutcome>;
}

import { ValidationError } from '../../errors';
import { sha256Hex } from '../../integration/machine-auth';
import type { SchemaType } from '../../schema-type';
import { parseIsoDateTime } from '../ingest/manifest-entry';
import type { PaymentEventOutcome, PaymentEventStore } from '../storage/payment-event-store';
import { STORED_PAYMENT_STATUSES } from './billing';

const PRINTABLE = '^[^\\u0000-\\u001f\\u007f]+$';

/** A payment state as the ERP reports it (the payment-events route's body schema). */
export const paymentEventBodySchema = {
  type: 'object',
  required: ['eventId', 'documentId', 'paymentStatus', 'openAmount', 'occurredAt'],
  propertyNames: { enum: ['eventId', 'documentId', 'paymentStatus', 'openAmount', 'occurredAt'] },
  properties: {
    eventId: { type: 'string', minLength: 1, maxLength: 100, pattern: PRINTABLE, description: 'Unique per event: repeating it is idempotent' },
    documentId: { type: 'string', minLength: 1, maxLength: 128, description: 'The proxy document id (answered by ingest)' },
    paymentStatus: { type: 'string', enum: [...STORED_PAYMENT_STATUSES], description: 'OVERDUE is derived from the due date, never reported' },
    openAmount: { type: 'string', maxLength: 24, pattern: '^\\d{1,15}(\\.\\d{1,6})?$', description: "What is still owed, a decimal in the document's currency" },
    occurredAt: { type: 'string', maxLength: 40, description: 'ISO 8601 date-time with offset: when the payment was posted' },
  },
} as const;

export type ReportedPaymentEvent = SchemaType<typeof paymentEventBodySchema>;

/** How far in the future an event may claim to have happened (clock skew between systems). */
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

/**
 * Checks the event's time and records it with its audit event; the document takes its state only
 * when no later event has set it (events may arrive out of order).
 */
export async function recordPaymentEvent(
  store: PaymentEventStore,
  event: ReportedPaymentEvent,
  reporter: { clientId: string; requestId?: string },
): Promise<PaymentEventOutcome> {
  const occurredAt = parseIsoDateTime(event.occurredAt);
  if (!occurredAt) throw new ValidationError('occurredAt', "Body field 'occurredAt' must be an ISO 8601 date-time with offset");
  if (occurredAt.getTime() > Date.now() + MAX_FUTURE_MS) {
    throw new ValidationError('occurredAt', "Body field 'occurredAt' is more than a day in the future");
  }
  const fingerprint = sha256Hex(
    JSON.stringify([event.eventId, event.documentId, event.paymentStatus, Number(event.openAmount), occurredAt.getTime()]),
  );
  return store.recordPaymentEvent(
    { ...event, occurredAt, fingerprint, recordedBy: reporter.clientId },
    { actor: `client:${reporter.clientId}`, requestId: reporter.requestId },
  );
}

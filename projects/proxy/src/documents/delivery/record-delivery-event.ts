import { ValidationError } from '../../errors';
import { sha256Hex } from '../../integration/machine-auth';
import type { DeliveryEventOutcome, DeliveryEventStore } from '../storage/delivery-event-store';
import { parseIsoDateTime } from '../ingest/manifest-entry';
import { DELIVERY_CHANNELS, DELIVERY_STATUSES } from '../model';
import type { SchemaType } from '../../schema-type';

const PRINTABLE = '^[^\\u0000-\\u001f\\u007f]+$';

/** A delivery event as an integration client reports it (the delivery-events route's body schema). */
export const deliveryEventBodySchema = {
  type: 'object',
  required: ['eventId', 'documentId', 'channel', 'status', 'occurredAt'],
  propertyNames: { enum: ['eventId', 'documentId', 'channel', 'status', 'occurredAt', 'detail'] },
  properties: {
    eventId: { type: 'string', minLength: 1, maxLength: 100, pattern: PRINTABLE, description: 'Unique per event: repeating it is idempotent' },
    documentId: { type: 'string', minLength: 1, maxLength: 128, description: 'The proxy document id' },
    channel: { type: 'string', enum: [...DELIVERY_CHANNELS] },
    status: { type: 'string', enum: [...DELIVERY_STATUSES] },
    occurredAt: { type: 'string', maxLength: 40, description: 'ISO 8601 date-time with offset' },
    detail: { type: 'string', maxLength: 500, description: 'e.g. the bounce reason' },
  },
} as const;

export type ReportedDeliveryEvent = SchemaType<typeof deliveryEventBodySchema>;

/** How far in the future an event may claim to have happened (clock skew between systems). */
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

/**
 * Checks the event's time and records it with its audit event. The fingerprint covers the
 * normalised event, so a repeat is recognised whatever the JSON's key order or date notation.
 */
export async function recordDeliveryEvent(
  store: DeliveryEventStore,
  event: ReportedDeliveryEvent,
  reporter: { clientId: string; requestId?: string },
): Promise<DeliveryEventOutcome> {
  const occurredAt = parseIsoDateTime(event.occurredAt);
  if (!occurredAt) throw new ValidationError('occurredAt', "Body field 'occurredAt' must be an ISO 8601 date-time with offset");
  if (occurredAt.getTime() > Date.now() + MAX_FUTURE_MS) {
    throw new ValidationError('occurredAt', "Body field 'occurredAt' is more than a day in the future");
  }
  const fingerprint = sha256Hex(
    JSON.stringify([event.eventId, event.documentId, event.channel, event.status, occurredAt.getTime(), event.detail ?? null]),
  );
  return store.recordDeliveryEvent(
    { ...event, occurredAt, fingerprint, recordedBy: reporter.clientId },
    { actor: `client:${reporter.clientId}`, requestId: reporter.requestId },
  );
}

import type { DeliveryEventRecord } from '../documents/storage/delivery-event-store';

/** The delivery_events columns and values of one event, shared by both SQL dialects. */
export const INSERT_DELIVERY_EVENT_COLUMNS =
  'event_id, document_id, channel, status, occurred_at, detail, fingerprint, recorded_at, recorded_by';

export function deliveryEventValues(event: DeliveryEventRecord, recordedAt: number): unknown[] {
  return [
    event.eventId,
    event.documentId,
    event.channel,
    event.status,
    event.occurredAt.getTime(),
    event.detail ?? null,
    event.fingerprint,
    recordedAt,
    event.recordedBy,
  ];
}

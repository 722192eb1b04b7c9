import { DELIVERY_CHANNELS, DELIVERY_STATUSES } from '../../documents/model';

export const auditEventSchema = {
  type: 'object',
  required: ['seq', 'at', 'action', 'actor', 'documentId', 'documentSha256', 'prevHash', 'hash'],
  properties: {
    seq: { type: 'integer' },
    at: { type: 'string' },
    action: { type: 'string' },
    actor: { type: 'string' },
    documentId: { type: 'string' },
    documentSha256: { type: 'string' },
    ownerUid: { type: 'string' },
    driverDataSha256: { type: 'string' },
    communicationId: { type: 'string' },
    requestId: { type: 'string' },
    prevHash: { type: 'string' },
    hash: { type: 'string' },
  },
} as const;

const PRINTABLE = '^[^\\u0000-\\u001f\\u007f]+$';

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

export const deliveryEventResultSchema = {
  type: 'object',
  required: ['eventId', 'documentId', 'recorded'],
  properties: {
    eventId: { type: 'string' },
    documentId: { type: 'string' },
    recorded: { type: 'boolean', description: 'false when the same event was recorded before (nothing changed)' },
  },
} as const;

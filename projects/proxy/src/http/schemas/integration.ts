import { paymentEventBodySchema } from '../../documents/billing/record-payment-event';
import { deliveryEventBodySchema } from '../../documents/delivery/record-delivery-event';

export { deliveryEventBodySchema, paymentEventBodySchema };

const MAX_AUDIT_PAGE = 5_000;

export const auditQuerySchema = {
  type: 'object',
  properties: {
    from: { type: 'string', maxLength: 40 },
    to: { type: 'string', maxLength: 40 },
    afterSeq: { type: 'integer', minimum: 0 },
    limit: { type: 'integer', minimum: 1, maximum: MAX_AUDIT_PAGE },
  },
} as const;

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

export const deliveryEventResultSchema = {
  type: 'object',
  required: ['eventId', 'documentId', 'recorded'],
  properties: {
    eventId: { type: 'string' },
    documentId: { type: 'string' },
    recorded: { type: 'boolean', description: 'false when the same event was recorded before (nothing changed)' },
  },
} as const;

export const paymentEventResultSchema = {
  type: 'object',
  required: ['eventId', 'documentId', 'recorded', 'applied'],
  properties: {
    eventId: { type: 'string' },
    documentId: { type: 'string' },
    recorded: { type: 'boolean', description: 'false when the same event was recorded before (nothing changed)' },
    applied: { type: 'boolean', description: "true when the event set the document's open amount and status (it is the latest)" },
  },
} as const;

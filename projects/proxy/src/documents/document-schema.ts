import type { SchemaType } from '../schema-type';
import { PAYMENT_STATUSES, REFERENCE_RELATIONS } from './billing/billing';
import { CORRESPONDENCE_EVENTS, DELIVERY_CHANNELS, DELIVERY_STATUSES, DOCUMENT_TYPES } from './model';

/** A document as the shopper sees it: the proxy's JSON model, and the response schema of every route that answers one. */
export const documentSchema = {
  $id: 'Document',
  type: 'object',
  required: ['id', 'type', 'title', 'number', 'fileName', 'createdAt', 'mimeType', 'size', 'sha256', 'language', 'read'],
  properties: {
    id: { type: 'string' },
    type: { type: 'string', enum: [...DOCUMENT_TYPES] },
    title: { type: 'string' },
    number: { type: 'string' },
    fileName: { type: 'string' },
    orderCode: { type: 'string' },
    consignmentCode: { type: 'string' },
    entryNumbers: { type: 'array', items: { type: 'integer' } },
    productCodes: { type: 'array', items: { type: 'string' } },
    unitId: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    mimeType: { type: 'string' },
    size: { type: 'integer' },
    sha256: { type: 'string' },
    language: { type: 'string' },
    read: { type: 'boolean' },
    correspondence: {
      type: 'object',
      description: 'Customer-service letters only: the commerce event and the next step for the shopper (the order is `orderCode`)',
      required: ['event', 'nextStep'],
      properties: {
        event: { type: 'string', enum: [...CORRESPONDENCE_EVENTS] },
        nextStep: { type: 'string' },
      },
    },
    deliveryStatus: {
      type: 'object',
      description: 'The latest delivery event of the document (by occurredAt, over all channels)',
      required: ['status', 'channel', 'occurredAt'],
      properties: {
        status: { type: 'string', enum: [...DELIVERY_STATUSES] },
        channel: { type: 'string', enum: [...DELIVERY_CHANNELS] },
        occurredAt: { type: 'string', format: 'date-time' },
      },
    },
    actionUrl: {
      type: 'string',
      description: 'Call to action: a same-site storefront path or an https URL on a host of ACTION_URL_ALLOWED_HOSTS',
    },
    actionLabel: { type: 'string', description: 'Text of the call-to-action button' },
    billing: {
      type: 'object',
      description: 'Billing documents only: amounts in major units of the currency; OVERDUE is derived from the due date and the open amount',
      required: ['amount', 'openAmount', 'currency', 'paymentStatus'],
      properties: {
        amount: { type: 'number' },
        openAmount: { type: 'number' },
        currency: { type: 'string', description: 'ISO 4217' },
        dueDate: { type: 'string', format: 'date' },
        paymentTerms: { type: 'string' },
        paymentStatus: { type: 'string', enum: [...PAYMENT_STATUSES] },
        daysOverdue: { type: 'integer', description: 'Days past the due date while OVERDUE' },
        dunningLevel: { type: 'integer', minimum: 1 },
        paymentUrl: { type: 'string', description: 'Where the open amount can be paid (an https URL on an allowed host)' },
      },
    },
    references: {
      type: 'array',
      description: 'Documents of the same owner this one refers to, by number (a reminder to its invoice, a credit note to the invoice it credits)',
      items: {
        type: 'object',
        required: ['relation', 'number'],
        properties: { relation: { type: 'string', enum: [...REFERENCE_RELATIONS] }, number: { type: 'string' } },
      },
    },
  },
} as const;

export type ShopperDocument = SchemaType<typeof documentSchema>;

/** What a customer-service letter is about; only on CORRESPONDENCE documents. The order is the document's orderCode. */
export type Correspondence = NonNullable<ShopperDocument['correspondence']>;

/** The latest delivery event of a document (by occurredAt, over all channels); occurredAt is ISO 8601, UTC. */
export type DeliveryStatus = NonNullable<ShopperDocument['deliveryStatus']>;

/** A billing document's amounts and payment state as the API answers them. */
export type DocumentBilling = NonNullable<ShopperDocument['billing']>;

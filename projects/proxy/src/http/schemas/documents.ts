import {
  CORRESPONDENCE_EVENTS,
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  DOCUMENT_SORTS,
  DOCUMENT_TYPES,
} from '../../documents/model';
import { MAX_PAGE_SIZE } from '../../documents/list-query';
import { RESEND_CHANNELS } from '../../documents/resend/resend-service';

import { binaryBody, errorResponses, userParamsSchema } from './common';

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
  },
} as const;

export const documentListSchema = {
  $id: 'DocumentList',
  type: 'object',
  required: ['documents', 'pagination', 'sorts', 'facets'],
  properties: {
    documents: { type: 'array', items: { $ref: 'Document#' } },
    pagination: {
      type: 'object',
      required: ['currentPage', 'pageSize', 'totalPages', 'totalResults', 'sort'],
      properties: {
        currentPage: { type: 'integer' },
        pageSize: { type: 'integer' },
        totalPages: { type: 'integer' },
        totalResults: { type: 'integer' },
        sort: { type: 'string' },
      },
    },
    sorts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'selected'],
        properties: { code: { type: 'string' }, selected: { type: 'boolean' } },
      },
    },
    facets: {
      type: 'object',
      required: ['types', 'unread'],
      properties: {
        types: {
          type: 'array',
          items: {
            type: 'object',
            required: ['code', 'count'],
            properties: { code: { type: 'string' }, count: { type: 'integer' } },
          },
        },
        unread: { type: 'integer' },
      },
    },
  },
} as const;

export const documentParamsSchema = {
  type: 'object',
  required: ['baseSiteId', 'userId', 'documentId'],
  properties: {
    ...userParamsSchema.properties,
    documentId: { type: 'string', minLength: 1, maxLength: 128 },
  },
} as const;

export const listQuerySchema = {
  type: 'object',
  properties: {
    type: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 400 } },
    orderCode: { type: 'string', maxLength: 64 },
    from: { type: 'string', maxLength: 40 },
    to: { type: 'string', maxLength: 40 },
    q: { type: 'string', maxLength: 100 },
    unread: { type: 'boolean' },
    currentPage: { type: 'integer', minimum: 0, maximum: 1_000_000 },
    pageSize: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE },
    sort: { type: 'string', enum: [...DOCUMENT_SORTS] },
  },
} as const;

export const contentQuerySchema = {
  type: 'object',
  properties: {
    disposition: { type: 'string', enum: ['attachment', 'inline'] },
    expires: {
      type: 'string',
      pattern: '^[0-9]{1,12}$',
      description: 'Signed links only (`{userId}` = `anonymous`): expiry, Unix seconds',
    },
    signature: {
      type: 'string',
      maxLength: 64,
      description: 'Signed links only: HMAC-SHA256 of the link (base64url)',
    },
    by: {
      type: 'string',
      maxLength: 400,
      pattern: '^[A-Za-z0-9_-]+$',
      description: 'Signed links an agent asked for: the agent, encrypted (named as the actor in the audit trail)',
    },
  },
} as const;

/** The content endpoint answers bytes (200/206), nothing (304) or an OCC error. */
export const contentResponses = {
  200: { description: 'The whole document', content: { 'application/pdf': { schema: binaryBody } } },
  206: { description: 'The requested byte range (`Content-Range`)', content: { 'application/pdf': { schema: binaryBody } } },
  302: { description: 'Signed links with `DOCUMENT_DELIVERY=redirect`: `Location` is a short-lived read-only URL of the stored bytes', type: 'null' },
  304: { description: 'Not modified (`If-None-Match` matched the ETag)', type: 'null' },
  ...errorResponses,
} as const;

export const readStateBodySchema = {
  type: 'object',
  required: ['read'],
  propertyNames: { enum: ['read'] },
  properties: {
    read: { type: 'boolean', const: true, description: 'Only `true`: a read document stays read' },
  },
} as const;

export const linkRequestBodySchema = {
  type: ['object', 'null'],
  propertyNames: { enum: ['disposition'] },
  properties: {
    disposition: { type: 'string', enum: ['attachment', 'inline'], default: 'inline' },
  },
} as const;

export const signedLinkSchema = {
  type: 'object',
  required: ['url', 'expiresAt'],
  properties: {
    url: { type: 'string', description: 'Opens the document without an Authorization header until it expires' },
    expiresAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const resendBodySchema = {
  type: ['object', 'null'],
  propertyNames: { enum: ['channel'] },
  properties: {
    channel: { type: 'string', enum: [...RESEND_CHANNELS], default: 'EMAIL', description: 'How Exstream sends the document again' },
  },
} as const;

export const resendReceiptSchema = {
  type: 'object',
  required: ['documentId', 'channel', 'requestedAt'],
  properties: {
    documentId: { type: 'string' },
    channel: { type: 'string', enum: [...RESEND_CHANNELS] },
    requestedAt: { type: 'string', format: 'date-time' },
  },
} as const;

import { documentSchema } from '../../documents/document-schema';
import { listQuerySchema } from '../../documents/list-query';
import { RESEND_CHANNELS } from '../../documents/resend/resend-service';
import type { SchemaType } from '../../schema-type';
import { binaryBody, errorResponses, paginationSchema, sortsSchema, userParamsSchema } from './common';

// The Document and the list parameters are the domain's shapes; their schemas live beside their types.
export { documentSchema, listQuerySchema };

export const documentListSchema = {
  $id: 'DocumentList',
  type: 'object',
  required: ['documents', 'pagination', 'sorts', 'facets'],
  properties: {
    documents: { type: 'array', items: { $ref: 'Document#' } },
    pagination: {
      ...paginationSchema,
      properties: {
        ...paginationSchema.properties,
        nextCursor: { type: 'string', description: 'the next page by keyset (sort byDateDesc): send it as cursor' },
      },
    },
    sorts: sortsSchema,
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

/** A page of the document list as the route answers it. */
export type DocumentListBody = SchemaType<typeof documentListSchema, [typeof documentSchema]>;

export const documentParamsSchema = {
  type: 'object',
  required: ['baseSiteId', 'userId', 'documentId'],
  properties: {
    ...userParamsSchema.properties,
    documentId: { type: 'string', minLength: 1, maxLength: 128 },
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

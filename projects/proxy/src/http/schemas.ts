import { DOCUMENT_SORTS, DOCUMENT_TYPES } from '../documents/model';
import { MAX_PAGE_SIZE } from '../documents/list-query';

/** JSON schemas shared by the routes (registered with app.addSchema, referenced by $id). */

export const occErrorListSchema = {
  $id: 'OccErrorList',
  type: 'object',
  required: ['errors'],
  properties: {
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'message'],
        properties: {
          type: { type: 'string' },
          message: { type: 'string' },
          subject: { type: 'string' },
          reason: { type: 'string' },
        },
      },
    },
  },
} as const;

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
    deliveryStatus: { type: 'string' },
    actionUrl: { type: 'string' },
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

export const errorResponses = {
  '4xx': { $ref: 'OccErrorList#' },
  '5xx': { $ref: 'OccErrorList#' },
} as const;

export const userParamsSchema = {
  type: 'object',
  required: ['baseSiteId', 'userId'],
  properties: {
    baseSiteId: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
    userId: { type: 'string', minLength: 1, maxLength: 255 },
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
  },
} as const;

export const healthSchema = {
  type: 'object',
  required: ['status'],
  properties: { status: { type: 'string' }, message: { type: 'string' } },
} as const;

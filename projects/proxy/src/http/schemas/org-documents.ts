import { ARCHIVE_MAX_IDS } from '../../documents/bulk-limits';
import { orgDocumentExportQuerySchema, orgDocumentFilterSchema, orgDocumentQuerySchema } from '../../documents/billing/org-document-query';
import { ORG_DOCUMENT_SORTS } from '../../documents/billing/billing-filter';
import { DOCUMENT_TYPES } from '../../documents/model';
import { errorResponses, orgUnitIdSchema, paginationSchema, paramsIn, sortsSchema, userParamsSchema } from './common';

/** SAP's account summary shapes (feature-libs/organization/account-summary/root/model/account-summary.model.ts). */

export { orgDocumentExportQuerySchema, orgDocumentFilterSchema, orgDocumentQuerySchema };

/** POST …/orgDocuments/archive: exactly one of the document ids or SAP's filters. */
export const orgDocumentArchiveRequestSchema = {
  type: 'object',
  description: 'Exactly one of `ids` (proxy document ids) or `filter` (every document orgDocuments answers with these filters)',
  minProperties: 1,
  maxProperties: 1,
  propertyNames: { enum: ['ids', 'filter'] },
  properties: {
    ids: { type: 'array', minItems: 1, maxItems: ARCHIVE_MAX_IDS, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 128 } },
    filter: orgDocumentFilterSchema,
  },
} as const;

export const orgDocumentsExportResponses = {
  200: {
    description:
      'The matching documents as CSV (UTF-8 with BOM, RFC 4180, header `Number,Type,Title,Created,Due date,Amount,Open amount,Currency,' +
      'Payment status,Days overdue,Refers to`; amounts as plain decimals), streamed; `X-Total-Count` gives the matches',
    content: { 'text/csv; charset=utf-8': { schema: { type: 'string' } } },
  },
  ...errorResponses,
} as const;

export const orgUnitParamsSchema = paramsIn(userParamsSchema, 'unit');

export const orgDocumentAttachmentParamsSchema = {
  type: 'object',
  required: [...orgUnitParamsSchema.required, 'orgDocumentId', 'orgDocumentAttachmentId'],
  properties: {
    ...orgUnitParamsSchema.properties,
    orgDocumentId: { type: 'string', minLength: 1, maxLength: 512, description: 'The document number' },
    orgDocumentAttachmentId: { type: 'string', minLength: 1, maxLength: 512, description: "The document's file name (or its id)" },
  },
} as const;

export const attachmentQuerySchema = {
  type: 'object',
  properties: { disposition: { type: 'string', enum: ['attachment', 'inline'] } },
} as const;

const currencySchema = {
  type: 'object',
  required: ['isocode'],
  properties: { isocode: { type: 'string' }, name: { type: 'string' }, symbol: { type: 'string' }, active: { type: 'boolean' } },
} as const;

const dayRangeSchema = {
  type: 'object',
  required: ['minBoundary'],
  properties: { minBoundary: { type: 'integer' }, maxBoundary: { type: 'integer' } },
} as const;

const unitSchema = {
  type: 'object',
  required: ['uid'],
  properties: { uid: { type: 'string' }, name: { type: 'string' }, active: { type: 'boolean' } },
} as const;

export const accountSummarySchema = {
  type: 'object',
  required: ['orgUnit', 'amountBalance', 'balances'],
  properties: {
    orgUnit: unitSchema,
    amountBalance: {
      type: 'object',
      description: "One currency's balance as formatted text (the storefront's currency `curr` when the unit has one in it)",
      required: ['currentBalance', 'openBalance', 'pastDueBalance', 'dueBalances'],
      properties: {
        currentBalance: { type: 'string' },
        openBalance: { type: 'string' },
        pastDueBalance: { type: 'string' },
        dueBalances: {
          type: 'array',
          items: { type: 'object', required: ['amount', 'dayRange'], properties: { amount: { type: 'string' }, dayRange: dayRangeSchema } },
        },
      },
    },
    balances: {
      type: 'array',
      description: 'Not in SAP’s model: every currency of the unit, amounts as numbers in major units',
      items: {
        type: 'object',
        required: ['currency', 'openBalance', 'pastDueBalance', 'currentBalance', 'dueBalances'],
        properties: {
          currency: currencySchema,
          openBalance: { type: 'number' },
          pastDueBalance: { type: 'number' },
          currentBalance: { type: 'number' },
          dueBalances: {
            type: 'array',
            items: { type: 'object', required: ['amount', 'dayRange'], properties: { amount: { type: 'number' }, dayRange: dayRangeSchema } },
          },
        },
      },
    },
  },
} as const;

export const orgDocumentListSchema = {
  type: 'object',
  required: ['orgDocumentTypes', 'orgDocuments', 'pagination', 'sorts'],
  properties: {
    orgDocumentTypes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'name'],
        properties: {
          code: { type: 'string', enum: [...DOCUMENT_TYPES] },
          name: { type: 'string' },
          displayInAllList: { type: 'boolean' },
          includeInOpenBalance: { type: 'boolean' },
        },
      },
    },
    orgDocuments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'orgDocumentType', 'status', 'createdAtDate', 'attachments', 'document'],
        properties: {
          id: { type: 'string', description: 'The document number' },
          orgDocumentType: { type: 'object', required: ['code', 'name'], properties: { code: { type: 'string' }, name: { type: 'string' } } },
          status: { type: 'string', enum: ['open', 'closed'] },
          createdAtDate: { type: 'string', format: 'date' },
          dueAtDate: { type: 'string', format: 'date' },
          amount: { type: 'number' },
          formattedAmount: { type: 'string' },
          openAmount: { type: 'number' },
          formattedOpenAmount: { type: 'string' },
          currency: currencySchema,
          attachments: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
          document: { $ref: 'Document#' },
        },
      },
    },
    pagination: { ...paginationSchema, properties: { ...paginationSchema.properties, sort: { type: 'string', enum: [...ORG_DOCUMENT_SORTS] } } },
    sorts: sortsSchema,
  },
} as const;

/** The units whose documents the caller reads, as Commerce's B2BUnitNodeList. */
export const documentUnitsSchema = {
  type: 'object',
  required: ['unitNodes'],
  properties: {
    unitNodes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        properties: { id: orgUnitIdSchema, name: { type: 'string' }, parent: { type: 'string' }, active: { type: 'boolean' } },
      },
    },
  },
} as const;


import { ARCHIVE_MAX_IDS } from '../../documents/bulk-limits';
import { exportQuerySchema, listFilterSchema } from '../../documents/list-query';
import { binaryBody, errorResponses } from './common';

export { exportQuerySchema };

/** POST .../documents/archive: exactly one of `ids` or `filter`. */
export const archiveRequestSchema = {
  type: 'object',
  description: 'Exactly one of `ids` (the documents to pack) or `filter` (every document the list would show with these filters)',
  minProperties: 1,
  maxProperties: 1,
  propertyNames: { enum: ['ids', 'filter'] },
  properties: {
    ids: {
      type: 'array',
      minItems: 1,
      maxItems: ARCHIVE_MAX_IDS,
      uniqueItems: true,
      items: { type: 'string', minLength: 1, maxLength: 128 },
      description: "Document ids, each the caller's; ZIP entries keep this order",
    },
    filter: { ...listFilterSchema, description: 'The list filters (same fields and rules as the list query)' },
  },
} as const;

export const documentsArchiveResponses = {
  200: {
    description: 'A ZIP of the selected documents (stored entries, Content-Length known), streamed',
    content: { 'application/zip': { schema: binaryBody } },
  },
  ...errorResponses,
} as const;

export const documentsExportResponses = {
  200: {
    description:
      'The matching documents as CSV (UTF-8 with BOM, RFC 4180, header `Type,Title,Number,Order,Date,Size (bytes),Read`), streamed; ' +
      '`X-Total-Count` gives the matches, of which at most the configured maximum of rows are sent',
    content: { 'text/csv; charset=utf-8': { schema: { type: 'string' } } },
  },
  ...errorResponses,
} as const;

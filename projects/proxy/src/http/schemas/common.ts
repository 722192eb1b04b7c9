import { BASE_SITE_ID_PATTERN } from '../base-site';
/** Schemas every resource uses: the OCC error body and the user path parameters. */

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

export const errorResponses = {
  '4xx': { $ref: 'OccErrorList#' },
  '5xx': { $ref: 'OccErrorList#' },
} as const;

export const userParamsSchema = {
  type: 'object',
  required: ['baseSiteId', 'userId'],
  properties: {
    baseSiteId: { type: 'string', pattern: BASE_SITE_ID_PATTERN },
    userId: { type: 'string', minLength: 1, maxLength: 255 },
  },
} as const;

/** A response body of raw bytes. */
export const binaryBody = { type: 'string', format: 'binary' } as const;

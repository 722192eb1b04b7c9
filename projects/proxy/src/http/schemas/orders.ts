import { generationTargetSchema } from '../../documents/generation/targets';
import { binaryBody, errorResponses, userParamsSchema } from './common';

export const orderParamsSchema = {
  type: 'object',
  required: ['baseSiteId', 'userId', 'orderCode'],
  properties: {
    ...userParamsSchema.properties,
    orderCode: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._-]+$' },
  },
} as const;

export const archiveResponses = {
  200: { description: "A ZIP of the shopper's documents of the order, streamed", content: { 'application/zip': { schema: binaryBody } } },
  ...errorResponses,
} as const;

export { generationTargetSchema };

export const healthSchema = {
  type: 'object',
  required: ['status'],
  properties: {
    status: { type: 'string', enum: ['UP', 'DOWN'] },
    message: { type: 'string' },
    checks: { type: 'object', additionalProperties: { type: 'string', enum: ['UP', 'DOWN'] } },
  },
} as const;

import { CATEGORY_CODES, PREFERENCE_CHANNELS, PREFERENCE_FORMATS } from '../../preferences/model';

export const categoryPreferenceSchema = {
  type: 'object',
  required: ['category', 'documentTypes', 'channel', 'paperless', 'format', 'language'],
  properties: {
    category: { type: 'string', enum: [...CATEGORY_CODES] },
    documentTypes: { type: 'array', items: { type: 'string' } },
    channel: { type: 'string', enum: [...PREFERENCE_CHANNELS] },
    paperless: { type: 'boolean' },
    format: { type: 'string', enum: [...PREFERENCE_FORMATS] },
    language: { type: 'string' },
  },
} as const;

export const communicationPreferencesSchema = {
  $id: 'CommunicationPreferences',
  type: 'object',
  required: ['preferences', 'options'],
  properties: {
    preferences: { type: 'array', items: categoryPreferenceSchema, description: 'One entry per category, always in the same order' },
    options: {
      type: 'object',
      required: ['channels', 'formats', 'languages'],
      properties: {
        channels: { type: 'array', items: { type: 'string' } },
        formats: { type: 'array', items: { type: 'string' } },
        languages: { type: 'array', items: { type: 'string' } },
      },
    },
    updatedAt: { type: 'string', format: 'date-time', description: 'Time of the last effective change; absent when never changed' },
    updatedBy: { type: 'string', description: 'Who made the last effective change; absent when never changed' },
  },
} as const;

export const preferenceUpdateBodySchema = {
  type: 'object',
  required: ['preferences'],
  propertyNames: { enum: ['preferences'] },
  properties: {
    preferences: {
      type: 'array',
      maxItems: 20,
      description: 'The categories to replace; unlisted categories keep their values',
      items: {
        type: 'object',
        description: '{category, channel, paperless, format, language}; paperless cannot go with channel POST',
        properties: {
          category: { description: CATEGORY_CODES.join(' | ') },
          channel: { description: 'one of options.channels' },
          paperless: { description: 'true or false' },
          format: { description: 'one of options.formats' },
          language: { description: 'one of options.languages' },
        },
      },
    },
  },
} as const;

export const preferenceHistorySchema = {
  type: 'object',
  required: ['changes', 'pagination'],
  properties: {
    changes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['changedAt', 'changedBy', 'category', 'field', 'from', 'to'],
        properties: {
          changedAt: { type: 'string', format: 'date-time' },
          changedBy: { type: 'string' },
          category: { type: 'string' },
          field: { type: 'string', enum: ['channel', 'paperless', 'format', 'language'] },
          from: { type: 'string' },
          to: { type: 'string' },
        },
      },
    },
    pagination: {
      type: 'object',
      required: ['currentPage', 'pageSize', 'totalPages', 'totalResults'],
      properties: {
        currentPage: { type: 'integer' },
        pageSize: { type: 'integer' },
        totalPages: { type: 'integer' },
        totalResults: { type: 'integer' },
      },
    },
  },
} as const;

export const preferenceHistoryQuerySchema = {
  type: 'object',
  properties: {
    currentPage: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
} as const;

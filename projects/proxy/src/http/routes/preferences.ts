import type { FastifyPluginAsync } from 'fastify';
import type { ShopperIdentityProvider } from '../../documents/identity';
import { CATEGORY_CODES, PREFERENCE_CHANNELS, PREFERENCE_FORMATS } from '../../preferences/model';
import type { PreferenceService } from '../../preferences/preference-service';
import { authenticateShopper, requireShopper } from '../authenticate';
import { errorResponses, userParamsSchema } from '../schemas';
import type { UserParams } from './route-params';

export interface PreferenceRoutesOptions {
  preferences: PreferenceService;
  identity: ShopperIdentityProvider;
}

const categoryPreferenceSchema = {
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

// Item fields are described but checked by the service, which reports every problem with its own
// subject (`preferences[1].channel`); a schema failure could only name the first one.
const updateBodySchema = {
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

const historySchema = {
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

const historyQuerySchema = {
  type: 'object',
  properties: {
    currentPage: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
} as const;

/** Shopper communication preferences under /occ/v2/{baseSiteId}/users/{userId}/communicationPreferences. */
export const preferenceRoutes: FastifyPluginAsync<PreferenceRoutesOptions> = async (app, { preferences, identity }) => {
  app.addSchema(communicationPreferencesSchema);
  app.addHook('onRequest', authenticateShopper(identity));

  const url = '/occ/v2/:baseSiteId/users/:userId/communicationPreferences';

  app.get<{ Params: UserParams }>(
    url,
    { schema: { params: userParamsSchema, response: { 200: { $ref: 'CommunicationPreferences#' }, ...errorResponses } } },
    async (request) => preferences.get(requireShopper(request)),
  );

  app.put<{ Params: UserParams; Body: { preferences: unknown } }>(
    url,
    {
      schema: {
        params: userParamsSchema,
        body: updateBodySchema,
        response: { 200: { $ref: 'CommunicationPreferences#' }, ...errorResponses },
      },
    },
    async (request) => preferences.update(requireShopper(request), request.body.preferences),
  );

  app.get<{ Params: UserParams; Querystring: { currentPage: number; pageSize: number } }>(
    `${url}/history`,
    { schema: { params: userParamsSchema, querystring: historyQuerySchema, response: { 200: historySchema, ...errorResponses } } },
    async (request) => preferences.history(requireShopper(request), request.query.currentPage, request.query.pageSize),
  );
};

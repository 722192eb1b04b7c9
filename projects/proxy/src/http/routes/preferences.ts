import type { FastifyPluginAsync } from 'fastify';
import type { ShopperIdentityProvider } from '../../documents/identity';
import type { PreferenceService } from '../../preferences/preference-service';
import { authenticateShopper, requireShopper } from '../authenticate';
import {
  communicationPreferencesSchema,
  errorResponses,
  preferenceHistoryQuerySchema,
  preferenceHistorySchema,
  preferenceUpdateBodySchema,
  userParamsSchema,
} from '../schemas';
import type { SchemaType } from '../../schema-type';
import type { UserParams } from './route-params';

export interface PreferenceRoutesOptions {
  preferences: PreferenceService;
  identity: ShopperIdentityProvider;
}

// Item fields are described but checked by the service, which reports every problem with its own
// subject (`preferences[1].channel`); a schema failure could only name the first one.

/** Shopper communication preferences under /occ/v2/{baseSiteId}/users/{userId}/communicationPreferences. */
export const preferenceRoutes: FastifyPluginAsync<PreferenceRoutesOptions> = async (app, { preferences, identity }) => {
  app.addSchema(communicationPreferencesSchema);
  app.addHook('onRequest', authenticateShopper(identity));

  const url = '/communicationPreferences';

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
        body: preferenceUpdateBodySchema,
        response: { 200: { $ref: 'CommunicationPreferences#' }, ...errorResponses },
      },
    },
    async (request) => preferences.update(requireShopper(request), request.body.preferences),
  );

  app.get<{ Params: UserParams; Querystring: SchemaType<typeof preferenceHistoryQuerySchema> }>(
    `${url}/history`,
    { schema: { params: userParamsSchema, querystring: preferenceHistoryQuerySchema, response: { 200: preferenceHistorySchema, ...errorResponses } } },
    async (request) => preferences.history(requireShopper(request), request.query.currentPage, request.query.pageSize),
  );
};

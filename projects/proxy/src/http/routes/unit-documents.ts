import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ShopperIdentityProvider } from '../../documents/identity';
import type { UnitAccess } from '../../documents/units/unit-access';
import type { UnitNode } from '../../documents/units/unit-directory';
import { authenticateShopper, bearerToken, shopperOf } from '../authenticate';
import { assertBaseSiteId } from '../base-site';
import { documentUnitsSchema, errorResponses, userParamsSchema } from '../schemas';
import { DEFAULT_BULK_LIMITS } from '../../documents/bulk-limits';
import { documentRoutes, type DocumentRoutesOptions } from './documents';
import { orgDocumentRoutes } from './org-documents';
import type { UserParams } from './route-params';

declare module 'fastify' {
  interface FastifyRequest {
    /** the B2B unit whose documents the request reads (unit scope only) */
    orgUnit?: UnitNode;
  }
}

export interface UnitDocumentRoutesOptions extends Omit<DocumentRoutesOptions, 'scope' | 'authenticate' | 'resend'> {
  units: UnitAccess;
}

/** Hook: the caller as the reader of the unit in `{orgUnitId}`, or the same 404 for units they may not read. */
function authenticateUnitReader(identity: ShopperIdentityProvider, units: UnitAccess) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = bearerToken(request.headers.authorization);
    const params = request.params as { baseSiteId: string; userId: string; orgUnitId: string };
    assertBaseSiteId(params.baseSiteId);
    const caller = await shopperOf(identity, params.baseSiteId, params.userId, token);
    const { reader, unit } = await units.readerFor(params.baseSiteId, token, caller, params.orgUnitId);
    request.shopper = reader;
    request.orgUnit = unit;
  };
}

/**
 * A B2B unit's documents under users/{userId}/orgUnits/{orgUnitId}: the same document endpoints
 * as a shopper's own (list, search, content, links, archive, export) and SAP's account summary.
 */
export const unitDocumentRoutes: FastifyPluginAsync<UnitDocumentRoutesOptions> = async (app, options) => {
  // `prefix` is this plugin's own: handed on, the children would add it a second time
  const { units, prefix: _ownPrefix, ...documentOptions } = options as UnitDocumentRoutesOptions & { prefix?: string };
  const authenticate = authenticateUnitReader(options.identity, units);
  await app.register(documentRoutes, { ...documentOptions, scope: 'unit', authenticate });
  await app.register(async (scope) => {
    scope.addHook('onRequest', authenticate);
    await scope.register(orgDocumentRoutes, { documents: options.documents, limits: options.bulkLimits ?? DEFAULT_BULK_LIMITS });
  });
};

/** GET users/{userId}/documentUnits: the units whose documents the caller reads (their own, and those they administer). */
export const documentUnitListRoutes: FastifyPluginAsync<{ identity: ShopperIdentityProvider; units: UnitAccess }> = async (
  app,
  { identity, units },
) => {
  app.addHook('onRequest', authenticateShopper(identity));
  app.get<{ Params: UserParams }>(
    '/documentUnits',
    {
      schema: {
        description: "The B2B units whose documents the caller reads, as Commerce's B2BUnitNodeList (empty for a B2C shopper)",
        params: userParamsSchema,
        response: { 200: documentUnitsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const token = bearerToken(request.headers.authorization);
      return { unitNodes: await units.readableUnits(request.params.baseSiteId, token, request.shopper!) };
    },
  );
};

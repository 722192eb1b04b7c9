/** Where the shopper API lives: OCC's user scope, so a storefront calls it as it calls Commerce. */
export const SHOPPER_API_PREFIX = '/occ/v2/:baseSiteId/users/:userId';

/** A B2B unit's documents: OCC's org unit scope, where SAP's account summary lives too. */
export const UNIT_API_PREFIX = `${SHOPPER_API_PREFIX}/orgUnits/:orgUnitId`;

/** Machine-to-machine endpoints (ingest, delivery events, audit export); never public. */
export const INTEGRATION_API_PREFIX = '/integration/v1';

/** The shopper API's prefix for one site and user, e.g. for a link the proxy hands out. */
export function shopperApiPath(baseSiteId: string, userId: string): string {
  return SHOPPER_API_PREFIX.replace(':baseSiteId', encodeURIComponent(baseSiteId)).replace(':userId', encodeURIComponent(userId));
}

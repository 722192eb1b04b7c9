/** Where the shopper API lives: OCC's user scope, so a storefront calls it as it calls Commerce. */
export const SHOPPER_API_PREFIX = '/occ/v2/:baseSiteId/users/:userId';

/** Machine-to-machine endpoints (ingest, delivery events, audit export); never public. */
export const INTEGRATION_API_PREFIX = '/integration/v1';

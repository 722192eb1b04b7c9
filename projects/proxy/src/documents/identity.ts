import type { Shopper } from './model';

/** Turns a shopper's bearer token into the identity the commerce system vouches for. */
export interface ShopperIdentityProvider {
  /**
   * Rejects with InvalidTokenError (unknown/expired token), AccessDeniedError,
   * UpstreamUnavailableError or UpstreamFailureError.
   */
  identify(baseSiteId: string, token: string): Promise<Shopper>;
}

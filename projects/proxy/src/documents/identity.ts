import type { Shopper } from './model';

/** Turns a shopper's bearer token into the identity the commerce system vouches for. */
export interface ShopperIdentityProvider {
  /**
   * Rejects with InvalidTokenError (unknown/expired token), AccessDeniedError,
   * UpstreamUnavailableError or UpstreamFailureError.
   */
  identify(baseSiteId: string, token: string): Promise<Shopper>;

  /**
   * The customer a `{userId}` (uid or customerId) names, when the token may act for them — the
   * token's own user, or a customer an agent's token is allowed to assist. Rejects with
   * AccessDeniedError otherwise, and like `identify` for token and upstream failures.
   */
  customerFor(baseSiteId: string, token: string, userId: string): Promise<Shopper>;
}

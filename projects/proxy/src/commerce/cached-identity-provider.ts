import type { ShopperIdentityProvider } from '../documents/identity';
import type { Shopper } from '../documents/model';
import { HashedTtlCache } from './token-cache';

/** Remembers Commerce's answer for a token briefly (keyed by a hash of site + token). */
export class CachedIdentityProvider implements ShopperIdentityProvider {
  private readonly cache: HashedTtlCache<Shopper>;

  constructor(
    private readonly inner: ShopperIdentityProvider,
    ttlMs: number,
  ) {
    this.cache = new HashedTtlCache<Shopper>(ttlMs);
  }

  identify(baseSiteId: string, token: string): Promise<Shopper> {
    return this.cache.get(`${baseSiteId}\n${token}`, () => this.inner.identify(baseSiteId, token));
  }

  customerFor(baseSiteId: string, token: string, userId: string): Promise<Shopper> {
    return this.cache.get(`${baseSiteId}\n${userId}\n${token}`, () => this.inner.customerFor(baseSiteId, token, userId));
  }
}

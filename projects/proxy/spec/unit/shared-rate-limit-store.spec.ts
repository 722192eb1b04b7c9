import { sharedRateLimitStore } from '../../src/http/shared-rate-limit-store';
import type { RateLimitCounter } from '../../src/documents/storage/rate-limit-counter';

function incr(store: InstanceType<ReturnType<typeof sharedRateLimitStore>>, key: string, windowMs = 1_000): Promise<{ current: number; ttl: number }> {
  return new Promise((resolve, reject) => store.incr(key, (error, result) => (error ? reject(error) : resolve(result!)), windowMs, 5));
}

describe('shared rate-limit store', () => {
  it("answers the shared counter's count and remaining window", async () => {
    const counter: RateLimitCounter = { hit: async () => ({ count: 7, ttlMs: 1234 }), close: async () => undefined };
    const Store = sharedRateLimitStore(counter);
    expect(await incr(new Store(), 'uid:anna')).toEqual({ current: 7, ttl: 1234 });
  });

  it('counts in this instance, per key and window, while the shared counter fails (never fails the request)', async () => {
    let now = 10_000;
    const counter: RateLimitCounter = { hit: () => Promise.reject(new Error('connect ECONNREFUSED')), close: async () => undefined };
    const store = new (sharedRateLimitStore(counter, () => now))();
    expect(await incr(store, 'uid:anna')).toEqual({ current: 1, ttl: 1_000 });
    now += 400;
    expect(await incr(store, 'uid:anna')).toEqual({ current: 2, ttl: 600 });
    expect(await incr(store, 'uid:ben')).toEqual({ current: 1, ttl: 1_000 });
    now += 600;
    expect(await incr(store, 'uid:anna')).toEqual({ current: 1, ttl: 1_000 });
  });
});

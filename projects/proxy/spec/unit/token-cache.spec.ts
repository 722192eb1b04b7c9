import { HashedTtlCache } from '../../src/commerce/token-cache';

describe('HashedTtlCache', () => {
  let now: number;
  const clock = () => now;

  beforeEach(() => {
    now = 1_000;
  });

  it('serves a loaded value within the TTL and reloads after it', async () => {
    const cache = new HashedTtlCache<string>(100, 10, clock);
    let loads = 0;
    const load = async () => `v${++loads}`;
    expect(await cache.get('token', load)).toBe('v1');
    now += 99;
    expect(await cache.get('token', load)).toBe('v1');
    now += 1;
    expect(await cache.get('token', load)).toBe('v2');
  });

  it('does not keep failures', async () => {
    const cache = new HashedTtlCache<string>(1000, 10, clock);
    await expectAsync(cache.get('token', async () => Promise.reject(new Error('no')))).toBeRejected();
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.get('token', async () => 'ok')).toBe('ok');
  });

  it('keeps at most maxEntries', async () => {
    const cache = new HashedTtlCache<number>(1000, 3, clock);
    for (let i = 0; i < 10; i++) await cache.get(`t${i}`, async () => i);
    expect(cache.size).toBe(3);
    let reloaded = false;
    await cache.get('t0', async () => {
      reloaded = true;
      return 0;
    });
    expect(reloaded).toBeTrue();
  });

  it('keys by SHA-256, never by the secret itself', () => {
    expect(HashedTtlCache.hash('secret-token')).toMatch(/^[0-9a-f]{64}$/);
    expect(HashedTtlCache.hash('secret-token')).not.toContain('secret');
  });
});

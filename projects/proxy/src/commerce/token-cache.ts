import { hash } from 'node:crypto';

/**
 * A short-lived cache keyed by the SHA-256 of a secret (a bearer token), so the secret
 * itself is never kept in memory longer than the request. Concurrent lookups for the
 * same key share one pending load; failed loads are not cached.
 */
export class HashedTtlCache<T> {
  private readonly entries = new Map<string, { expiresAt: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  static hash(secret: string): string {
    // One-shot hashing costs a quarter of createHash().update().digest() (it runs on every request).
    return hash('sha256', secret, 'hex');
  }

  get(secretKey: string, load: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return load();
    const key = HashedTtlCache.hash(secretKey);
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    if (hit) this.entries.delete(key);

    const value = load();
    this.entries.set(key, { expiresAt: now + this.ttlMs, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    this.evict(now);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  private evict(now: number): void {
    if (this.entries.size <= this.maxEntries) return;
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(key);
    }
    // Map keeps insertion order: drop the oldest until we are within bounds.
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
    }
  }
}

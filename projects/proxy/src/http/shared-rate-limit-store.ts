import type { RateLimitCounter } from '../documents/storage/rate-limit-counter';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** What @fastify/rate-limit needs of a store: `incr` (and `child` for per-route settings). */
export interface RateLimitStore {
  incr(key: string, callback: Callback, timeWindow: number, max: number): void;
  child(): RateLimitStore;
}

interface LocalWindow {
  count: number;
  start: number;
}

/**
 * The plugin's store over a shared counter. When the counter fails (the database is down), this
 * instance counts on its own until it answers again: the limit then holds per instance, as without
 * a database, and a request is never refused or failed because the count could not be had.
 */
export function sharedRateLimitStore(counter: RateLimitCounter, now: () => number = Date.now): new () => RateLimitStore {
  const local = new Map<string, LocalWindow>();
  const countLocally = (key: string, windowMs: number) => {
    const at = now();
    let window = local.get(key);
    if (!window || window.start + windowMs <= at) {
      window = { count: 0, start: at };
      local.set(key, window);
      if (local.size > 10_000) local.delete(local.keys().next().value as string);
    }
    window.count += 1;
    return { current: window.count, ttl: window.start + windowMs - at };
  };
  class SharedStore implements RateLimitStore {
    incr(key: string, callback: Callback, timeWindow: number): void {
      counter.hit(key, timeWindow).then(
        ({ count, ttlMs }) => callback(null, { current: count, ttl: ttlMs }),
        () => callback(null, countLocally(key, timeWindow)),
      );
    }

    child(): RateLimitStore {
      return this;
    }
  }
  return SharedStore;
}

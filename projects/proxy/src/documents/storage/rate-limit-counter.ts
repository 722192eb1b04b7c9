/** A user's requests in the current fixed window and the milliseconds until it ends. */
export interface WindowCount {
  count: number;
  ttlMs: number;
}

/** Where the per-user rate limit counts: shared by every instance (PostgreSQL) when there is one. */
export interface RateLimitCounter {
  hit(key: string, windowMs: number): Promise<WindowCount>;
  close(): Promise<void>;
}

import type { Pool } from 'pg';
import type { RateLimitCounter, WindowCount } from '../../documents/storage/rate-limit-counter';
import { quoteIdent } from './migrations';
import { openPool } from './pg-pool';

/** How often windows that ended long ago are deleted (one row per user who made a request). */
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Fixed-window request counts in PostgreSQL (migration 7), so that every instance on the database
 * counts a user's requests together. The window and its remaining time come from the database's
 * clock: instances whose clocks differ still agree on the window. One upsert per request, on a
 * small pool of its own (the store's pool serves the requests themselves).
 */
export class PgRateLimitCounter implements RateLimitCounter {
  private readonly prune: NodeJS.Timeout;
  private lastWindowMs = 0;

  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
  ) {
    this.prune = setInterval(() => void this.pruneOld().catch(() => undefined), PRUNE_EVERY_MS);
    this.prune.unref();
  }

  static open(databaseUrl: string, options: { schema: string }): PgRateLimitCounter {
    quoteIdent(options.schema);
    // A count that cannot be had quickly is not worth waiting for: the caller then counts on its own.
    // Every request writes a count; waiting for each one's WAL flush queued the requests behind the
    // disk. A crash may lose the last few counts, which only lets those users start their window afresh.
    const pool = openPool(databaseUrl, options.schema, 2, { statementTimeoutMs: 2_000, asynchronousCommit: true });
    return new PgRateLimitCounter(pool, options.schema);
  }

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    this.lastWindowMs = windowMs;
    const { rows } = await this.pool.query<{ hits: number; window_start: string; now_ms: string }>(
      `WITH clock AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS ms)
       INSERT INTO rate_limit_windows AS w (key, window_start, hits)
         SELECT $1, ms - ms % $2::bigint, 1 FROM clock
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN w.window_start = EXCLUDED.window_start THEN w.hits + 1 ELSE 1 END,
         window_start = EXCLUDED.window_start
       RETURNING w.hits, w.window_start, (SELECT ms FROM clock) AS now_ms`,
      [key, windowMs],
    );
    const { hits, window_start, now_ms } = rows[0];
    return { count: hits, ttlMs: Number(window_start) + windowMs - Number(now_ms) };
  }

  private async pruneOld(): Promise<void> {
    if (this.lastWindowMs === 0) return;
    await this.pool.query(
      `DELETE FROM rate_limit_windows WHERE window_start < (extract(epoch FROM clock_timestamp()) * 1000)::bigint - $1::bigint`,
      [2 * this.lastWindowMs],
    );
  }

  async close(): Promise<void> {
    clearInterval(this.prune);
    await this.pool.end();
  }

  get description(): string {
    return `PostgreSQL (${this.schema}.rate_limit_windows)`;
  }
}

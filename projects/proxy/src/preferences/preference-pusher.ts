import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { PreferencePushConfig } from './preference-config';
import type { OutboxRow, PreferenceStore } from './preference-store';

/** The OTDS client-credentials token source shared with generation. */
export interface PushTokens {
  token(): Promise<string>;
  invalidate(token: string): void;
}

export interface PushLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

const CLAIM_BATCH = 20;

/**
 * Delivers the preference outbox: claims due rows (safe across instances), POSTs each to
 * PREFERENCES_PUSH_URL with the OTDS token and `Idempotency-Key: <row id>`, and reschedules
 * failures with exponential backoff until PREFERENCES_PUSH_MAX_ATTEMPTS, then leaves them FAILED.
 * Rows live in the store, so a restart (or another instance) resumes them.
 */
export class PreferencePusher {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = true;
  private again = false;
  readonly claimant = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

  constructor(
    private readonly store: PreferenceStore,
    private readonly config: PreferencePushConfig,
    private readonly tokens: PushTokens,
    private readonly log: PushLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** A row was just queued: look now instead of at the next tick. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  /** Stops polling and waits for the pushes in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /**
   * One round: claims and pushes due rows one at a time (up to a batch), so that each claim's lease
   * only has to cover its own push; answers how many rows were attempted.
   */
  async runOnce(): Promise<number> {
    let attempted = 0;
    while (attempted < CLAIM_BATCH && !this.stopped) {
      const [row] = await this.store.claimOutbox(this.claimant, this.now(), this.config.leaseMs, 1);
      if (!row) break;
      attempted += 1;
      await this.push(row);
    }
    return attempted;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), delayMs);
    this.timer.unref();
  }

  private tick(): void {
    if (this.running || this.stopped) return;
    this.running = (async () => {
      let attempted = 0;
      try {
        attempted = await this.runOnce();
      } catch (error) {
        this.log.warn({ err: error }, 'preference push: the outbox could not be read; trying again later');
      }
      const more = this.again || attempted === CLAIM_BATCH;
      this.again = false;
      this.running = undefined;
      this.schedule(more ? 0 : this.config.pollIntervalMs);
    })();
  }

  private async push(row: OutboxRow): Promise<void> {
    let failure: string;
    try {
      const token = await this.tokens.token();
      const response = await fetch(this.config.url, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Idempotency-Key': row.id,
        },
        body: row.payload,
        signal: AbortSignal.timeout(this.config.timeoutMs),
        redirect: 'error',
      });
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) {
        await this.store.completeOutbox(row.id, this.claimant, this.now());
        this.log.info({ outboxId: row.id, attempts: row.attempts }, 'preference push delivered');
        return;
      }
      if (response.status === 401) this.tokens.invalidate(token);
      failure = `HTTP ${response.status}`;
    } catch (error) {
      failure = (error as Error).name === 'TimeoutError' ? `timed out after ${this.config.timeoutMs} ms` : (error as Error).message;
    }
    const retryAt = row.attempts >= this.config.maxAttempts ? undefined : new Date(this.now().getTime() + this.backoff(row.attempts));
    await this.store.failOutbox(row.id, this.claimant, failure, retryAt);
    this.log.warn(
      { outboxId: row.id, attempts: row.attempts, error: failure, retryAt: retryAt?.toISOString() },
      retryAt ? 'preference push failed; will retry' : 'preference push failed for the last time; row kept as FAILED',
    );
  }

  /** base × 2^(attempts−1), capped. */
  private backoff(attempts: number): number {
    return Math.min(this.config.retryMaxMs, this.config.retryBaseMs * 2 ** Math.min(30, attempts - 1));
  }
}

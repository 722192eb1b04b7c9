import { UpstreamUnavailableError } from '../errors';

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** consecutive failures that open the circuit */
  failureThreshold: number;
  /** how long the circuit stays open before one trial call is let through */
  resetMs: number;
  now?: () => number;
  name: string;
}

/**
 * Fails fast while a dependency is down: after `failureThreshold` consecutive failures the
 * circuit opens and calls are refused at once (503 + Retry-After) for `resetMs`; then a single
 * trial call decides whether it closes again. Only failures `isFailure` accepts count.
 */
export class CircuitBreaker {
  private state: BreakerState = 'closed';
  private failures = 0;
  private openUntil = 0;
  private trialInFlight = false;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** As the next call would find it: an open circuit whose wait is over lets a trial through. */
  get currentState(): BreakerState {
    return this.state === 'open' && this.now() >= this.openUntil ? 'half-open' : this.state;
  }

  async run<T>(call: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    this.admit();
    const trial = this.state === 'half-open';
    try {
      const result = await call();
      this.state = 'closed';
      this.failures = 0;
      return result;
    } catch (error) {
      if (isFailure(error)) this.recordFailure(trial);
      else if (trial) this.state = 'closed';
      throw error;
    } finally {
      if (trial) this.trialInFlight = false;
    }
  }

  private admit(): void {
    if (this.state === 'closed') return;
    const now = this.now();
    if (this.state === 'open' && now >= this.openUntil) this.state = 'half-open';
    if (this.state === 'half-open' && !this.trialInFlight) {
      this.trialInFlight = true;
      return;
    }
    const waitMs = Math.max(this.openUntil - now, 1_000);
    throw new UpstreamUnavailableError(`${this.options.name} is unavailable (circuit open after repeated failures)`, {
      retryAfterSeconds: Math.ceil(waitMs / 1000),
    });
  }

  private recordFailure(trial: boolean): void {
    this.failures += 1;
    if (trial || this.failures >= this.options.failureThreshold) {
      this.state = 'open';
      this.openUntil = this.now() + this.options.resetMs;
    }
  }
}

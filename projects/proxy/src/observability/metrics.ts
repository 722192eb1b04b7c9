import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export type UpstreamOutcome = 'ok' | 'rejected' | 'error' | 'timeout';

/** Records one call to a system we depend on (SAP Commerce). */
export type UpstreamObserver = (operation: string, outcome: UpstreamOutcome, seconds: number) => void;

/**
 * The proxy's Prometheus metrics, in a registry of their own (one per app instance,
 * so several apps in one process — tests — do not mix their numbers).
 */
export class ProxyMetrics {
  readonly registry = new Registry();

  readonly requests = new Counter({
    name: 'exd_proxy_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [this.registry],
  });

  readonly requestDuration = new Histogram({
    name: 'exd_proxy_http_request_duration_seconds',
    help: 'Time from request to the last byte of the response, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  readonly bytesServed = new Counter({
    name: 'exd_proxy_document_bytes_served_total',
    help: 'Document bytes (content, ranges and ZIP archives) fully sent to clients, by route pattern',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });

  readonly upstreamDuration = new Histogram({
    name: 'exd_proxy_upstream_request_duration_seconds',
    help: 'Calls to upstream systems, by upstream, operation and outcome',
    labelNames: ['upstream', 'operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  /** Set by `watchBreaker`: 0 closed, 1 half-open (one trial call), 2 open (calls refused with 503). */
  private readonly breakerState = new Gauge({
    name: 'exd_proxy_upstream_circuit_state',
    help: 'State of the circuit breaker in front of an upstream: 0 closed, 1 half-open, 2 open (calls answered 503 at once)',
    labelNames: ['upstream'] as const,
    registers: [this.registry],
  });

  private readonly outboxRows = new Gauge({
    name: 'exd_proxy_preference_outbox_rows',
    help: 'Preference pushes to Exstream not yet delivered: waiting (pending or being sent) and failed (given up), read from the store at each scrape',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });

  private readonly outboxAge = new Gauge({
    name: 'exd_proxy_preference_outbox_oldest_waiting_seconds',
    help: 'Age of the oldest preference push still waiting to be delivered; 0 when none waits',
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'exd_proxy_' });
  }

  /** Reports a circuit breaker's state at every scrape. */
  watchBreaker(upstream: string, state: () => 'closed' | 'half-open' | 'open'): void {
    const values = { closed: 0, 'half-open': 1, open: 2 } as const;
    const gauge = this.breakerState;
    this.collectors.push(() => gauge.set({ upstream }, values[state()]));
  }

  /**
   * Reports the preference outbox's backlog at every scrape. When the store does not answer the
   * gauges keep their last values (the readiness probe reports the store).
   */
  watchOutbox(backlog: () => Promise<{ waiting: number; failed: number; oldestWaitingSince?: Date }>, now: () => number = Date.now): void {
    this.collectors.push(async () => {
      const current = await backlog().catch(() => undefined);
      if (!current) return;
      this.outboxRows.set({ state: 'waiting' }, current.waiting);
      this.outboxRows.set({ state: 'failed' }, current.failed);
      this.outboxAge.set(current.oldestWaitingSince ? Math.max(0, (now() - current.oldestWaitingSince.getTime()) / 1000) : 0);
    });
  }

  private readonly collectors: (() => void | Promise<void>)[] = [];

  /** The text exposition, after every watched value has been read. */
  async exposition(): Promise<string> {
    await Promise.all(this.collectors.map((collect) => collect()));
    return this.registry.metrics();
  }

  /** An observer for calls to SAP Commerce. */
  commerceObserver(): UpstreamObserver {
    return (operation, outcome, seconds) =>
      this.upstreamDuration.observe({ upstream: 'commerce', operation, outcome }, seconds);
  }
}

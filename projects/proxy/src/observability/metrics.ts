import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

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

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'exd_proxy_' });
  }

  /** An observer for calls to SAP Commerce. */
  commerceObserver(): UpstreamObserver {
    return (operation, outcome, seconds) =>
      this.upstreamDuration.observe({ upstream: 'commerce', operation, outcome }, seconds);
  }
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ProxyMetrics } from '../observability/metrics';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Responses of this route are document bytes; they count towards the bytes-served metric. */
    servesDocumentBytes?: boolean;
  }
}

/** Counts and times every response by route pattern (never the raw URL: bounded label values). */
export function registerMetricsHooks(app: FastifyInstance, metrics: ProxyMetrics): void {
  // Callback style (no promise per response), and one label object per method, route and status.
  const labelsByKey = new Map<string, { method: string; route: string; status_code: string }>();
  app.addHook('onResponse', (request, reply, done) => {
    try {
      record(request, reply);
    } finally {
      done();
    }
  });

  function record(request: FastifyRequest, reply: FastifyReply): void {
    const route = request.routeOptions.url ?? 'unmatched';
    const key = `${request.method} ${reply.statusCode} ${route}`;
    let labels = labelsByKey.get(key);
    if (!labels) {
      labels = { method: request.method, route, status_code: String(reply.statusCode) };
      labelsByKey.set(key, labels);
    }
    metrics.requests.inc(labels);
    metrics.requestDuration.observe(labels, reply.elapsedTime / 1000);

    const complete = reply.raw.writableFinished && (reply.statusCode === 200 || reply.statusCode === 206);
    if (complete && request.method !== 'HEAD' && request.routeOptions.config.servesDocumentBytes === true) {
      const length = Number(reply.getHeader('content-length'));
      if (Number.isFinite(length) && length > 0) metrics.bytesServed.inc({ route }, length);
    }
  }
}

/** GET /metrics in the Prometheus text exposition format. */
export async function metricsRoutes(app: FastifyInstance, { metrics }: { metrics: ProxyMetrics }): Promise<void> {
  app.get(
    '/metrics',
    {
      logLevel: 'warn',
      config: { rateLimit: false },
      schema: {
        description: 'Prometheus metrics (text exposition format)',
        response: { 200: { description: 'Metrics', content: { 'text/plain': { schema: { type: 'string' } } } } },
      },
    },
    async (_request, reply) => reply.type(metrics.registry.contentType).send(await metrics.exposition()),
  );
}

import type { FastifyPluginAsync } from 'fastify';
import { healthSchema } from '../schemas';

/** A named dependency check: resolves when the dependency answers, rejects otherwise. */
export type ReadinessChecks = Record<string, () => Promise<void>>;

export interface HealthRoutesOptions {
  /** e.g. `{ store, commerce }`; all must pass for the instance to be ready */
  checks: ReadinessChecks;
}

/** Liveness (the process answers) and readiness (every dependency answers). */
export const healthRoutes: FastifyPluginAsync<HealthRoutesOptions> = async (app, { checks }) => {
  const schema = { response: { 200: healthSchema, 503: healthSchema } };
  const config = { rateLimit: false } as const;

  app.get('/health/live', { schema, config, logLevel: 'warn' }, async () => ({ status: 'UP' }));

  app.get('/health/ready', { schema, config, logLevel: 'warn' }, async (request, reply) => {
    const names = Object.keys(checks);
    const outcomes = await Promise.allSettled(names.map((name) => checks[name]()));
    const results: Record<string, 'UP' | 'DOWN'> = {};
    const down: string[] = [];
    outcomes.forEach((outcome, i) => {
      results[names[i]] = outcome.status === 'fulfilled' ? 'UP' : 'DOWN';
      if (outcome.status === 'rejected') {
        down.push(names[i]);
        request.log.error({ check: names[i], err: outcome.reason }, 'readiness check failed');
      }
    });
    if (down.length === 0) return { status: 'UP', checks: results };
    return reply.code(503).send({ status: 'DOWN', message: `not reachable: ${down.join(', ')}`, checks: results });
  });
};

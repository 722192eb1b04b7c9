import type { FastifyPluginAsync } from 'fastify';
import { healthSchema } from '../schemas';

export interface HealthRoutesOptions {
  /** Resolves when the store answers; rejects otherwise. */
  checkReady: () => Promise<void>;
}

/** Liveness (the process answers) and readiness (the store answers). */
export const healthRoutes: FastifyPluginAsync<HealthRoutesOptions> = async (app, { checkReady }) => {
  const schema = { response: { 200: healthSchema, 503: healthSchema } };

  app.get('/health/live', { schema, logLevel: 'warn' }, async () => ({ status: 'UP' }));

  app.get('/health/ready', { schema, logLevel: 'warn' }, async (request, reply) => {
    try {
      await checkReady();
      return { status: 'UP' };
    } catch (error) {
      request.log.error({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'DOWN', message: 'document store is not reachable' });
    }
  });
};

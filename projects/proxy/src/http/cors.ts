import type { FastifyInstance } from 'fastify';

const ALLOWED_METHODS = 'GET, HEAD, POST, PATCH, PUT, OPTIONS';
const DEFAULT_ALLOWED_HEADERS = 'Authorization, Content-Type, Accept, Accept-Language';
const REQUEST_HEADERS = /^[A-Za-z0-9-]+(\s*,\s*[A-Za-z0-9-]+)*$/;

/**
 * CORS for the configured origins only: the origin is echoed, credentials allowed,
 * Content-Disposition exposed; preflights answer 204. Nothing is added for other origins.
 */
export function registerCors(app: FastifyInstance, origins: readonly string[]): void {
  if (origins.length === 0) return;
  const allowed = new Set(origins);

  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    reply.header('Vary', 'Origin');
    if (origin === undefined || !allowed.has(origin)) return;

    reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Access-Control-Allow-Credentials', 'true');
    reply.header('Access-Control-Expose-Headers', 'Content-Disposition, Content-Length, X-Request-Id');

    const preflightMethod = request.headers['access-control-request-method'];
    if (request.method === 'OPTIONS' && preflightMethod !== undefined) {
      const requested = request.headers['access-control-request-headers'];
      reply.header('Access-Control-Allow-Methods', ALLOWED_METHODS);
      reply.header(
        'Access-Control-Allow-Headers',
        typeof requested === 'string' && REQUEST_HEADERS.test(requested) ? requested : DEFAULT_ALLOWED_HEADERS,
      );
      reply.header('Access-Control-Max-Age', '600');
      return reply.code(204).send();
    }
  });

  // Lets preflights reach the hook above for every path (no route would match OPTIONS otherwise).
  app.options('/*', { schema: { hide: true, response: { 204: { description: 'CORS preflight', type: 'null' } } } }, async (_request, reply) => reply.code(204).send());
}

import type { FastifyInstance } from 'fastify';

/** Every answer is personal: never cached, never content-sniffed; carries the request id. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  // Callback style: no promise per response.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('Cache-Control', 'private, no-store');
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Request-Id', request.id);
    done(null, payload);
  });
}

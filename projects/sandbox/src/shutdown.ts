import type { FastifyInstance } from 'fastify';
import { envInt } from './env';

/**
 * On SIGTERM/SIGINT: stops accepting connections, closes keep-alive connections as soon as they are
 * idle (Fastify's close drops only those idle at that moment, and keeps the rest for its 72 s
 * keep-alive timeout), cuts every connection still open after SHUTDOWN_GRACE_MS (default 5000),
 * and exits; if closing hangs anyway (e.g. a proxied upstream request), exits 1 a second later.
 */
export function stopOnSignals(app: FastifyInstance): void {
  const graceMs = envInt('SHUTDOWN_GRACE_MS', 5_000);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), graceMs + 1_000);
    setInterval(() => app.server.closeIdleConnections(), 50).unref();
    setTimeout(() => app.server.closeAllConnections(), graceMs).unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

import type { FastifyInstance } from 'fastify';

/**
 * Closes the app gracefully but within a bound. `app.close()` only drops keep-alive
 * connections that are idle at that moment; a response that finishes a moment later
 * would keep its connection (and the close) open until the keep-alive timeout.
 * So idle connections are swept until the close completes, and after `graceMs`
 * every remaining connection is cut.
 */
export async function closeApp(app: FastifyInstance, graceMs = 10_000): Promise<void> {
  const closing = app.close();
  const sweep = setInterval(() => app.server.closeIdleConnections(), 50);
  const cut = setTimeout(() => app.server.closeAllConnections(), graceMs);
  sweep.unref();
  cut.unref();
  try {
    await closing;
  } finally {
    clearInterval(sweep);
    clearTimeout(cut);
  }
}

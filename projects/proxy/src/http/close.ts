import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

const connectionsOf = new WeakMap<Server, Set<Socket>>();

/** Keeps the server's open connections, so a close can tell those without a request in progress. */
export function trackConnections(server: Server): void {
  const sockets = new Set<Socket>();
  connectionsOf.set(server, sockets);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
}

/**
 * Connections that carry no answer in progress: idle keep-alive ones and those whose request has
 * not even arrived whole (half a header, as a stalled or hostile client sends): neither has an answer
 * to wait for. A connection whose answer has just finished may still hold its last bytes in the
 * socket's buffer (a slow client): it is left until they are flushed, or cutting it would lose them
 * (which Node's `closeIdleConnections` does).
 */
function closeConnectionsWithoutRequest(server: Server): void {
  for (const socket of connectionsOf.get(server) ?? []) {
    // Node attaches the ServerResponse to its socket once the request head has been parsed.
    const response = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (response && !response.writableFinished) continue;
    if (socket.writableLength > 0) continue;
    socket.destroy();
  }
}

/**
 * Closes the app gracefully but within a bound. `app.close()` only drops keep-alive
 * connections that are idle at that moment; a response that finishes a moment later
 * would keep its connection (and the close) open until the keep-alive timeout.
 * So connections without a request in progress are swept until the close completes, and after
 * `graceMs` every remaining connection is cut.
 */
export async function closeApp(app: FastifyInstance, graceMs = 10_000): Promise<void> {
  const closing = app.close();
  closeConnectionsWithoutRequest(app.server);
  const sweep = setInterval(() => closeConnectionsWithoutRequest(app.server), 50);
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

import type { FastifyInstance } from 'fastify';
import type { Stores } from './compose';
import { closeApp } from './http/close';

/** What the pool and the upstream connections get after the HTTP side has closed (or was cut). */
export const RELEASE_TIMEOUT_MS = 1_000;

/**
 * Stops serving, within a bound whatever state connections are in: in-flight requests may finish
 * for `graceMs`, idle keep-alive connections are closed at once and every connection still open
 * after `graceMs` is cut; then the upstream (SAP Commerce, Exstream, OTDS) connections and the
 * database pool are released, each given at most RELEASE_TIMEOUT_MS.
 */
export async function shutDown(app: FastifyInstance, stores: Stores, graceMs: number): Promise<void> {
  await closeApp(app, graceMs);
  await Promise.all([closeUpstreamConnections(RELEASE_TIMEOUT_MS), stores.store.close(RELEASE_TIMEOUT_MS)]);
}

interface Dispatcher {
  destroy(): Promise<void>;
}

/**
 * Destroys the keep-alive connections of `fetch` (Node's global undici dispatcher, which every
 * upstream client uses), so a connection the other side half-closed is not left in CLOSE-WAIT.
 */
export async function closeUpstreamConnections(timeoutMs: number): Promise<void> {
  const dispatcher = (globalThis as Record<symbol, Dispatcher | undefined>)[Symbol.for('undici.globalDispatcher.1')];
  if (!dispatcher) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    dispatcher.destroy().catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    }),
  ]);
  clearTimeout(timer);
}

import type { UpstreamObserver } from '../observability/metrics';

export interface CommerceProbeOptions {
  baseUrl: string;
  occPrefix: string;
  timeoutMs: number;
  observe?: UpstreamObserver;
}

/**
 * Readiness: is SAP Commerce reachable? Asks the public `{prefix}/basesites` resource; any answer
 * below 500 counts (the probe sends no credentials, so 401/404 still prove Commerce is there).
 */
export function commerceProbe(options: CommerceProbeOptions): () => Promise<void> {
  return async () => {
    const started = performance.now();
    let outcome: 'ok' | 'error' | 'timeout' = 'error';
    try {
      const response = await fetch(`${options.baseUrl}${options.occPrefix}/basesites`, {
        headers: { Accept: 'application/json' },
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'manual',
      });
      await response.body?.cancel();
      if (response.status >= 500) throw new Error(`SAP Commerce answered ${response.status}`);
      outcome = 'ok';
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') outcome = 'timeout';
      throw new Error(`SAP Commerce is not reachable at ${options.baseUrl}: ${(error as Error).message}`);
    } finally {
      options.observe?.('probe', outcome, (performance.now() - started) / 1000);
    }
  };
}

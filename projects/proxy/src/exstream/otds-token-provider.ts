import { ExstreamRejectedError, ExstreamTransientError, describeNetworkError } from './exstream-errors';

export interface OtdsTokenOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope?: string;
  timeoutMs: number;
  now?: () => number;
}

/** Refresh this long before expiry: a tenth of the lifetime, at most 60 s. */
function refreshMargin(lifetimeMs: number): number {
  return Math.min(60_000, lifetimeMs / 10);
}

/**
 * OTDS OAuth2 client-credentials grant. The token is cached until shortly before `expires_in`;
 * concurrent callers share one token request; `invalidate` drops a token Exstream refused.
 */
export class OtdsTokenProvider {
  private cached?: { token: string; refreshAt: number };
  private pending?: Promise<string>;
  private readonly now: () => number;
  /** token requests made (for tests and diagnostics) */
  requests = 0;

  constructor(private readonly options: OtdsTokenOptions) {
    this.now = options.now ?? Date.now;
  }

  token(): Promise<string> {
    if (this.cached && this.now() < this.cached.refreshAt) return Promise.resolve(this.cached.token);
    if (!this.pending) {
      this.pending = this.fetchToken().finally(() => {
        this.pending = undefined;
      });
    }
    return this.pending;
  }

  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = undefined;
  }

  private async fetchToken(): Promise<string> {
    this.requests += 1;
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.options.clientId,
      client_secret: this.options.clientSecret,
    });
    if (this.options.scope) form.set('scope', this.options.scope);
    let response: Response;
    try {
      response = await fetch(this.options.tokenUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: form.toString(),
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'error',
      });
    } catch (error) {
      throw new ExstreamTransientError(`OTDS token endpoint not reachable: ${describeNetworkError(error)}`);
    }
    const body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    if (response.status >= 500) throw new ExstreamTransientError(`OTDS token endpoint answered ${response.status}`);
    if (!response.ok) {
      const reason = typeof body?.['error'] === 'string' ? ` (${body['error']})` : '';
      const scope = this.options.scope === undefined ? 'no scope' : `scope "${this.options.scope}"`;
      throw new ExstreamRejectedError(`OTDS refused the token request for client credentials with ${scope}: HTTP ${response.status}${reason}`, response.status);
    }
    const token = body?.['access_token'];
    const expiresIn = Number(body?.['expires_in']);
    if (typeof token !== 'string' || token === '') {
      throw new ExstreamRejectedError('OTDS answered without an access_token', 502);
    }
    const lifetimeMs = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn * 1000 : 60_000;
    this.cached = { token, refreshAt: this.now() + lifetimeMs - refreshMargin(lifetimeMs) };
    return token;
  }
}

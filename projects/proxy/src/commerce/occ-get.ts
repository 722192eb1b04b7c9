import { UpstreamUnavailableError } from '../errors';

/** Where SAP Commerce's OCC API is and how long a call may take. */
export interface OccTarget {
  /** e.g. http://localhost:9002 */
  baseUrl: string;
  /** e.g. /occ/v2 */
  occPrefix: string;
  timeoutMs: number;
}

/** The `cause` of the UpstreamUnavailableError of a call that timed out (observers count it apart). */
export const TIMED_OUT = 'TimeoutError';

/**
 * GET {baseUrl}{occPrefix}/{site}/{path} with the caller's token (only ever in the Authorization
 * header, never logged or put in errors). A refused connection or a timeout is an
 * UpstreamUnavailableError; every answer, whatever its status, is the caller's to read.
 */
export async function occGet(target: OccTarget, baseSiteId: string, path: string, token: string): Promise<Response> {
  const url = `${target.baseUrl}${target.occPrefix}/${encodeURIComponent(baseSiteId)}/${path}`;
  try {
    return await fetch(url, {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(target.timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new UpstreamUnavailableError(
      timedOut ? `SAP Commerce did not answer within ${target.timeoutMs} ms` : `SAP Commerce is not reachable at ${target.baseUrl}`,
      { cause: timedOut ? TIMED_OUT : describeCause(error) },
    );
  }
}

/** Keeps only the error name, message and code; never request details that could hold the token. */
function describeCause(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string } };
  const code = e.cause?.code ? ` (${e.cause.code})` : '';
  return `${e.name ?? 'Error'}: ${e.message ?? ''}${code}`;
}

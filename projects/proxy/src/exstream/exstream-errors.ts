import { UpstreamFailureError, UpstreamUnavailableError } from '../errors';

/** Exstream or OTDS could not be reached, timed out or answered 5xx: worth another try. */
export class ExstreamTransientError extends UpstreamUnavailableError {}

/** Exstream or OTDS refused the request (4xx): retrying the same request will not help. */
export class ExstreamRejectedError extends UpstreamFailureError {
  constructor(
    message: string,
    readonly status: number,
    readonly errorCode?: string,
  ) {
    super(message);
  }
}

/**
 * Turns an Exstream error answer into one clear line. Two body shapes exist:
 * the orchestration envelope `{status:"error", data:[{errorMessage, statusCode}]}` and the
 * Spring-style `{timestamp, status, message, errorCode}`.
 */
export function describeExstreamError(status: number, body: unknown): { message: string; errorCode?: string } {
  const o = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (o['status'] === 'error' && Array.isArray(o['data'])) {
    const items = (o['data'] as unknown[])
      .map((item) => item as { errorMessage?: unknown; statusCode?: unknown })
      .filter((item) => typeof item?.errorMessage === 'string');
    if (items.length > 0) {
      const text = items.map((i) => `${String(i.errorMessage)}${i.statusCode !== undefined ? ` (statusCode ${String(i.statusCode)})` : ''}`);
      return { message: `Exstream answered ${status}: ${text.join('; ')}`, errorCode: items[0].statusCode !== undefined ? String(items[0].statusCode) : undefined };
    }
  }
  if (typeof o['message'] === 'string' && ('timestamp' in o || 'errorCode' in o)) {
    const code = o['errorCode'] !== undefined ? String(o['errorCode']) : undefined;
    return { message: `Exstream answered ${status}: ${o['message']}${code ? ` (errorCode ${code})` : ''}`, errorCode: code };
  }
  return { message: `Exstream answered ${status} without a recognised error body` };
}

/** Keeps only name, message and code of a network error (never request details). */
export function describeNetworkError(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string } };
  return `${e.name ?? 'Error'}: ${e.message ?? ''}${e.cause?.code ? ` (${e.cause.code})` : ''}`;
}

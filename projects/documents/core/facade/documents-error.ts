import { HttpErrorResponse } from '@angular/common/http';
import { DocumentsError } from '@exstream-spartacus/documents/root';

interface OccError {
  type?: string;
  subject?: string;
  message?: string;
  count?: number;
  limit?: number;
  totalBytes?: number;
  byteLimit?: number;
}

interface OccErrorBody {
  errors?: OccError[];
}

/** Turns whatever a request failed with into a serialisable `DocumentsError`. */
export function toDocumentsError(error: unknown): DocumentsError {
  if (error instanceof HttpErrorResponse) {
    const first = firstOccError(error);
    const result: DocumentsError = {
      status: error.status,
      message: first?.message ?? error.message,
      type: first?.type,
    };
    if (first?.subject) {
      result.subject = first.subject;
    }
    if (first?.type === 'ArchiveTooLargeError') {
      result.archiveLimit = {
        count: first.count ?? 0,
        limit: first.limit ?? 0,
        totalBytes: first.totalBytes ?? 0,
        byteLimit: first.byteLimit ?? 0,
      };
    }
    const retryAfter = parseRetryAfter(error.headers?.get('Retry-After'));
    if (retryAfter !== undefined) {
      result.retryAfterSeconds = retryAfter;
    }
    return result;
  }
  if (error instanceof Error) {
    return { message: error.message };
  }
  return { message: String(error) };
}

/**
 * Whether the backend does not offer the requested endpoint at all (an older
 * proxy), as opposed to "this document or order does not exist".
 *
 * The proxy answers unknown paths with 404 `UnknownResourceError`; unknown
 * documents or orders are 404 `UnknownIdentifierError`. A 404 without an OCC
 * body comes from something that is not the proxy, so it counts as missing too.
 */
export function isMissingEndpoint(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse)) {
    return false;
  }
  if (error.status === 405 || error.status === 501) {
    return true;
  }
  if (error.status !== 404) {
    return false;
  }
  const first = firstOccError(error);
  return !first || first.type === 'UnknownResourceError';
}

function firstOccError(error: HttpErrorResponse): OccError | undefined {
  const body = error.error as OccErrorBody | null;
  return Array.isArray(body?.errors) ? body?.errors[0] : undefined;
}

/** `Retry-After` in seconds (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined): number | undefined {
  if (!value) {
    return undefined;
  }
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) {
    return Math.ceil(seconds);
  }
  const date = Date.parse(value);
  if (Number.isNaN(date)) {
    return undefined;
  }
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

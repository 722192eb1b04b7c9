import { HttpErrorResponse } from '@angular/common/http';
import {
  CommunicationPreferenceFieldError,
  CommunicationPreferencesError,
  parsePreferenceSubject,
} from '@exstream-spartacus/documents/root';
import { parseRetryAfter } from './documents-error';

interface OccValidationError {
  type?: string;
  subject?: string;
  reason?: string;
  message?: string;
}

/**
 * Turns a failed request into a `CommunicationPreferencesError`; the
 * validation errors of a 400 become `fieldErrors` with the index and field
 * read from their subject (`preferences[1].channel`).
 */
export function toCommunicationPreferencesError(
  error: unknown
): CommunicationPreferencesError {
  if (!(error instanceof HttpErrorResponse)) {
    return {
      message: error instanceof Error ? error.message : String(error),
      fieldErrors: [],
    };
  }
  const body = error.error as { errors?: OccValidationError[] } | null;
  const errors = Array.isArray(body?.errors) ? body?.errors ?? [] : [];
  const fieldErrors: CommunicationPreferenceFieldError[] = errors
    .filter((entry) => entry?.type === 'ValidationError')
    .map((entry) => ({
      subject: entry.subject,
      reason: entry.reason,
      message: entry.message,
      ...parsePreferenceSubject(entry.subject),
    }));
  const retryAfterSeconds = parseRetryAfter(error.headers?.get('Retry-After'));
  return {
    status: error.status,
    message: errors[0]?.message ?? error.message,
    fieldErrors,
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
}

/**
 * Errors shared by every layer. They name what went wrong in domain terms;
 * the HTTP layer (http/error-handler.ts) maps them to status codes and OCC error bodies.
 */
export abstract class ProxyError extends Error {
  abstract readonly kind: ProxyErrorKind;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export type ProxyErrorKind =
  | 'authentication-required'
  | 'invalid-token'
  | 'access-denied'
  | 'not-found'
  | 'validation'
  | 'validation-list'
  | 'conflict'
  | 'upstream-unavailable'
  | 'upstream-failure'
  | 'content-missing'
  | 'archive-too-large';

/** No credentials were presented at all. */
export class AuthenticationRequiredError extends ProxyError {
  readonly kind = 'authentication-required';
}

/** Credentials were presented but are malformed, unknown or expired. */
export class InvalidTokenError extends ProxyError {
  readonly kind = 'invalid-token';
}

export class AccessDeniedError extends ProxyError {
  readonly kind = 'access-denied';
}

/** Unknown resource, or a resource the caller may not know about (same answer on purpose). */
export class NotFoundError extends ProxyError {
  readonly kind = 'not-found';
}

export class ValidationError extends ProxyError {
  readonly kind = 'validation';

  /** @param subject the name of the offending parameter or field */
  constructor(
    readonly subject: string,
    message: string,
    readonly reason: 'invalid' | 'missing' = 'invalid',
  ) {
    super(message);
  }
}

/** Several problems with one request, each naming its field (`preferences[1].channel`); all are reported at once. */
export class ValidationErrors extends ProxyError {
  readonly kind = 'validation-list';

  constructor(readonly problems: readonly { subject: string; message: string; reason?: 'invalid' | 'missing' }[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}

/** The request contradicts what is already stored (e.g. a reused event id with a different body). */
export class ConflictError extends ProxyError {
  readonly kind = 'conflict';
}

/** A system we depend on (SAP Commerce, Exstream) could not be reached or did not answer in time. */
export class UpstreamUnavailableError extends ProxyError {
  readonly kind = 'upstream-unavailable';
  /** when the caller may try again; the HTTP layer sends it as Retry-After */
  readonly retryAfterSeconds?: number;

  constructor(message: string, options?: { cause?: unknown; retryAfterSeconds?: number }) {
    super(message, options);
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

/** A system we depend on answered, but not in a way we can use. */
export class UpstreamFailureError extends ProxyError {
  readonly kind = 'upstream-failure';
}

/** Bytes handed to the content store are not the ones their caller named by hash (or changed while being stored). */
export class ContentHashMismatchError extends ValidationError {
  constructor(expectedSha256: string, actualSha256: string) {
    super('file', `The content's SHA-256 is ${actualSha256}, expected ${expectedSha256}`);
  }
}

/** The index knows a document whose bytes are not in the content store. */
export class ContentMissingError extends ProxyError {
  readonly kind = 'content-missing';
}

/** A ZIP of the selected documents would exceed the configured count or byte limit; nothing was sent. */
export class ArchiveTooLargeError extends ProxyError {
  readonly kind = 'archive-too-large';

  constructor(
    readonly count: number,
    readonly limit: number,
    readonly totalBytes: number,
    readonly byteLimit: number,
  ) {
    super(
      `The archive would hold ${count} documents (${totalBytes} bytes); the limit is ${limit} documents and ${byteLimit} bytes. ` +
        'Narrow the selection or the filter.',
    );
  }
}

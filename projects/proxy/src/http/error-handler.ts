import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProxyError, ValidationError, ValidationErrors, type ArchiveTooLargeError, type UpstreamUnavailableError } from '../errors';
import { STORE_RETRY_AFTER_SECONDS, storeFaultOf, type StorePart } from '../documents/storage/store-fault';
import { HttpStatusError } from './http-status-error';
import { occError, type OccErrorBody } from './occ-errors';

/** OCC error types for Fastify's own 4xx rejections. */
const TYPE_BY_STATUS: Record<number, string> = {
  413: 'PayloadTooLargeError',
  414: 'UriTooLongError',
  415: 'UnsupportedMediaTypeError',
  429: 'TooManyRequestsError',
};

const BEARER_CHALLENGE = 'Bearer realm="occ"';

/** Maps every error to an OCC-style body; internals are logged, never sent. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toResponse(error, reply);
    const storePart = status === 503 ? storeFaultOf(error) : undefined;
    // A store outage is expected operation, not a bug: warn once per request with the code, no stack
    // (readiness reports the outage itself at error level).
    if (storePart) request.log.warn({ storePart, code: (error as { code?: unknown }).code, reason: error.message }, 'request answered 503: store unavailable');
    else if (status >= 500) request.log.error({ err: error, cause: error.cause }, 'request failed');
    else request.log.info({ errorType: body.errors[0]?.type, statusCode: status }, 'request rejected');
    reply.code(status).type('application/json; charset=utf-8').send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .type('application/json; charset=utf-8')
      .send(occError('UnknownResourceError', `There is no resource for path ${request.url.split('?')[0]}`));
  });
}

function toResponse(error: Error, reply: FastifyReply): { status: number; body: OccErrorBody } {
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    return { status: 400, body: validationBody(fastifyError) };
  }
  if (error instanceof HttpStatusError) {
    return { status: error.statusCode, body: occError(error.occType, error.message) };
  }
  if (error instanceof ProxyError) {
    switch (error.kind) {
      case 'authentication-required':
        reply.header('WWW-Authenticate', BEARER_CHALLENGE);
        return { status: 401, body: occError('UnauthorizedError', error.message) };
      case 'invalid-token':
        reply.header('WWW-Authenticate', `${BEARER_CHALLENGE}, error="invalid_token"`);
        return { status: 401, body: occError('InvalidTokenError', error.message) };
      case 'access-denied':
        return { status: 403, body: occError('AccessDeniedError', error.message) };
      case 'not-found':
        return { status: 404, body: occError('UnknownIdentifierError', error.message) };
      case 'validation': {
        const v = error as ValidationError;
        return { status: 400, body: occError('ValidationError', v.message, { subject: v.subject, reason: v.reason }) };
      }
      case 'validation-list':
        return {
          status: 400,
          body: {
            errors: (error as ValidationErrors).problems.map((p) => ({
              type: 'ValidationError',
              subject: p.subject,
              reason: p.reason ?? 'invalid',
              message: p.message,
            })),
          },
        };
      case 'conflict':
        return { status: 409, body: occError('ConflictError', error.message) };
      case 'upstream-unavailable':
        return unavailable(reply, error.message, (error as UpstreamUnavailableError).retryAfterSeconds ?? 5);
      case 'upstream-failure':
        return { status: 502, body: occError('BadGatewayError', error.message) };
      case 'archive-too-large': {
        const { message, count, limit, totalBytes, byteLimit } = error as ArchiveTooLargeError;
        return { status: 400, body: { errors: [{ type: 'ArchiveTooLargeError', message, count, limit, totalBytes, byteLimit }] } };
      }
      case 'content-missing':
        return { status: 500, body: occError('InternalServerError', 'The document content is currently not available') };
    }
  }
  const storePart = storeFaultOf(error);
  if (storePart) return unavailable(reply, STORE_UNAVAILABLE[storePart], STORE_RETRY_AFTER_SECONDS);
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: occError(TYPE_BY_STATUS[status] ?? 'BadRequestError', error.message) };
  }
  return { status: 500, body: occError('InternalServerError', 'An unexpected error occurred') };
}

/** What a shopper is told when a store is down: which kind of storage, never a host, path or statement. */
const STORE_UNAVAILABLE: Record<StorePart, string> = {
  index: 'The document index is temporarily unavailable',
  content: 'The document content store is temporarily unavailable',
};

/** 503 with Retry-After: a dependency failed for now, the same request may succeed later. */
function unavailable(reply: FastifyReply, message: string, retryAfterSeconds: number): { status: number; body: OccErrorBody } {
  reply.header('Retry-After', String(retryAfterSeconds));
  return { status: 503, body: occError('ServiceUnavailableError', `${message}; please try again later`) };
}

const LOCATIONS: Record<string, string> = {
  querystring: 'Query parameter',
  params: 'Path parameter',
  headers: 'Header',
  body: 'Body field',
};

/** Turns Ajv's first error into a message that names the parameter. */
function validationBody(error: FastifyError): OccErrorBody {
  const first = error.validation?.[0];
  const where = LOCATIONS[error.validationContext ?? ''] ?? 'Parameter';
  if (!first) return occError('ValidationError', error.message, { reason: 'invalid' });

  const missing = (first.params as { missingProperty?: string }).missingProperty;
  const subject = missing ?? first.instancePath.split('/').filter((s) => s !== '')[0] ?? 'request';
  if (missing) {
    return occError('ValidationError', `${where} '${subject}' is required`, { subject, reason: 'missing' });
  }
  let detail = first.message ?? 'is invalid';
  const allowed = (first.params as { allowedValues?: unknown[] }).allowedValues;
  if (first.keyword === 'enum' && Array.isArray(allowed)) detail = `must be one of ${allowed.join(', ')}`;
  return occError('ValidationError', `${where} '${subject}' is invalid: ${detail}`, { subject, reason: 'invalid' });
}

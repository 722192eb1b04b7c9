import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyServerOptions } from 'fastify';

export interface LoggingOptions {
  level: string;
  /** where JSON lines go (stdout by default); tests pass a capturing stream */
  stream?: NodeJS.WritableStream;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Structured JSON logs (pino). Requests are logged with method, path and request id only:
 * headers are never serialized, and credentials are redacted should anything log them.
 */
export function loggerOptions(options: LoggingOptions): NonNullable<FastifyServerOptions['logger']> {
  return {
    level: options.level,
    ...(options.stream ? { stream: options.stream } : {}),
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        'headers.cookie',
        'authorization',
        'token',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method?: string; url?: string; ip?: string }) => ({
        method: req.method,
        url: req.url === undefined ? undefined : redactUrl(req.url),
        remoteAddress: req.ip,
      }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
    },
  } as NonNullable<FastifyServerOptions['logger']>;
}

/** Takes a well-formed incoming X-Request-Id, otherwise makes one. */
export function requestId(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

const CREDENTIAL_PARAMS = /([?&](?:access_token|refresh_token|token|code|signature)=)[^&#]*/gi;

/** Credentials must not travel in URLs, but if a client puts them there they are not logged; nor are signed-link signatures. */
export function redactUrl(url: string): string {
  return url.replace(CREDENTIAL_PARAMS, '$1[redacted]');
}

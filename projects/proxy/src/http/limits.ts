import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HashedTtlCache } from '../commerce/token-cache';
import { ownerKey } from '../documents/owner';
import type { RateLimitCounter } from '../documents/storage/rate-limit-counter';
import { HttpStatusError } from './http-status-error';
import { sharedRateLimitStore } from './shared-rate-limit-store';

/** Rejects over-long query strings before any work is done for them (414, OCC body). */
export function registerQueryLengthLimit(app: FastifyInstance, maxLength: number): void {
  // Callback style: no promise per request.
  app.addHook('onRequest', (request, _reply, done) => {
    const url = request.raw.url ?? '';
    const start = url.indexOf('?');
    if (start >= 0 && url.length - start - 1 > maxLength) {
      done(new HttpStatusError(414, 'UriTooLongError', `The query string is longer than ${maxLength} characters`));
      return;
    }
    done();
  });
}

/**
 * Per-user rate limit on the shopper API (fixed windows). Runs after authentication (preHandler), so the key is
 * the uid Commerce vouched for; a request that got this far without one (none today) falls back to
 * a hash of its token, then to the client address. The raw token is never a key.
 */
export async function registerRateLimit(
  app: FastifyInstance,
  options: { max: number; windowMs: number; counter?: RateLimitCounter },
): Promise<void> {
  await app.register(rateLimit, {
    // in memory per instance, or shared by all instances (sharedRateLimitStore) when there is a counter
    ...(options.counter ? { store: sharedRateLimitStore(options.counter) } : {}),
    global: true,
    hook: 'preHandler',
    max: options.max,
    timeWindow: options.windowMs,
    keyGenerator: rateLimitKey,
    allowList: (request: FastifyRequest) => !(request.routeOptions.url ?? '').startsWith('/occ/'),
    errorResponseBuilder: (_request, context) =>
      new HttpStatusError(429, 'TooManyRequestsError', `Too many requests; retry in ${context.after}`),
  });
}

export function rateLimitKey(request: FastifyRequest): string {
  if (request.shopper) return `uid:${ownerKey(request.shopper.uid)}`;
  const authorization = request.headers.authorization;
  if (authorization) return `token:${HashedTtlCache.hash(authorization)}`;
  return `ip:${request.ip}`;
}

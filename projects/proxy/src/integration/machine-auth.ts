import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { occError } from '../http/occ-errors';
import type { IntegrationConfig } from './integration-config';

export const HMAC_SCHEME = 'EXD-HMAC-SHA256';

/** A caller authenticated with machine credentials. */
export interface MachineCaller {
  clientId: string;
  /** HMAC callers: the signature still has to be checked against the body digest (see verifyBodySignature) */
  pendingSignature?: { timestamp: string; signature: string };
}

declare module 'fastify' {
  interface FastifyRequest {
    machine?: MachineCaller;
  }
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The string an HMAC caller signs: method, path with query, unix timestamp and the body digest. */
export function stringToSign(method: string, pathAndQuery: string, timestamp: string, bodyDigest: string): string {
  return `${method.toUpperCase()}\n${pathAndQuery}\n${timestamp}\n${bodyDigest}`;
}

export function sign(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex');
}

function sameSecret(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}

const HMAC_HEADER = new RegExp(`^${HMAC_SCHEME}\\s+(.+)$`, 'i');

/**
 * Hook for /integration/v1: accepts `Basic base64(clientId:secret)` or an HMAC-signed request
 * (`EXD-HMAC-SHA256 clientId=…, timestamp=…, signature=…`). Shopper bearer tokens are refused.
 */
export function authenticateMachine(config: IntegrationConfig) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const refuse = (message: string) =>
      reply
        .code(401)
        .header('WWW-Authenticate', `Basic realm="integration", ${HMAC_SCHEME}`)
        .type('application/json; charset=utf-8')
        .send(occError('UnauthorizedError', message));

    if (!config.clientId || !config.clientSecret) return refuse('The integration API has no client configured');
    const header = request.headers.authorization?.trim() ?? '';
    if (header === '') return refuse('Machine credentials are required (Basic or EXD-HMAC-SHA256)');
    if (/^bearer\s/i.test(header)) return refuse('Shopper tokens are not accepted here; use machine credentials');

    const basic = /^basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
    if (basic) {
      const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const id = colon < 0 ? '' : decoded.slice(0, colon);
      const secret = colon < 0 ? '' : decoded.slice(colon + 1);
      if (!sameSecret(id, config.clientId) || !sameSecret(secret, config.clientSecret)) return refuse('Invalid client credentials');
      request.machine = { clientId: config.clientId };
      return;
    }

    const hmac = HMAC_HEADER.exec(header);
    if (hmac) {
      const fields = Object.fromEntries(
        hmac[1].split(',').map((part) => {
          const [key, ...value] = part.trim().split('=');
          return [key, value.join('=')];
        }),
      ) as Record<string, string | undefined>;
      const { clientId, timestamp, signature } = fields;
      if (!clientId || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp) || !/^[0-9a-f]{64}$/.test(signature)) {
        return refuse(`Malformed ${HMAC_SCHEME} header: expected clientId=…, timestamp=<unix seconds>, signature=<hex>`);
      }
      if (!sameSecret(clientId, config.clientId)) return refuse('Invalid client credentials');
      const skew = Math.abs(Date.now() / 1000 - Number(timestamp));
      if (skew > config.hmacMaxSkewSeconds) return refuse('The request timestamp is too far from the server clock');
      request.machine = { clientId, pendingSignature: { timestamp, signature } };
      if (request.method === 'GET' && !verifyBodySignature(request, config, '')) return refuse('Invalid request signature');
      return;
    }
    return refuse('Unsupported authorization scheme; use Basic or EXD-HMAC-SHA256');
  };
}

/** The answer to an HMAC-signed request whose signature does not match its body. */
export function refuseInvalidSignature(reply: FastifyReply): FastifyReply {
  return reply.code(401).type('application/json; charset=utf-8').send(occError('UnauthorizedError', 'Invalid request signature'));
}

/** For HMAC callers: checks the signature over method, URL, timestamp and the body digest. Basic callers pass. */
export function verifyBodySignature(request: FastifyRequest, config: IntegrationConfig, bodyDigest: string): boolean {
  const pending = request.machine?.pendingSignature;
  if (!pending) return request.machine !== undefined;
  const expected = sign(config.clientSecret!, stringToSign(request.method, request.url, pending.timestamp, bodyDigest));
  const ok = timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(pending.signature, 'hex'));
  if (ok) request.machine = { clientId: request.machine!.clientId };
  return ok;
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ValidationError } from '../errors';
import type { IntegrationConfig } from '../integration/integration-config';
import { refuseInvalidSignature, sha256Hex, verifyBodySignature } from '../integration/machine-auth';

declare module 'fastify' {
  interface FastifyRequest {
    /** the JSON body as received, for the HMAC signature (integration routes only) */
    rawBody?: string;
  }
}

/**
 * Keeps JSON bodies of the (encapsulated) plugin as received before parsing them, since the HMAC
 * signature covers the exact bytes; answers the preValidation hook that checks that signature.
 */
export function acceptSignedJson(app: FastifyInstance, config: IntegrationConfig): (request: FastifyRequest, reply: FastifyReply) => Promise<unknown> {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    request.rawBody = body as string;
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new ValidationError('body', 'The body is not valid JSON'), undefined);
    }
  });
  return async (request, reply) => {
    if (!verifyBodySignature(request, config, sha256Hex(request.rawBody ?? ''))) return refuseInvalidSignature(reply);
    return undefined;
  };
}

import type { FastifyRequest } from 'fastify';
import type { DocumentService } from '../documents/document-service';
import type { ShopperIdentityProvider } from '../documents/identity';
import type { Shopper } from '../documents/model';
import { ownerKey } from '../documents/owner';
import { AccessDeniedError, AuthenticationRequiredError, InvalidTokenError } from '../errors';
import type { LinkSigner } from '../links/link-signer';
import { assertBaseSiteId } from './base-site';
import { isSignedLinkRequest, verifySignedLink } from './signed-link-auth';

declare module 'fastify' {
  interface FastifyRequest {
    /** The shopper Commerce vouched for; set by the authentication hook. */
    shopper?: Shopper;
  }
  interface FastifyContextConfig {
    /** The route also accepts a signed link (`users/anonymous/...?expires&signature`) instead of a token. */
    acceptsSignedLink?: boolean;
  }
}

const CREDENTIALS = /^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)(?: +(\S*))?$/;
/** RFC 6750 b64token */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const MAX_TOKEN_LENGTH = 4096;

/** Extracts the bearer token; the scheme is compared case-insensitively (Spartacus sends `bearer`). */
export function bearerToken(header: string | undefined): string {
  if (header === undefined || header.trim() === '') {
    throw new AuthenticationRequiredError('Full authentication is required to access this resource');
  }
  const match = CREDENTIALS.exec(header.trim());
  if (!match || match[1].toLowerCase() !== 'bearer') {
    throw new InvalidTokenError('Malformed Authorization header: expected "Bearer <access token>"');
  }
  const token = match[2] ?? '';
  if (token === '' || token.length > MAX_TOKEN_LENGTH || !B64TOKEN.test(token)) {
    throw new InvalidTokenError('Malformed Authorization header: the access token is missing or has invalid characters');
  }
  return token;
}

/** `{userId}` must be `current` or the token's own uid. */
export function assertUserMatches(userId: string, shopper: Shopper): void {
  if (userId === 'current' || ownerKey(userId) === ownerKey(shopper.uid)) return;
  throw new AccessDeniedError(`Access is denied: user '${userId}' is not the user of the access token`);
}

/** Hook: authenticates the shopper and checks the `{userId}` path parameter. */
export function authenticateShopper(identity: ShopperIdentityProvider) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = bearerToken(request.headers.authorization);
    const params = request.params as { baseSiteId: string; userId: string };
    assertBaseSiteId(params.baseSiteId);
    const shopper = await identity.identify(params.baseSiteId, token);
    assertUserMatches(params.userId, shopper);
    request.shopper = shopper;
  };
}

/**
 * Hook: a bearer token, or, on routes that accept them, a signed link. The signed link's
 * user becomes the request's shopper, so the same ownership rules apply to both.
 */
export function authenticateShopperOrLink(identity: ShopperIdentityProvider, signer: LinkSigner, documents: DocumentService) {
  const byToken = authenticateShopper(identity);
  return async (request: FastifyRequest): Promise<void> => {
    if (request.routeOptions.config.acceptsSignedLink === true && isSignedLinkRequest(request)) {
      const grant = await verifySignedLink(request, signer, documents);
      request.signedLink = grant;
      request.shopper = { uid: grant.userKey };
      return;
    }
    await byToken(request);
  };
}

export function requireShopper(request: FastifyRequest): Shopper {
  if (!request.shopper) throw new AuthenticationRequiredError('Full authentication is required to access this resource');
  return request.shopper;
}

import type { FastifyRequest } from 'fastify';
import type { DocumentService } from '../documents/document-service';
import type { ShopperIdentityProvider } from '../documents/identity';
import type { Shopper } from '../documents/model';
import { isUnitOwnerKey, ownerKey } from '../documents/owner';
import { AccessDeniedError, AuthenticationRequiredError, InvalidTokenError } from '../errors';
import type { LinkGrant, LinkSigner } from '../links/link-signer';
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

/**
 * The shopper a request acts for. `{userId}` is `current` or the token's own uid, or another user
 * (a uid, or the customerId Spartacus' ASM emulation uses) whom Commerce confirms the token may act
 * for — then the token's user is the agent assisting that customer.
 */
export async function shopperOf(identity: ShopperIdentityProvider, baseSiteId: string, userId: string, token: string): Promise<Shopper> {
  const caller = await identity.identify(baseSiteId, token);
  if (isUnitOwnerKey(ownerKey(caller.uid))) throw new AccessDeniedError('Access is denied: the token does not belong to a customer');
  if (userId === 'current' || ownerKey(userId) === ownerKey(caller.uid)) return caller;
  const customer = await identity.customerFor(baseSiteId, token, userId);
  if (ownerKey(customer.uid) === ownerKey(caller.uid)) return caller;
  return { ...customer, assistedBy: caller.name === undefined ? { uid: caller.uid } : { uid: caller.uid, name: caller.name } };
}

/** Hook: authenticates the shopper and checks the `{userId}` path parameter. */
export function authenticateShopper(identity: ShopperIdentityProvider) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = bearerToken(request.headers.authorization);
    const params = request.params as { baseSiteId: string; userId: string };
    assertBaseSiteId(params.baseSiteId);
    request.shopper = await shopperOf(identity, params.baseSiteId, params.userId, token);
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
      request.shopper = shopperOfGrant(grant);
      return;
    }
    await byToken(request);
  };
}

/** The shopper a signed link acts for; a unit's link names the member who asked for it. */
function shopperOfGrant(grant: LinkGrant): Shopper {
  if (grant.assistedBy === undefined) return { uid: grant.userKey };
  if (isUnitOwnerKey(grant.userKey)) return { uid: grant.userKey, readBy: { uid: grant.assistedBy } };
  return { uid: grant.userKey, assistedBy: { uid: grant.assistedBy } };
}

export function requireShopper(request: FastifyRequest): Shopper {
  if (!request.shopper) throw new AuthenticationRequiredError('Full authentication is required to access this resource');
  return request.shopper;
}

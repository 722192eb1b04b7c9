import type { FastifyRequest } from 'fastify';
import type { DocumentService } from '../documents/document-service';
import { AccessDeniedError } from '../errors';
import type { LinkDisposition, LinkGrant, LinkSigner } from '../links/link-signer';

/** The `{userId}` of signed URLs: they carry no user in the path (no uid in URLs or access logs). */
export const SIGNED_LINK_USER = 'anonymous';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the request was authorised by a signed link instead of a bearer token. */
    signedLink?: LinkGrant;
  }
}

interface SignedQuery {
  expires?: unknown;
  signature?: unknown;
  disposition?: unknown;
  by?: unknown;
}

const EXPIRES = /^\d{1,12}$/;
const INVALID_LINK = 'The link is invalid or has expired; request a new link';

export function isSignedLinkRequest(request: FastifyRequest): boolean {
  return (request.params as { userId?: string }).userId === SIGNED_LINK_USER;
}

/**
 * Authorises a content request by its signed link. Every failure gives the same 403
 * (no hint whether the document exists or which part was wrong), before any byte is read.
 */
export async function verifySignedLink(
  request: FastifyRequest,
  signer: LinkSigner,
  documents: DocumentService,
  now: () => number = Date.now,
): Promise<LinkGrant> {
  const params = request.params as { baseSiteId: string; documentId: string };
  const query = request.query as SignedQuery;
  const { expires, signature } = query;
  const disposition = query.disposition ?? 'inline';
  if (typeof expires !== 'string' || !EXPIRES.test(expires) || typeof signature !== 'string') {
    throw new AccessDeniedError(INVALID_LINK);
  }
  if (disposition !== 'inline' && disposition !== 'attachment') throw new AccessDeniedError(INVALID_LINK);
  if (Number(expires) * 1000 <= now()) throw new AccessDeniedError(INVALID_LINK);

  let assistedBy: string | undefined;
  if (query.by !== undefined) {
    assistedBy = typeof query.by === 'string' ? signer.openAgent(query.by) : undefined;
    if (assistedBy === undefined) throw new AccessDeniedError(INVALID_LINK);
  }

  const userKey = await documents.ownerKeyOf(params.documentId);
  if (userKey === undefined) throw new AccessDeniedError(INVALID_LINK);
  const grant: LinkGrant = {
    baseSiteId: params.baseSiteId,
    documentId: params.documentId,
    userKey,
    disposition: disposition as LinkDisposition,
    expires: Number(expires),
    ...(assistedBy === undefined ? {} : { assistedBy }),
  };
  if (!signer.verify(grant, signature)) throw new AccessDeniedError(INVALID_LINK);
  return grant;
}

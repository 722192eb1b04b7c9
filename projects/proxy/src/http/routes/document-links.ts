import type { FastifyPluginAsync } from 'fastify';
import type { DocumentService } from '../../documents/document-service';
import { ownerKey } from '../../documents/owner';
import type { LinkGrant, LinkSigner } from '../../links/link-signer';
import type { SchemaType } from '../../schema-type';
import { shopperApiPath } from '../api-prefixes';
import { requireShopper } from '../authenticate';
import { documentParamsSchema, errorResponses, linkRequestBodySchema, paramsIn, signedLinkSchema, type ApiScope } from '../schemas';
import { SIGNED_LINK_USER } from '../signed-link-auth';
import type { DocumentParams } from './route-params';

export interface DocumentLinkRoutesOptions {
  documents: DocumentService;
  links: LinkSigner;
  linkTtlSeconds: number;
  publicBaseUrl?: string;
  scope: ApiScope;
}

/**
 * POST .../documents/{documentId}/links: a short-lived URL that opens the document with no
 * Authorization header (new tab, the browser's PDF viewer, iOS Safari). It lives under the same
 * OCC path as the API, so the ingress routes it here; it names neither the token nor the user.
 */
export const documentLinkRoutes: FastifyPluginAsync<DocumentLinkRoutesOptions> = async (app, options) => {
  const { documents, links, linkTtlSeconds, publicBaseUrl = '' } = options;
  const documentParams = paramsIn(documentParamsSchema, options.scope);

  app.post<{ Params: DocumentParams; Body: SchemaType<typeof linkRequestBodySchema> | undefined }>(
    '/documents/:documentId/links',
    {
      schema: {
        params: documentParams,
        body: linkRequestBodySchema,
        response: { 200: signedLinkSchema, ...errorResponses },
      },
    },
    async (request) => {
      const shopper = requireShopper(request);
      // No audit event here: the link's use is recorded as a download when it serves the bytes.
      const document = await documents.locate(shopper, request.params.documentId);
      const expires = Math.floor(Date.now() / 1000) + linkTtlSeconds;
      const disposition = request.body?.disposition ?? 'inline';
      // the person behind the request — an agent, or the member reading a unit's document — stays named for the audit trail
      const actingPerson = shopper.assistedBy ?? shopper.readBy;
      const assistedBy = actingPerson ? ownerKey(actingPerson.uid) : undefined;
      const grant: LinkGrant = {
        baseSiteId: request.params.baseSiteId,
        documentId: document.id,
        userKey: ownerKey(shopper.uid),
        disposition,
        expires,
        ...(assistedBy === undefined ? {} : { assistedBy }),
      };
      const query = new URLSearchParams({ disposition, expires: String(expires), signature: links.sign(grant) });
      if (assistedBy !== undefined) query.set('by', links.sealAgent(assistedBy));
      const path = `${shopperApiPath(grant.baseSiteId, SIGNED_LINK_USER)}/documents/${encodeURIComponent(document.id)}/content?${query.toString()}`;
      return { url: `${publicBaseUrl}${path}`, expiresAt: new Date(expires * 1000).toISOString() };
    },
  );
};

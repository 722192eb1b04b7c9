import type { FastifyPluginAsync } from 'fastify';
import type { DocumentService } from '../../documents/document-service';
import type { ShopperIdentityProvider } from '../../documents/identity';
import { toDocumentQuery, type ListParameters } from '../../documents/list-query';
import { DOCUMENT_SORTS } from '../../documents/model';
import type { LinkSigner } from '../../links/link-signer';
import { authenticateShopperOrLink, requireShopper } from '../authenticate';
import type { Disposition } from '../content-disposition';
import {
  contentQuerySchema,
  contentResponses,
  documentParamsSchema,
  errorResponses,
  listQuerySchema,
  readStateBodySchema,
  userParamsSchema,
} from '../schemas';
import { sendDocument } from '../send-document';
import { documentLinkRoutes } from './document-links';
import { orderArchiveRoutes } from './order-archive';

export interface DocumentRoutesOptions {
  documents: DocumentService;
  identity: ShopperIdentityProvider;
  links: LinkSigner;
  /** lifetime of a signed link */
  linkTtlSeconds: number;
  /** origin put in front of signed links; none = path-absolute links */
  publicBaseUrl?: string;
}

interface UserParams {
  baseSiteId: string;
  userId: string;
}

interface DocumentParams extends UserParams {
  documentId: string;
}

/** Shopper document endpoints under /occ/v2/{baseSiteId}/users/{userId}/documents. */
export const documentRoutes: FastifyPluginAsync<DocumentRoutesOptions> = async (app, options) => {
  const { documents, identity, links } = options;
  // Authentication comes first: nothing about a request is answered to an unknown caller.
  app.addHook('onRequest', authenticateShopperOrLink(identity, links, documents));

  app.get<{ Params: UserParams; Querystring: ListParameters }>(
    '/occ/v2/:baseSiteId/users/:userId/documents',
    {
      schema: {
        params: userParamsSchema,
        querystring: listQuerySchema,
        response: { 200: { $ref: 'DocumentList#' }, ...errorResponses },
      },
    },
    async (request) => {
      const query = toDocumentQuery(request.query);
      const page = await documents.list(requireShopper(request), query);
      return {
        documents: page.documents,
        pagination: {
          currentPage: query.currentPage,
          pageSize: query.pageSize,
          totalPages: Math.ceil(page.totalResults / query.pageSize),
          totalResults: page.totalResults,
          sort: query.sort,
        },
        sorts: DOCUMENT_SORTS.map((code) => ({ code, selected: code === query.sort })),
        facets: { types: page.typeCounts, unread: page.unreadCount },
      };
    },
  );

  app.get<{ Params: DocumentParams }>(
    '/occ/v2/:baseSiteId/users/:userId/documents/:documentId',
    {
      schema: {
        params: documentParamsSchema,
        response: { 200: { $ref: 'Document#' }, ...errorResponses },
      },
    },
    async (request) => documents.get(requireShopper(request), request.params.documentId, request.id),
  );

  app.patch<{ Params: DocumentParams; Body: { read: true } }>(
    '/occ/v2/:baseSiteId/users/:userId/documents/:documentId',
    {
      schema: {
        params: documentParamsSchema,
        body: readStateBodySchema,
        response: { 200: { $ref: 'Document#' }, ...errorResponses },
      },
    },
    async (request) => documents.markRead(requireShopper(request), request.params.documentId, request.id),
  );

  app.get<{ Params: DocumentParams; Querystring: { disposition?: Disposition } }>(
    '/occ/v2/:baseSiteId/users/:userId/documents/:documentId/content',
    {
      config: { acceptsSignedLink: true, servesDocumentBytes: true },
      schema: {
        params: documentParamsSchema,
        querystring: contentQuerySchema,
        response: contentResponses,
      },
    },
    async (request, reply) => {
      const document = await documents.locate(requireShopper(request), request.params.documentId);
      const disposition = request.signedLink?.disposition ?? request.query.disposition ?? 'attachment';
      return sendDocument(request, reply, documents, document, disposition);
    },
  );

  await app.register(documentLinkRoutes, options);
  await app.register(orderArchiveRoutes, { documents });
};

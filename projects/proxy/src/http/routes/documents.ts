import type { FastifyPluginAsync } from 'fastify';
import type { DocumentService } from '../../documents/document-service';
import type { ShopperIdentityProvider } from '../../documents/identity';
import { toDocumentQuery, type ListParameters } from '../../documents/list-query';
import { DOCUMENT_SORTS } from '../../documents/model';
import { authenticateShopper, requireShopper } from '../authenticate';
import { contentDisposition, type Disposition } from '../content-disposition';
import {
  contentQuerySchema,
  documentParamsSchema,
  errorResponses,
  listQuerySchema,
  userParamsSchema,
} from '../schemas';

export interface DocumentRoutesOptions {
  documents: DocumentService;
  identity: ShopperIdentityProvider;
}

interface UserParams {
  baseSiteId: string;
  userId: string;
}

interface DocumentParams extends UserParams {
  documentId: string;
}

/** Shopper document endpoints under /occ/v2/{baseSiteId}/users/{userId}/documents. */
export const documentRoutes: FastifyPluginAsync<DocumentRoutesOptions> = async (app, { documents, identity }) => {
  // Authentication comes first: nothing about a request is answered to an unknown caller.
  app.addHook('onRequest', authenticateShopper(identity));

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

  app.get<{ Params: DocumentParams; Querystring: { disposition?: Disposition } }>(
    '/occ/v2/:baseSiteId/users/:userId/documents/:documentId/content',
    {
      schema: {
        params: documentParamsSchema,
        querystring: contentQuerySchema,
        response: {
          200: { description: 'The document bytes', type: 'string', format: 'binary' },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { document, stream, size } = await documents.openContent(
        requireShopper(request),
        request.params.documentId,
        request.id,
      );
      return reply
        .header('Content-Type', document.mimeType)
        .header('Content-Length', String(size))
        .header('Content-Disposition', contentDisposition(request.query.disposition ?? 'attachment', document.fileName))
        .send(stream);
    },
  );
};

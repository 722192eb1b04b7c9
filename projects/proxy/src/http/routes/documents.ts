import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { DocumentService } from '../../documents/document-service';
import type { ShopperIdentityProvider } from '../../documents/identity';
import { toDocumentQuery, type ListParameters } from '../../documents/list-query';
import { nextListCursor } from '../../documents/list-cursor';
import { DOCUMENT_SORTS, type DocumentPage, type DocumentQuery, type ListSort } from '../../documents/model';
import { ownerKey } from '../../documents/owner';
import type { LinkSigner } from '../../links/link-signer';
import type { SchemaType } from '../../schema-type';
import { authenticateShopperOrLink, requireShopper } from '../authenticate';
import {
  contentQuerySchema,
  contentResponses,
  documentParamsSchema,
  type DocumentListBody,
  errorResponses,
  listQuerySchema,
  pageOf,
  paramsIn,
  type ApiScope,
  readStateBodySchema,
  userParamsSchema,
} from '../schemas';
import { listCacheKey, ListResponseCache } from '../list-response-cache';
import { storeFaultOf } from '../../documents/storage/store-fault';
import { sendDocument } from '../send-document';
import type { ResendService } from '../../documents/resend/resend-service';
import { DEFAULT_BULK_LIMITS, type BulkLimits } from '../../documents/bulk-limits';
import { documentBulkRoutes } from './documents-bulk';
import { documentLinkRoutes } from './document-links';
import { documentResendRoutes } from './document-resend';
import type { DocumentParams, UserParams } from './route-params';

export interface DocumentRoutesOptions {
  documents: DocumentService;
  identity: ShopperIdentityProvider;
  links: LinkSigner;
  /** lifetime of a signed link */
  linkTtlSeconds: number;
  /** origin put in front of signed links; none = path-absolute links */
  publicBaseUrl?: string;
  /** bytes of serialized list answers kept per instance; 0 = no list cache */
  listCacheBytes: number;
  /** sending documents again; no route without it */
  resend?: ResendService;
  /** limits of the archive and export endpoints; default DEFAULT_BULK_LIMITS */
  bulkLimits?: BulkLimits;
  /** a user's own documents (default), or a B2B unit's: then `authenticate` sets the unit's reader */
  scope?: ApiScope;
  /** the onRequest hook that sets request.shopper; default a bearer token or, for content, a signed link */
  authenticate?: (request: FastifyRequest) => Promise<void>;
}

const JSON_UTF8 = 'application/json; charset=utf-8';

function listResponse(query: DocumentQuery, page: DocumentPage): DocumentListBody {
  const { pagination, sorts } = pageOf<ListSort>(query, page.totalResults, DOCUMENT_SORTS);
  const nextCursor = nextListCursor(query, page.documents, page.totalResults);
  return {
    documents: page.documents,
    pagination: nextCursor === undefined ? pagination : { ...pagination, nextCursor },
    sorts,
    facets: { types: page.typeCounts, unread: page.unreadCount },
  };
}

/** Shopper document endpoints under /occ/v2/{baseSiteId}/users/{userId}/documents. */
export const documentRoutes: FastifyPluginAsync<DocumentRoutesOptions> = async (app, options) => {
  const { documents, identity, links } = options;
  const scope = options.scope ?? 'user';
  const userParams = paramsIn(userParamsSchema, scope);
  const documentParams = paramsIn(documentParamsSchema, scope);
  const listCache = options.listCacheBytes > 0 ? new ListResponseCache(options.listCacheBytes) : undefined;
  // Authentication comes first: nothing about a request is answered to an unknown caller.
  app.addHook('onRequest', options.authenticate ?? authenticateShopperOrLink(identity, links, documents));

  app.get<{ Params: UserParams; Querystring: ListParameters }>(
    '/documents',
    {
      schema: {
        params: userParams,
        querystring: listQuerySchema,
        response: { 200: { $ref: 'DocumentList#' }, ...errorResponses },
      },
    },
    async (request, reply) => {
      const query = toDocumentQuery(request.query);
      const shopper = requireShopper(request);
      reply.type(JSON_UTF8);
      if (!listCache) return listResponse(query, await documents.list(shopper, query));

      // Every request gets the revision the store has after it arrived, so a write by any instance shows at once.
      const key = listCacheKey(ownerKey(shopper.uid), query);
      let revision: string;
      try {
        revision = await documents.listRevision(shopper);
      } catch (error) {
        // The index is down: the answer this instance last gave is better than none (writes need the index too).
        const lastKnown = storeFaultOf(error) === 'index' ? listCache.lastKnown(key) : undefined;
        if (lastKnown === undefined) throw error;
        request.log.warn({ err: error }, 'list revision unavailable; serving the last known answer');
        return reply.send(lastKnown);
      }
      const cached = listCache.get(key, revision);
      if (cached !== undefined) return reply.send(cached);
      const page = await documents.list(shopper, query);
      // The route's response schema serializes, exactly as for an uncached answer.
      const body = reply.serialize(listResponse(query, page)) as string;
      listCache.set(key, page.revision, body);
      return reply.send(body);
    },
  );

  app.get<{ Params: DocumentParams }>(
    '/documents/:documentId',
    {
      schema: {
        params: documentParams,
        response: { 200: { $ref: 'Document#' }, ...errorResponses },
      },
    },
    async (request) => documents.get(requireShopper(request), request.params.documentId, request.id),
  );

  app.patch<{ Params: DocumentParams; Body: SchemaType<typeof readStateBodySchema> }>(
    '/documents/:documentId',
    {
      schema: {
        params: documentParams,
        body: readStateBodySchema,
        response: { 200: { $ref: 'Document#' }, ...errorResponses },
      },
    },
    async (request) => documents.markRead(requireShopper(request), request.params.documentId, request.id),
  );

  app.get<{ Params: DocumentParams; Querystring: SchemaType<typeof contentQuerySchema> }>(
    '/documents/:documentId/content',
    {
      config: { acceptsSignedLink: true, servesDocumentBytes: true },
      schema: {
        params: documentParams,
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

  // Not `options`: it holds this plugin's prefix, which the child would add a second time.
  await app.register(documentLinkRoutes, {
    documents,
    links,
    linkTtlSeconds: options.linkTtlSeconds,
    publicBaseUrl: options.publicBaseUrl,
    scope,
  });
  if (options.resend && scope === 'user') await app.register(documentResendRoutes, { resend: options.resend });
  await app.register(documentBulkRoutes, { documents, limits: options.bulkLimits ?? DEFAULT_BULK_LIMITS, scope });
};

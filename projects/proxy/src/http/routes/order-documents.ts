import type { FastifyPluginAsync } from 'fastify';
import type { DocumentService } from '../../documents/document-service';
import type { GenerationService } from '../../documents/generation/generation-service';
import type { GenerationTarget } from '../../documents/generation/targets';
import type { ShopperIdentityProvider } from '../../documents/identity';
import { authenticateShopper, bearerToken, requireShopper } from '../authenticate';
import { errorResponses, orderParamsSchema, generationTargetSchema } from '../schemas';
import { orderArchiveRoutes } from './order-archive';
import type { OrderParams } from './route-params';

export interface OrderDocumentRoutesOptions {
  documents: DocumentService;
  identity: ShopperIdentityProvider;
  /** on-demand generation; the order document list and generation routes are absent when not given */
  generation?: GenerationService;
}

/**
 * An order's documents under /occ/v2/{site}/users/{userId}/orders/{orderCode}/documents: the ZIP
 * archive, and with a generation service the list with what can be generated and on-demand generation.
 */
export const orderDocumentRoutes: FastifyPluginAsync<OrderDocumentRoutesOptions> = async (app, { documents, generation, identity }) => {
  app.addHook('onRequest', authenticateShopper(identity));
  await app.register(orderArchiveRoutes, { documents });
  if (generation) await app.register(orderGenerationRoutes, { generation });
};

const orderGenerationRoutes: FastifyPluginAsync<{ generation: GenerationService }> = async (app, { generation }) => {

  app.get<{ Params: OrderParams }>(
    '/orders/:orderCode/documents',
    {
      schema: {
        params: orderParamsSchema,
        response: {
          200: {
            type: 'object',
            required: ['documents', 'generatable'],
            properties: {
              documents: { type: 'array', items: { $ref: 'Document#' } },
              generatable: { type: 'array', items: generationTargetSchema },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { baseSiteId, orderCode } = request.params;
      return generation.orderDocuments(requireShopper(request), orderCode, {
        baseSiteId,
        token: bearerToken(request.headers.authorization),
        requestId: request.id,
      });
    },
  );

  app.post<{ Params: OrderParams; Body: GenerationTarget }>(
    '/orders/:orderCode/documents',
    {
      schema: {
        params: orderParamsSchema,
        body: generationTargetSchema,
        response: { 200: { $ref: 'Document#' }, 201: { $ref: 'Document#' }, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { baseSiteId, orderCode } = request.params;
      const { document, created } = await generation.generate(requireShopper(request), orderCode, request.body, {
        baseSiteId,
        token: bearerToken(request.headers.authorization),
        requestId: request.id,
      });
      return reply.code(created ? 201 : 200).send(document);
    },
  );
};

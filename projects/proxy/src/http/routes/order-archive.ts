import type { FastifyPluginAsync } from 'fastify';
import type { DocumentService } from '../../documents/document-service';
import { NotFoundError } from '../../errors';
import { requireShopper } from '../authenticate';
import { archiveResponses, orderParamsSchema } from '../schemas';
import { sendZip } from '../zip-stream';
import type { OrderParams } from './route-params';

/** GET .../orders/{orderCode}/documents/archive: the shopper's documents of one order as a ZIP (see sendZip). */
export const orderArchiveRoutes: FastifyPluginAsync<{ documents: DocumentService }> = async (app, { documents }) => {
  app.get<{ Params: OrderParams }>(
    '/orders/:orderCode/documents/archive',
    {
      config: { servesDocumentBytes: true },
      schema: { params: orderParamsSchema, response: archiveResponses },
    },
    async (request, reply) => {
      const { orderCode } = request.params;
      const shopper = requireShopper(request);
      const found = await documents.listForOrder(shopper, orderCode);
      if (found.length === 0) throw new NotFoundError(`No documents found for order '${orderCode}'`);
      return sendZip(request, reply, documents, shopper, found, `Order-${orderCode}-documents.zip`);
    },
  );
};

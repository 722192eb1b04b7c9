import type { FastifyPluginAsync } from 'fastify';
import type { ResendChannel, ResendService } from '../../documents/resend/resend-service';
import { requireShopper } from '../authenticate';
import { documentParamsSchema, errorResponses, resendBodySchema, resendReceiptSchema } from '../schemas';
import type { DocumentParams } from './route-params';

export interface DocumentResendRoutesOptions {
  resend: ResendService;
}

/**
 * POST .../documents/{documentId}/resend: Exstream sends the document to its customer again
 * (202 once Exstream has taken the request). Registered inside the document routes, so the
 * shopper (or an agent acting for them) is authenticated like for every document request.
 */
export const documentResendRoutes: FastifyPluginAsync<DocumentResendRoutesOptions> = async (app, { resend }) => {
  app.post<{ Params: DocumentParams; Body: { channel?: ResendChannel } | null | undefined }>(
    '/documents/:documentId/resend',
    {
      schema: {
        params: documentParamsSchema,
        body: resendBodySchema,
        response: { 202: resendReceiptSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const receipt = await resend.resend(requireShopper(request), request.params.documentId, request.body?.channel ?? 'EMAIL', request.id);
      return reply.code(202).send(receipt);
    },
  );
};

import type { FastifyPluginAsync } from 'fastify';
import { ConflictError, NotFoundError } from '../../errors';
import type { ReportedDeliveryEvent } from '../../documents/delivery/record-delivery-event';
import type { IntegrationConfig } from '../../integration/integration-config';
import type { IntegrationService } from '../../integration/integration-service';
import { acceptSignedJson } from '../signed-json-body';
import { deliveryEventBodySchema, deliveryEventResultSchema, errorResponses } from '../schemas';

export interface DeliveryEventRoutesOptions {
  service: IntegrationService;
  config: IntegrationConfig;
}

/** POST /integration/v1/delivery-events: delivery status per document and channel, idempotent by eventId. */
export const deliveryEventRoutes: FastifyPluginAsync<DeliveryEventRoutesOptions> = async (app, { service, config }) => {
  const checkSignature = acceptSignedJson(app, config);

  app.post<{ Body: ReportedDeliveryEvent }>(
    '/delivery-events',
    {
      preValidation: checkSignature,
      schema: {
        description:
          'Record a delivery event (SENT, DELIVERED, BOUNCED, PRINTED, MAILED) of a document on a channel. The same eventId ' +
          'with the same body answers 200 recorded:false; with a different body 409. The latest event by occurredAt becomes ' +
          "the document's deliveryStatus.",
        body: deliveryEventBodySchema,
        response: { 200: deliveryEventResultSchema, 201: deliveryEventResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const outcome = await service.recordDeliveryEvent(body, { clientId: request.machine!.clientId, requestId: request.id });
      const answer = { eventId: body.eventId, documentId: body.documentId };
      switch (outcome.outcome) {
        case 'recorded':
          return reply.code(201).send({ ...answer, recorded: true });
        case 'duplicate':
          return reply.code(200).send({ ...answer, recorded: false });
        case 'conflict':
          throw new ConflictError(`Event '${body.eventId}' was already recorded with a different body`);
        case 'unknown-document':
          throw new NotFoundError(`Document with id '${body.documentId}' not found`);
      }
    },
  );
};

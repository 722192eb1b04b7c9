import type { FastifyPluginAsync } from 'fastify';
import type { ReportedPaymentEvent } from '../../documents/billing/record-payment-event';
import { ConflictError, NotFoundError, ValidationError } from '../../errors';
import type { IntegrationConfig } from '../../integration/integration-config';
import type { IntegrationService } from '../../integration/integration-service';
import { errorResponses, paymentEventBodySchema, paymentEventResultSchema } from '../schemas';
import { acceptSignedJson } from '../signed-json-body';

/** POST /integration/v1/payment-events: a billing document's open amount and status from the ERP, idempotent by eventId. */
export const paymentEventRoutes: FastifyPluginAsync<{ service: IntegrationService; config: IntegrationConfig }> = async (
  app,
  { service, config },
) => {
  const checkSignature = acceptSignedJson(app, config);

  app.post<{ Body: ReportedPaymentEvent }>(
    '/payment-events',
    {
      preValidation: checkSignature,
      schema: {
        description:
          "Record a payment posted in the ERP: the document's open amount and status (OPEN, PARTIALLY_PAID, PAID, CANCELLED). " +
          'The same eventId with the same body answers 200 recorded:false, with a different body 409. An event older than the ' +
          "latest one recorded for the document is kept and audited but leaves the document's state (applied:false).",
        body: paymentEventBodySchema,
        response: { 200: paymentEventResultSchema, 201: paymentEventResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const outcome = await service.recordPaymentEvent(body, { clientId: request.machine!.clientId, requestId: request.id });
      const answer = { eventId: body.eventId, documentId: body.documentId };
      switch (outcome.outcome) {
        case 'recorded':
          return reply.code(201).send({ ...answer, recorded: true, applied: outcome.applied });
        case 'duplicate':
          return reply.code(200).send({ ...answer, recorded: false, applied: false });
        case 'conflict':
          throw new ConflictError(`Event '${body.eventId}' was already recorded with a different body`);
        case 'unknown-document':
          throw new NotFoundError(`Document with id '${body.documentId}' not found`);
        case 'invalid':
          throw new ValidationError(outcome.field, outcome.message);
      }
    },
  );
};

import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import { ValidationError } from '../../errors';
import type { IntegrationConfig } from '../../integration/integration-config';
import { authenticateMachine, refuseInvalidSignature, sha256Hex, verifyBodySignature } from '../../integration/machine-auth';
import type { IntegrationService } from '../../integration/integration-service';
import { MAX_METADATA_BYTES, receiveUpload } from '../ingest-upload';
import type { SchemaType } from '../../schema-type';
import { auditEventSchema, auditQuerySchema, errorResponses } from '../schemas';
import { parseAuditRange } from './audit-range';
import { deliveryEventRoutes } from './delivery-events';
import { paymentEventRoutes } from './payment-events';

export interface IntegrationRoutesOptions {
  service: IntegrationService;
  config: IntegrationConfig;
}

/** Machine-to-machine endpoints under /integration/v1 (Basic or HMAC credentials; never a shopper token). */
export const integrationRoutes: FastifyPluginAsync<IntegrationRoutesOptions> = async (app, { service, config }) => {
  await app.register(multipart, {
    limits: { fileSize: config.ingestMaxBytes, files: 1, fields: 1, parts: 2, fieldSize: MAX_METADATA_BYTES, headerPairs: 50 },
  });
  app.addHook('onRequest', authenticateMachine(config));
  await app.register(deliveryEventRoutes, { service, config });
  await app.register(paymentEventRoutes, { service, config });

  app.post(
    '/documents',
    {
      schema: {
        consumes: ['multipart/form-data'],
        description:
          "Ingest one generated document: multipart with a 'metadata' JSON field (ownerUid, type, title, number, fileName, " +
          'orderCode, consignmentCode, entryNumbers, productCodes, language, createdAt, channel, mimeType, correspondence ' +
          "{event, nextStep}, actionUrl, actionLabel, deliveryStatus {status, channel, occurredAt}, read, unitId, billing {amount, " +
          "openAmount, currency, dueDate, paymentTerms, paymentStatus, dunningLevel, paymentUrl}, references [{relation, number}]) " +
          "followed by a 'file' part; without ownerUid and with unitId, the document is the B2B unit's. " +
          'Invalid metadata answers 400 with one error per field (subject = the field).',
        response: { 200: { $ref: 'Document#' }, 201: { $ref: 'Document#' }, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new ValidationError('body', 'The body must be multipart/form-data with parts metadata and file');
      const upload = await receiveUpload(request);
      try {
        if (upload.metadata === undefined) throw new ValidationError('metadata', "Part 'metadata' (a JSON object) is required", 'missing');
        if (upload.file === undefined) throw new ValidationError('file', "Part 'file' is required", 'missing');
        if (!verifyBodySignature(request, config, `${sha256Hex(upload.metadata)}.${upload.file.sha256}`)) {
          return refuseInvalidSignature(reply);
        }
        let raw: unknown;
        try {
          raw = JSON.parse(upload.metadata);
        } catch {
          throw new ValidationError('metadata', "Part 'metadata' is not valid JSON");
        }
        const result = await service.ingest(upload.file, raw, { clientId: request.machine!.clientId, requestId: request.id });
        return reply.code(result.created ? 201 : 200).send(result.document);
      } finally {
        await upload.cleanup();
      }
    },
  );

  app.get<{ Querystring: SchemaType<typeof auditQuerySchema> }>(
    '/audit',
    {
      schema: {
        querystring: auditQuerySchema,
        response: {
          200: {
            type: 'object',
            required: ['events', 'head'],
            properties: {
              events: { type: 'array', items: auditEventSchema },
              head: {
                type: ['object', 'null'],
                properties: { seq: { type: 'integer' }, hash: { type: 'string' } },
              },
              nextAfterSeq: { type: 'integer' },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const range = parseAuditRange(request.query.from, request.query.to);
      const limit = request.query.limit ?? 1_000;
      return service.exportAudit({ ...range, afterSeq: request.query.afterSeq, limit });
    },
  );
};

import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { exportAuditPage } from '../../documents/audit/audit-export';
import { ingestDocument, readIngestMetadata } from '../../documents/ingest/ingest-document';
import type { EntryRules } from '../../documents/ingest/manifest-entry';
import { ValidationError } from '../../errors';
import type { IntegrationConfig } from '../../integration/integration-config';
import { authenticateMachine, refuseInvalidSignature, sha256Hex, verifyBodySignature } from '../../integration/machine-auth';
import type { ContentStore } from '../../documents/storage/content-store';
import type { ProxyStore } from '../../documents/storage/proxy-store';
import { HttpStatusError } from '../http-status-error';
import { auditEventSchema, errorResponses } from '../schemas';
import { parseAuditRange } from './audit-range';
import { deliveryEventRoutes } from './delivery-events';

export interface IntegrationRoutesOptions {
  store: ProxyStore;
  content: ContentStore;
  config: IntegrationConfig;
  /** ingest rules that depend on configuration (allowed action URL hosts) */
  rules?: EntryRules;
}

const MAX_METADATA_BYTES = 64 * 1024;
const MAX_AUDIT_PAGE = 5_000;

/** Machine-to-machine endpoints under /integration/v1 (Basic or HMAC credentials; never a shopper token). */
export const integrationRoutes: FastifyPluginAsync<IntegrationRoutesOptions> = async (app, { store, content, config, rules }) => {
  await app.register(multipart, {
    limits: { fileSize: config.ingestMaxBytes, files: 1, fields: 1, parts: 2, fieldSize: MAX_METADATA_BYTES, headerPairs: 50 },
  });
  app.addHook('onRequest', authenticateMachine(config));
  await app.register(deliveryEventRoutes, { store: store.deliveryEvents, config });

  app.post(
    '/integration/v1/documents',
    {
      schema: {
        consumes: ['multipart/form-data'],
        description:
          "Ingest one generated document: multipart with a 'metadata' JSON field (ownerUid, type, title, number, fileName, " +
          'orderCode, consignmentCode, entryNumbers, productCodes, language, createdAt, channel, mimeType, correspondence ' +
          "{event, nextStep}, actionUrl, actionLabel, deliveryStatus {status, channel, occurredAt}, read) followed by a 'file' part. " +
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
        const entry = readIngestMetadata(raw, upload.file.name, rules);
        const result = await ingestDocument({ store, content }, upload.file.path, entry, `client:${request.machine!.clientId}`, request.id);
        return reply.code(result.created ? 201 : 200).send(result.document);
      } finally {
        await upload.cleanup();
      }
    },
  );

  app.get<{ Querystring: { from?: string; to?: string; afterSeq?: number; limit?: number } }>(
    '/integration/v1/audit',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            from: { type: 'string', maxLength: 40 },
            to: { type: 'string', maxLength: 40 },
            afterSeq: { type: 'integer', minimum: 0 },
            limit: { type: 'integer', minimum: 1, maximum: MAX_AUDIT_PAGE },
          },
        },
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
      return exportAuditPage(store, { ...range, afterSeq: request.query.afterSeq, limit });
    },
  );
};

interface Upload {
  metadata?: string;
  file?: { path: string; name?: string; sha256: string };
  cleanup(): Promise<void>;
}

/** Reads the parts: the metadata field into memory (small), the file streamed to a private temp file. */
async function receiveUpload(request: FastifyRequest): Promise<Upload> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `exd-ingest-${randomBytes(4).toString('hex')}-`));
  const upload: Upload = { cleanup: () => fs.rm(dir, { recursive: true, force: true }) };
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname !== 'metadata' || upload.metadata !== undefined) {
          throw new ValidationError(part.fieldname, `Unexpected field '${part.fieldname}'; send one 'metadata' field and one 'file'`);
        }
        if (part.valueTruncated) throw new ValidationError('metadata', `Part 'metadata' is larger than ${MAX_METADATA_BYTES} bytes`);
        upload.metadata = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file' || upload.file !== undefined) {
        part.file.resume();
        throw new ValidationError(part.fieldname, `Unexpected file part '${part.fieldname}'; send one part named 'file'`);
      }
      const target = path.join(dir, 'content');
      const hash = createHash('sha256');
      const hashing = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(part.file, hashing, createWriteStream(target, { mode: 0o600 }));
      if (part.file.truncated) {
        throw fileTooLarge();
      }
      upload.file = { path: target, name: safeName(part.filename), sha256: hash.digest('hex') };
    }
    return upload;
  } catch (error) {
    await upload.cleanup();
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge();
    if (typeof code === 'string' && code.startsWith('FST_') && (error as { statusCode?: number }).statusCode === undefined) {
      throw new ValidationError('body', (error as Error).message);
    }
    throw error;
  }
}

function safeName(name: string | undefined): string | undefined {
  const base = name ? path.posix.basename(name.replace(/\\/g, '/')) : '';
  return base.trim() === '' ? undefined : base;
}

function fileTooLarge(): HttpStatusError {
  return new HttpStatusError(413, 'PayloadTooLargeError', 'The file is larger than the ingest limit');
}

import { Readable } from 'node:stream';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { selectArchiveDocuments, type ArchiveSelection } from '../../documents/archive-selection';
import type { BulkLimits } from '../../documents/bulk-limits';
import type { DocumentService } from '../../documents/document-service';
import { toDocumentQuery } from '../../documents/list-query';
import type { DocumentQuery, Shopper, ShopperDocument } from '../../documents/model';
import { ValidationError } from '../../errors';
import type { SchemaType } from '../../schema-type';
import { requireShopper } from '../authenticate';
import { contentDisposition } from '../content-disposition';
import { DOCUMENT_CSV_HEADER, documentCsvRecord, csvRecord, UTF8_BOM } from '../csv';
import {
  archiveRequestSchema,
  documentsArchiveResponses,
  documentsExportResponses,
  exportQuerySchema,
  paramsIn,
  userParamsSchema,
  type ApiScope,
} from '../schemas';
import { sendZip } from '../zip-stream';
import type { UserParams } from './route-params';

type ArchiveRequest = SchemaType<typeof archiveRequestSchema>;
type ExportQuery = SchemaType<typeof exportQuerySchema>;

/** `documents-2026-12-02.zip`: the day (UTC) the file was made. */
export function datedName(extension: 'zip' | 'csv', prefix = 'documents'): string {
  return `${prefix}-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

/**
 * The rules the schema cannot state the way a shopper should read them (Fastify's validator would
 * also turn a number into a string and a single string into a list): exactly one of ids and filter, ids only strings.
 */
export function checkArchiveBody(request: FastifyRequest): void {
  const body = request.body as Record<string, unknown> | null;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ValidationError('request', "The body must be a JSON object with exactly one of 'ids' or 'filter'", 'missing');
  }
  const has = (key: string) => Object.prototype.hasOwnProperty.call(body, key);
  if (has('ids') === has('filter')) {
    throw new ValidationError(has('ids') ? 'filter' : 'ids', "Send exactly one of 'ids' or 'filter'", has('ids') ? 'invalid' : 'missing');
  }
  if (has('ids') && (!Array.isArray(body.ids) || body.ids.some((id) => typeof id !== 'string'))) {
    throw new ValidationError('ids', "Body field 'ids' is invalid: must be an array of document id strings");
  }
}

/**
 * Many documents at once, under /documents: POST archive (a ZIP of named or filtered documents)
 * and GET export (the filtered list as CSV). Registered inside documentRoutes, so its authentication applies.
 */
export const documentBulkRoutes: FastifyPluginAsync<{ documents: DocumentService; limits: BulkLimits; scope: ApiScope }> = async (
  app,
  { documents, limits, scope },
) => {
  const userParams = paramsIn(userParamsSchema, scope);
  app.post<{ Params: UserParams; Body: ArchiveRequest }>(
    '/documents/archive',
    {
      config: { servesDocumentBytes: true },
      preValidation: async (request) => checkArchiveBody(request),
      schema: { params: userParams, body: archiveRequestSchema, response: documentsArchiveResponses },
    },
    async (request, reply) => {
      const shopper = requireShopper(request);
      const body = request.body;
      const selection: ArchiveSelection = body.ids ? { ids: body.ids } : { filter: toDocumentQuery(body.filter ?? {}) };
      const found = await selectArchiveDocuments(documents, shopper, selection, limits);
      return sendZip(request, reply, documents, shopper, found, datedName('zip'));
    },
  );

  app.get<{ Params: UserParams; Querystring: ExportQuery }>(
    '/documents/export',
    { schema: { params: userParams, querystring: exportQuerySchema, response: documentsExportResponses } },
    async (request, reply) => {
      const shopper = requireShopper(request);
      const query = toDocumentQuery(request.query);
      // Counted first, so a bad filter or a store fault is an error answer, not a cut-off file.
      const { count } = await documents.summarize(shopper, query);
      reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', contentDisposition('attachment', datedName('csv')))
        .header('X-Total-Count', String(count));
      if (request.method === 'HEAD') return reply.send(Readable.from([]));
      return reply.send(Readable.from(csvChunks(documents, shopper, query, limits.exportMaxRows, request, DOCUMENT_CSV)));
    },
  );
};

/** The columns of a CSV export and how a document fills them. */
export interface CsvFormat {
  header: readonly string[];
  record: (document: ShopperDocument) => string;
}

const DOCUMENT_CSV: CsvFormat = { header: DOCUMENT_CSV_HEADER, record: documentCsvRecord };

/** The CSV, one chunk per page of documents: never the whole file in memory. */
export async function* csvChunks(
  documents: DocumentService,
  shopper: Shopper,
  query: DocumentQuery,
  maxRows: number,
  request: FastifyRequest,
  format: CsvFormat,
): AsyncGenerator<string> {
  yield UTF8_BOM + csvRecord(format.header);
  try {
    for await (const page of documents.pages(shopper, query, maxRows)) yield page.map(format.record).join('');
  } catch (error) {
    // The status line is gone: cutting the response is how the client learns the file is incomplete.
    request.log.error({ err: error }, 'CSV export failed while streaming');
    throw error;
  }
}

import { Readable } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import { selectArchiveDocuments } from '../../documents/archive-selection';
import { toOrgDocumentQuery } from '../../documents/billing/org-document-query';
import type { BulkLimits } from '../../documents/bulk-limits';
import type { DocumentService } from '../../documents/document-service';
import type { SchemaType } from '../../schema-type';
import { requireShopper } from '../authenticate';
import { contentDisposition } from '../content-disposition';
import { ORG_DOCUMENT_CSV_HEADER, orgDocumentCsvRecord } from '../csv';
import {
  documentsArchiveResponses,
  orgDocumentArchiveRequestSchema,
  orgDocumentExportQuerySchema,
  orgDocumentsExportResponses,
  orgUnitParamsSchema,
} from '../schemas';
import { sendZip } from '../zip-stream';
import { checkArchiveBody, csvChunks, datedName } from './documents-bulk';

type UnitParams = SchemaType<typeof orgUnitParamsSchema>;

/**
 * A unit's documents many at once, filtered as SAP's orgDocuments is: POST …/orgDocuments/archive
 * (a ZIP) and GET …/orgDocuments/export (CSV with amounts and due dates). Inside the unit scope.
 */
export const orgDocumentBulkRoutes: FastifyPluginAsync<{ documents: DocumentService; limits: BulkLimits }> = async (app, { documents, limits }) => {
  app.post<{ Params: UnitParams; Body: SchemaType<typeof orgDocumentArchiveRequestSchema> }>(
    '/orgDocuments/archive',
    {
      config: { servesDocumentBytes: true },
      preValidation: async (request) => checkArchiveBody(request),
      schema: { params: orgUnitParamsSchema, body: orgDocumentArchiveRequestSchema, response: documentsArchiveResponses },
    },
    async (request, reply) => {
      const reader = requireShopper(request);
      const body = request.body;
      const selection = body.ids ? { ids: body.ids } : { filter: toOrgDocumentQuery(body.filter ?? {}) };
      const found = await selectArchiveDocuments(documents, reader, selection, limits);
      return sendZip(request, reply, documents, reader, found, datedName('zip', 'company-documents'));
    },
  );

  app.get<{ Params: UnitParams; Querystring: SchemaType<typeof orgDocumentExportQuerySchema> }>(
    '/orgDocuments/export',
    { schema: { params: orgUnitParamsSchema, querystring: orgDocumentExportQuerySchema, response: orgDocumentsExportResponses } },
    async (request, reply) => {
      const reader = requireShopper(request);
      const query = toOrgDocumentQuery(request.query);
      const { count } = await documents.summarize(reader, query);
      reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', contentDisposition('attachment', datedName('csv', 'company-documents')))
        .header('X-Total-Count', String(count));
      if (request.method === 'HEAD') return reply.send(Readable.from([]));
      const format = { header: ORG_DOCUMENT_CSV_HEADER, record: orgDocumentCsvRecord };
      return reply.send(Readable.from(csvChunks(documents, reader, query, limits.exportMaxRows, request, format)));
    },
  );
};

import type { FastifyPluginAsync } from 'fastify';
import { accountSummaryOf, orgDocumentTypes, toOrgDocument } from '../../documents/billing/account-summary';
import { utcDate } from '../../documents/billing/billing';
import { ORG_DOCUMENT_SORTS, type OrgDocumentSort } from '../../documents/billing/billing-filter';
import { toOrgDocumentQuery, type OrgDocumentQueryParams } from '../../documents/billing/org-document-query';
import type { BulkLimits } from '../../documents/bulk-limits';
import type { DocumentService } from '../../documents/document-service';
import { orgDocumentBulkRoutes } from './org-documents-bulk';
import { NotFoundError } from '../../errors';
import type { SchemaType } from '../../schema-type';
import { requireShopper } from '../authenticate';
import {
  accountSummarySchema,
  attachmentQuerySchema,
  contentResponses,
  errorResponses,
  orgDocumentAttachmentParamsSchema,
  orgDocumentListSchema,
  orgDocumentQuerySchema,
  orgUnitParamsSchema,
  pageOf,
} from '../schemas';
import { sendDocument } from '../send-document';

type UnitParams = SchemaType<typeof orgUnitParamsSchema>;
type AttachmentParams = SchemaType<typeof orgDocumentAttachmentParamsSchema>;

export interface OrgDocumentRoutesOptions {
  documents: DocumentService;
  limits: BulkLimits;
}

/**
 * SAP's account summary API (`users/{userId}/orgUnits/{orgUnitId}/accountSummary`, `…/orgDocuments`,
 * `…/orgDocuments/{orgDocumentId}/attachments/{attachmentId}`) over the unit's documents. Registered
 * inside the unit scope, whose hook has made the unit the request's reader.
 */
export const orgDocumentRoutes: FastifyPluginAsync<OrgDocumentRoutesOptions> = async (app, { documents, limits }) => {
  await app.register(orgDocumentBulkRoutes, { documents, limits });

  app.get<{ Params: UnitParams; Querystring: { lang?: string; curr?: string } }>(
    '/accountSummary',
    {
      schema: {
        description: "The unit's open balance per currency, what is past due and how far (SAP's AccountSummaryDetails)",
        params: orgUnitParamsSchema,
        querystring: { type: 'object', properties: orgDocumentQuerySchema.properties },
        response: { 200: accountSummarySchema, ...errorResponses },
      },
    },
    async (request) => {
      const unit = request.orgUnit!;
      const balances = await documents.billingBalances(requireShopper(request), utcDate());
      return accountSummaryOf(unit, balances, request.query.lang, request.query.curr);
    },
  );

  app.get<{ Params: UnitParams; Querystring: OrgDocumentQueryParams }>(
    '/orgDocuments',
    {
      schema: {
        description: "The unit's documents with amounts, due dates and status (SAP's AccountSummaryList); filters as SAP's DocumentQueryParams",
        params: orgUnitParamsSchema,
        querystring: orgDocumentQuerySchema,
        response: { 200: orgDocumentListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const query = toOrgDocumentQuery(request.query);
      const page = await documents.list(requireShopper(request), query);
      return {
        orgDocumentTypes: orgDocumentTypes(),
        orgDocuments: page.documents.map((document) => toOrgDocument(document, request.query.lang)),
        ...pageOf({ ...query, sort: query.sort as OrgDocumentSort }, page.totalResults, ORG_DOCUMENT_SORTS),
      };
    },
  );

  app.get<{ Params: AttachmentParams; Querystring: SchemaType<typeof attachmentQuerySchema> }>(
    '/orgDocuments/:orgDocumentId/attachments/:orgDocumentAttachmentId',
    {
      config: { servesDocumentBytes: true },
      schema: {
        description: "The bytes of the unit's document with that number (the latest version); the attachment id is its file name or id",
        params: orgDocumentAttachmentParamsSchema,
        querystring: attachmentQuerySchema,
        response: contentResponses,
      },
    },
    async (request, reply) => {
      const { orgDocumentId, orgDocumentAttachmentId } = request.params;
      const reader = requireShopper(request);
      const [latest] = (
        await documents.list(reader, {
          types: [],
          billing: { today: utcDate(), number: orgDocumentId },
          currentPage: 0,
          pageSize: 1,
          sort: 'byCreatedAtDateDesc',
          withoutCounts: true,
        })
      ).documents;
      if (!latest || (latest.fileName !== orgDocumentAttachmentId && latest.id !== orgDocumentAttachmentId)) {
        throw new NotFoundError(`Attachment '${orgDocumentAttachmentId}' of document '${orgDocumentId}' not found`);
      }
      return sendDocument(request, reply, documents, latest, request.query.disposition ?? 'attachment');
    },
  );
};

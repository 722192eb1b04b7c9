import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';

/**
 * Collects every route's schema into an OpenAPI 3 document. Must be registered before the routes.
 * Shared schemas keep their `$id` as component name (Document, DocumentList, OccErrorList).
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Exstream Documents for Spartacus: document proxy',
        description:
          "OCC-shaped API that serves shoppers their Exstream documents. Shopper endpoints take the shopper's " +
          'SAP Commerce bearer token; the content endpoint also accepts a signed link (`{userId}` = `anonymous`). ' +
          'Integration endpoints (`/integration/v1`) take machine credentials (Basic or HMAC-signed), never a shopper token.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          commerceBearer: { type: 'http', scheme: 'bearer', description: 'SAP Commerce OAuth access token' },
          integrationBasic: { type: 'http', scheme: 'basic', description: 'INTEGRATION_CLIENT_ID / INTEGRATION_CLIENT_SECRET' },
        },
      },
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  });
}

/** GET /openapi.json */
export async function openApiRoute(app: FastifyInstance): Promise<void> {
  app.get(
    '/openapi.json',
    {
      logLevel: 'warn',
      schema: {
        description: 'This OpenAPI document',
        response: { 200: { description: 'OpenAPI 3 document', type: 'object', additionalProperties: true } },
      },
    },
    async () => app.swagger(),
  );
}

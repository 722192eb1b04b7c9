import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { TOKENS } from '../support/fixtures';
import { getJson, startStack, type Stack } from '../support/stack';

/** `/occ/v2/:baseSiteId/users/:userId` → `/occ/v2/{baseSiteId}/users/{userId}` */
const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

describe('/openapi.json', () => {
  let commerce: FakeCommerce;
  let stack: Stack;
  let document: any;

  beforeAll(async () => {
    commerce = await startFakeCommerce(TOKENS);
    stack = await startStack({ commerceUrl: commerce.url, batch: [] });
    const answer = await getJson(`${stack.baseUrl}/openapi.json`);
    expect(answer.status).toBe(200);
    document = answer.body;
  });

  afterAll(async () => {
    await stack.close();
    await commerce.close();
  });

  it('is a valid OpenAPI 3 document', async () => {
    // The validator is an ES module; the specs are compiled to CommonJS.
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBeTrue();
    expect(document.openapi).toMatch(/^3\./);
  });

  it('describes every registered route', () => {
    const routes = stack.app.routeCatalogue.filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS');
    expect(routes.length).toBeGreaterThanOrEqual(10);
    for (const route of routes) {
      const path = toOpenApiPath(route.url);
      expect(document.paths[path]).withContext(`${route.method} ${path}`).toBeDefined();
      const operation = document.paths[path]?.[route.method.toLowerCase()];
      expect(operation).withContext(`${route.method} ${path}`).toBeDefined();
      // A route without a response schema would show up with no responses at all.
      const successes = Object.keys(operation?.responses ?? {}).filter((status) => /^2/.test(status));
      expect(successes.length).withContext(`${route.method} ${path} success responses`).toBeGreaterThan(0);
    }
  });

  it('includes the order document, generation and integration routes', () => {
    const expected: [string, string][] = [
      ['get', '/occ/v2/{baseSiteId}/users/{userId}/orders/{orderCode}/documents'],
      ['post', '/occ/v2/{baseSiteId}/users/{userId}/orders/{orderCode}/documents'],
      ['post', '/integration/v1/documents'],
      ['get', '/integration/v1/audit'],
      ['post', '/integration/v1/delivery-events'],
      ['get', '/occ/v2/{baseSiteId}/users/{userId}/communicationPreferences'],
      ['put', '/occ/v2/{baseSiteId}/users/{userId}/communicationPreferences'],
      ['get', '/occ/v2/{baseSiteId}/users/{userId}/communicationPreferences/history'],
    ];
    for (const [method, path] of expected) {
      expect(document.paths[path]?.[method]?.responses).withContext(`${method} ${path}`).toBeDefined();
    }
    const catalogued = stack.app.routeCatalogue.map((r) => `${r.method} ${toOpenApiPath(r.url)}`);
    for (const [method, path] of expected) expect(catalogued).toContain(`${method.toUpperCase()} ${path}`);
  });

  it('names the shared schemas and documents the shopper API', () => {
    expect(Object.keys(document.components.schemas)).toEqual(
      jasmine.arrayContaining(['Document', 'DocumentList', 'OccErrorList', 'CommunicationPreferences']),
    );
    const documentProperties = document.components.schemas.Document.properties;
    expect(documentProperties.correspondence.properties.event.enum).toEqual(['FAILED_PAYMENT', 'BACKORDER', 'SHIPMENT_DELAY', 'CANCELLATION']);
    expect(documentProperties.deliveryStatus.required).toEqual(['status', 'channel', 'occurredAt']);
    expect(documentProperties.actionLabel.type).toBe('string');
    const content = document.paths['/occ/v2/{baseSiteId}/users/{userId}/documents/{documentId}/content'].get;
    expect(Object.keys(content.responses)).toEqual(jasmine.arrayContaining(['200', '206', '304', '4XX']));
    expect(content.responses['200'].content['application/pdf']).toBeDefined();
    const archive = document.paths['/occ/v2/{baseSiteId}/users/{userId}/orders/{orderCode}/documents/archive'].get;
    expect(archive.responses['200'].content['application/zip']).toBeDefined();
  });
});

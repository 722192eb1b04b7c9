import { ANNA_TOKEN, DEMO_BATCH } from '../support/fixtures';
import { bearer, documentsUrl, getJson, startStack } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

const STOREFRONT = 'http://localhost:4200';

describe('CORS (configured origins)', () => {
  const suite = stackForSuite({
    batch: DEMO_BATCH,
    env: { CORS_ORIGINS: `${STOREFRONT}, https://shop.example.com` },
  });

  it('answers a preflight from an allowed origin with 204 and the CORS headers', async () => {
    const response = await fetch(documentsUrl(suite.stack), {
      method: 'OPTIONS',
      headers: {
        Origin: STOREFRONT,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(STOREFRONT);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect(response.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('echoes an allowed origin and exposes Content-Disposition on downloads', async () => {
    const response = await fetch(documentsUrl(suite.stack, 'current', `/${suite.stack.idOf('OC-100012')}/content`), {
      headers: { ...bearer(ANNA_TOKEN), Origin: 'https://shop.example.com' },
    });
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://shop.example.com');
    expect(response.headers.get('access-control-expose-headers')).toContain('Content-Disposition');
  });

  it('adds no CORS headers for other origins', async () => {
    const response = await fetch(documentsUrl(suite.stack), {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example.net', 'Access-Control-Request-Method': 'GET' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const get = await getJson(documentsUrl(suite.stack), { ...bearer(ANNA_TOKEN), Origin: 'https://evil.example.net' });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS off and health', () => {
  const suite = stackForSuite({ batch: [] });

  it('sends no CORS headers when CORS_ORIGINS is empty', async () => {
    const get = await getJson(documentsUrl(suite.stack), { ...bearer(ANNA_TOKEN), Origin: STOREFRONT });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('reports live and ready, then not ready once the store is closed', async () => {
    const own = await startStack({ commerceUrl: suite.commerce.url, batch: [] });
    try {
      expect(await getJson(`${own.baseUrl}/health/live`)).toEqual(jasmine.objectContaining({ status: 200, body: { status: 'UP' } }));
      expect((await getJson(`${own.baseUrl}/health/ready`)).body).toEqual({ status: 'UP', checks: { store: 'UP', content: 'UP', commerce: 'UP' } });

      await own.stores.store.close();
      const notReady = await getJson(`${own.baseUrl}/health/ready`);
      expect(notReady.status).toBe(503);
      expect(notReady.body.status).toBe('DOWN');
      expect(notReady.body.checks).toEqual({ store: 'DOWN', content: 'UP', commerce: 'UP' });
      expect((await getJson(`${own.baseUrl}/health/live`)).status).toBe(200);
    } finally {
      await own.close();
    }
  });

  it('echoes a well-formed X-Request-Id and replaces a malformed one', async () => {
    const given = await getJson(`${suite.stack.baseUrl}/health/live`, { 'X-Request-Id': 'abc-123' });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const replaced = await getJson(`${suite.stack.baseUrl}/health/live`, { 'X-Request-Id': 'bad id\twith spaces' });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

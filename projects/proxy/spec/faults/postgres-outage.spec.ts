import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { ANNA_TOKEN, DEMO_BATCH, TOKENS } from '../support/fixtures';
import { bearer, documentsUrl, getJson, startStack, type Stack } from '../support/stack';
import { ThrowawayPostgres } from '../support/throwaway-postgres';
import { until } from '../support/until';

/** What a request answered: status, Retry-After and the body's first error. */
async function ask(url: string, headers: Record<string, string> = {}) {
  const { status, headers: h, body } = await getJson(url, headers);
  return { status, retryAfter: h.get('retry-after'), error: body?.errors?.[0] as { type: string; message: string } | undefined, body };
}

/** Names a shopper must never see in an error: the database's host, port, product and statements. */
function expectNoInternals(message: string | undefined, server: ThrowawayPostgres): void {
  expect(message).toBeDefined();
  for (const internal of ['127.0.0.1', String(server.port), 'postgres', 'SELECT', 'ECONN', 'terminat', '/tmp']) {
    expect(message!).not.toContain(internal);
  }
}

describe('PostgreSQL stopped and restarted under the proxy', () => {
  let server: ThrowawayPostgres;
  let commerce: FakeCommerce;
  let uncached: Stack;
  let cached: Stack;

  beforeAll(async () => {
    server = await ThrowawayPostgres.create();
    commerce = await startFakeCommerce(TOKENS);
    const env = (schema: string, listCacheBytes: string) => ({ DATABASE_URL: server.url, DATABASE_SCHEMA: schema, DATABASE_POOL_SIZE: '4', LIST_CACHE_BYTES: listCacheBytes, RATE_LIMIT_MAX: '1000000' });
    uncached = await startStack({ commerceUrl: commerce.url, batch: DEMO_BATCH, env: env('uncached', '0') });
    cached = await startStack({ commerceUrl: commerce.url, batch: DEMO_BATCH, env: env('cached', String(1024 * 1024)) });
  }, 40_000);

  afterAll(async () => {
    await uncached?.close();
    await cached?.close();
    await commerce?.close();
    await server?.remove();
  }, 20_000);

  it('answers 503 with Retry-After (never 500) while the server is down, readiness follows, and recovers without a restart', async () => {
    const list = documentsUrl(uncached);
    const content = documentsUrl(uncached, 'current', `/${uncached.idOf('OC-100012')}/content`);
    const cachedList = documentsUrl(cached);
    expect((await ask(list, bearer(ANNA_TOKEN))).status).toBe(200);
    const primed = await getJson(cachedList, bearer(ANNA_TOKEN));
    expect(primed.status).toBe(200);
    expect((await ask(`${uncached.baseUrl}/health/ready`)).status).toBe(200);

    // Load while the server goes down: sessions in use get admin_shutdown (57P01), new ones are refused.
    const statuses: number[] = [];
    const missingRetryAfter: number[] = [];
    let loading = true;
    const load = Array.from({ length: 4 }, async () => {
      while (loading) {
        const answer = await ask(list, bearer(ANNA_TOKEN));
        statuses.push(answer.status);
        if (answer.status === 503 && answer.retryAfter === null) missingRetryAfter.push(answer.status);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.stop();

    try {
      const during = await ask(list, bearer(ANNA_TOKEN));
      expect(during.status).toBe(503);
      expect(during.retryAfter).toBe('5');
      expect(during.error?.type).toBe('ServiceUnavailableError');
      expect(during.error?.message).toBe('The document index is temporarily unavailable; please try again later');
      expectNoInternals(during.error?.message, server);

      const download = await ask(content, bearer(ANNA_TOKEN));
      expect(download.status).toBe(503);
      expect(download.retryAfter).toBe('5');

      const ready = await ask(`${uncached.baseUrl}/health/ready`);
      expect(ready.status).toBe(503);
      expect(ready.body.checks.store).toBe('DOWN');
      expect((await ask(`${uncached.baseUrl}/health/live`)).status).toBe(200);

      // The instance with the list cache still answers a list it holds, as it last read it.
      const stale = await getJson(cachedList, bearer(ANNA_TOKEN));
      expect(stale.status).toBe(200);
      expect(stale.body).toEqual(primed.body);
    } finally {
      await server.start();
    }

    await until('the list answers 200 again', async () => (await ask(list, bearer(ANNA_TOKEN))).status === 200, 15_000);
    loading = false;
    await Promise.all(load);
    expect((await ask(`${uncached.baseUrl}/health/ready`)).status).toBe(200);
    expect((await fetch(content, { headers: bearer(ANNA_TOKEN) })).status).toBe(200);

    expect(statuses.filter((s) => s !== 200 && s !== 503)).withContext('answers other than 200 and 503').toEqual([]);
    expect(statuses).toContain(503);
    expect(missingRetryAfter.length).withContext('503 answers without Retry-After').toBe(0);
  }, 45_000);
});

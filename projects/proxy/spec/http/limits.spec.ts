import { ANNA, ANNA_TOKEN, BEN_TOKEN, DEMO_BATCH, TOKENS } from '../support/fixtures';
import { bearer, documentsUrl, getJson } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

const ANNA_SECOND_TOKEN = 'anna-second-device-token-7Hq2';

describe('limits', () => {
  const suite = stackForSuite({
    tokens: { ...TOKENS, [ANNA_SECOND_TOKEN]: ANNA },
    batch: DEMO_BATCH,
    env: { RATE_LIMIT_MAX: '4', RATE_LIMIT_WINDOW_MS: '60000', MAX_QUERY_LENGTH: '200', BODY_LIMIT_BYTES: '1024' },
  });

  it('limits each user (not each token) and answers 429 with Retry-After and an OCC body', async () => {
    for (let i = 0; i < 2; i++) expect((await getJson(documentsUrl(suite.stack), bearer(ANNA_TOKEN))).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await getJson(documentsUrl(suite.stack), bearer(ANNA_SECOND_TOKEN))).status).toBe(200);

    const limited = await getJson(documentsUrl(suite.stack), bearer(ANNA_TOKEN));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.errors[0].type).toBe('TooManyRequestsError');
    expect((await getJson(documentsUrl(suite.stack), bearer(ANNA_SECOND_TOKEN))).status).toBe(429);

    // another shopper and the operations endpoints are not affected
    expect((await getJson(documentsUrl(suite.stack), bearer(BEN_TOKEN))).status).toBe(200);
    for (let i = 0; i < 6; i++) expect((await getJson(`${suite.stack.baseUrl}/health/live`)).status).toBe(200);
  });

  it('answers an over-long query string with 414 and an OCC body, before asking Commerce', async () => {
    const calls = suite.commerce.totalCalls();
    const { status, body } = await getJson(documentsUrl(suite.stack, 'current', `?q=${'x'.repeat(300)}`), bearer(BEN_TOKEN));
    expect(status).toBe(414);
    expect(body.errors[0].type).toBe('UriTooLongError');
    expect(suite.commerce.totalCalls()).toBe(calls);
  });

  it('answers an over-large body with 413 and an OCC body', async () => {
    const response = await fetch(documentsUrl(suite.stack, 'current', `/${suite.stack.idOf('INV-2026-200001')}`), {
      method: 'PATCH',
      headers: { ...bearer(BEN_TOKEN), 'Content-Type': 'application/json' },
      body: JSON.stringify({ read: true, padding: 'x'.repeat(2000) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { type: string }[] }).errors[0].type).toBe('PayloadTooLargeError');
  });
});

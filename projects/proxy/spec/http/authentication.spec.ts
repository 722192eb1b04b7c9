import { startFakeCommerce, unusedUrl } from '../support/fake-commerce';
import { ANNA, ANNA_TOKEN, BEN, BEN_TOKEN, DEMO_BATCH, TOKENS, UNKNOWN_TOKEN } from '../support/fixtures';
import { bearer, documentsUrl, getJson, startStack } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

describe('authentication and authorisation', () => {
  const suite = stackForSuite({ batch: DEMO_BATCH });

  beforeEach(() => suite.commerce.reset());

  const expectOccError = (body: any, type: string) => {
    expect(body.errors.length).toBe(1);
    expect(body.errors[0].type).toBe(type);
    expect(body.errors[0].message).toEqual(jasmine.any(String));
    expect(body.errors[0].message.length).toBeGreaterThan(10);
  };

  it('answers 401 without an Authorization header and does not ask Commerce', async () => {
    const { status, headers, body } = await getJson(documentsUrl(suite.stack));
    expect(status).toBe(401);
    expectOccError(body, 'UnauthorizedError');
    expect(headers.get('www-authenticate')).toContain('Bearer');
    expect(suite.commerce.totalCalls()).toBe(0);
  });

  it('answers 401 InvalidTokenError for an unknown or expired token', async () => {
    const { status, headers, body } = await getJson(documentsUrl(suite.stack), bearer(UNKNOWN_TOKEN));
    expect(status).toBe(401);
    expectOccError(body, 'InvalidTokenError');
    expect(headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(suite.commerce.callsFor(UNKNOWN_TOKEN)).toBe(1);
    expect(JSON.stringify(body)).not.toContain(UNKNOWN_TOKEN);
  });

  for (const header of ['Basic YW5uYTpzZWNyZXQ=', 'Bearer', `Bearer ${ANNA_TOKEN} extra`, `Bearer:${ANNA_TOKEN}`, 'Bearer to<k>en', 'Token abc']) {
    it(`answers 401 InvalidTokenError for the malformed header "${header}"`, async () => {
      const { status, body } = await getJson(documentsUrl(suite.stack), { Authorization: header });
      expect(status).toBe(401);
      expectOccError(body, 'InvalidTokenError');
      expect(suite.commerce.totalCalls()).toBe(0);
    });
  }

  it('accepts the lowercase "bearer" scheme that Spartacus sends', async () => {
    const { status, body } = await getJson(documentsUrl(suite.stack), { Authorization: `bearer ${ANNA_TOKEN}` });
    expect(status).toBe(200);
    expect(body.pagination.totalResults).toBe(8);
  });

  it("answers 403 AccessDeniedError for another user's {userId}", async () => {
    const { status, body } = await getJson(documentsUrl(suite.stack, BEN.uid), bearer(ANNA_TOKEN));
    expect(status).toBe(403);
    expectOccError(body, 'AccessDeniedError');
    expect(body.documents).toBeUndefined();

    const single = await getJson(documentsUrl(suite.stack, BEN.uid, `/${suite.stack.idOf('INV-2026-200001')}`), bearer(ANNA_TOKEN));
    expect(single.status).toBe(403);
    const content = await getJson(documentsUrl(suite.stack, 'anonymous', `/${suite.stack.idOf('INV-2026-200001')}/content`), bearer(ANNA_TOKEN));
    expect(content.status).toBe(403);
  });

  it('checks the token before the {userId} (401 wins over 403)', async () => {
    const { status } = await getJson(documentsUrl(suite.stack, BEN.uid), bearer(UNKNOWN_TOKEN));
    expect(status).toBe(401);
  });

  it('accepts the own uid as {userId} regardless of case', async () => {
    const { status, body } = await getJson(documentsUrl(suite.stack, ANNA.uid.toUpperCase()), bearer(ANNA_TOKEN));
    expect(status).toBe(200);
    expect(body.pagination.totalResults).toBe(8);
  });

  it('asks Commerce once per token within the cache TTL', async () => {
    for (let i = 0; i < 5; i++) {
      const { status } = await getJson(documentsUrl(suite.stack), bearer(BEN_TOKEN));
      expect(status).toBe(200);
    }
    const id = suite.stack.idOf('INV-2026-200001');
    expect((await getJson(documentsUrl(suite.stack, 'current', `/${id}`), bearer(BEN_TOKEN))).status).toBe(200);
    expect(suite.commerce.callsFor(BEN_TOKEN)).toBe(1);
  });

  it('shares one Commerce call between concurrent requests with the same token', async () => {
    const fresh = await startStack({ commerceUrl: suite.commerce.url, batch: [] });
    try {
      const answers = await Promise.all(
        Array.from({ length: 25 }, () => getJson(documentsUrl(fresh), bearer(ANNA_TOKEN))),
      );
      expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 25 }, () => 200));
      expect(suite.commerce.callsFor(ANNA_TOKEN)).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('does not cache rejected tokens', async () => {
    await getJson(documentsUrl(suite.stack), bearer(UNKNOWN_TOKEN));
    await getJson(documentsUrl(suite.stack), bearer(UNKNOWN_TOKEN));
    expect(suite.commerce.callsFor(UNKNOWN_TOKEN)).toBe(2);
  });
});

describe('token cache expiry', () => {
  const suite = stackForSuite({ batch: [], env: { TOKEN_CACHE_TTL_MS: '150' } });

  it('asks Commerce again after the TTL', async () => {
    await getJson(documentsUrl(suite.stack), bearer(ANNA_TOKEN));
    await getJson(documentsUrl(suite.stack), bearer(ANNA_TOKEN));
    expect(suite.commerce.callsFor(ANNA_TOKEN)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await getJson(documentsUrl(suite.stack), bearer(ANNA_TOKEN));
    expect(suite.commerce.callsFor(ANNA_TOKEN)).toBe(2);
  });
});

describe('when Commerce is down', () => {
  it('answers 503 with an OCC error body when Commerce is unreachable', async () => {
    const stack = await startStack({ commerceUrl: await unusedUrl(), batch: [] });
    try {
      const { status, headers, body } = await getJson(documentsUrl(stack), bearer(ANNA_TOKEN));
      expect(status).toBe(503);
      expect(body.errors[0].type).toBe('ServiceUnavailableError');
      expect(body.errors[0].message).toContain('not reachable');
      expect(headers.get('retry-after')).toBe('5');
    } finally {
      await stack.close();
    }
  });

  it('answers 503 when Commerce does not answer within COMMERCE_TIMEOUT_MS', async () => {
    const slow = await startFakeCommerce(TOKENS);
    slow.setDelay(1000);
    const stack = await startStack({ commerceUrl: slow.url, batch: [], env: { COMMERCE_TIMEOUT_MS: '100' } });
    try {
      const started = Date.now();
      const { status, body } = await getJson(documentsUrl(stack), bearer(ANNA_TOKEN));
      expect(status).toBe(503);
      expect(body.errors[0].message).toContain('did not answer within 100 ms');
      expect(Date.now() - started).toBeLessThan(900);
    } finally {
      await stack.close();
      await slow.close();
    }
  });
});

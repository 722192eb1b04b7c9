import { verifyChain } from '../../src/documents/audit/audit-chain';
import { sign, stringToSign } from '../../src/integration/machine-auth';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { ANNA_TOKEN, DEMO_BATCH, TOKENS } from '../support/fixtures';
import { bearer, documentsUrl, getJson, startStack, type Stack } from '../support/stack';

const CLIENT_ID = 'auditor';
const CLIENT_SECRET = 'auditor-secret-0123456789';
const BASIC = { Authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}` };

describe('GET /integration/v1/audit', () => {
  let commerce: FakeCommerce;
  let stack: Stack;

  beforeEach(async () => {
    commerce = await startFakeCommerce(TOKENS);
    stack = await startStack({
      commerceUrl: commerce.url,
      batch: DEMO_BATCH,
      env: { INTEGRATION_CLIENT_ID: CLIENT_ID, INTEGRATION_CLIENT_SECRET: CLIENT_SECRET },
    });
  });

  afterEach(async () => {
    await stack.close();
    await commerce.close();
  });

  it('exports ingest, view and download events as a verifiable chain; list requests are not events', async () => {
    const id = stack.idOf('INV-2026-100012');
    await getJson(documentsUrl(stack), bearer(ANNA_TOKEN));
    await getJson(documentsUrl(stack, 'current', `/${id}`), bearer(ANNA_TOKEN));
    await (await fetch(documentsUrl(stack, 'current', `/${id}/content`), { headers: bearer(ANNA_TOKEN) })).arrayBuffer();
    await getJson(documentsUrl(stack, 'current', '/unknown-id'), bearer(ANNA_TOKEN));

    const { status, body } = await getJson(`${stack.baseUrl}/integration/v1/audit`, BASIC);
    expect(status).toBe(200);
    expect(body.events.length).toBe(DEMO_BATCH.length + 2);
    expect(body.events.slice(-2).map((e: { action: string }) => e.action)).toEqual(['VIEW', 'DOWNLOAD']);
    expect(body.events[body.events.length - 1]).toEqual(
      jasmine.objectContaining({ actor: 'shopper:anna.schmidt@example.com', documentId: id, requestId: jasmine.any(String) }),
    );
    expect(body.head).toEqual({ seq: body.events.length, hash: body.events[body.events.length - 1].hash });
    expect(verifyChain(body.events, { head: body.head })).toEqual([]);

    const page = await getJson(`${stack.baseUrl}/integration/v1/audit?limit=5&afterSeq=2`, BASIC);
    expect(page.body.events.map((e: { seq: number }) => e.seq)).toEqual([3, 4, 5, 6, 7]);
    expect(page.body.nextAfterSeq).toBe(7);
    const future = await getJson(`${stack.baseUrl}/integration/v1/audit?from=2999-01-01`, BASIC);
    expect(future.body.events).toEqual([]);
    expect((await getJson(`${stack.baseUrl}/integration/v1/audit?from=yesterday`, BASIC)).status).toBe(400);
  });

  it('needs machine credentials (Basic or a signed GET)', async () => {
    expect((await getJson(`${stack.baseUrl}/integration/v1/audit`, bearer(ANNA_TOKEN))).status).toBe(401);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const path = '/integration/v1/audit?from=2020-01-01';
    const signature = sign(CLIENT_SECRET, stringToSign('GET', path, timestamp, ''));
    const auth = (sig: string) => ({ Authorization: `EXD-HMAC-SHA256 clientId=${CLIENT_ID}, timestamp=${timestamp}, signature=${sig}` });
    expect((await getJson(`${stack.baseUrl}${path}`, auth(signature))).status).toBe(200);
    expect((await getJson(`${stack.baseUrl}/integration/v1/audit?from=2021-01-01`, auth(signature))).status).toBe(401);
  });
});

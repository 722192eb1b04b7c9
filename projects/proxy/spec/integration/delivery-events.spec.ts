import { sign, sha256Hex, stringToSign } from '../../src/integration/machine-auth';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { ANNA, ANNA_TOKEN, BEN_TOKEN, DEMO_BATCH, TOKENS } from '../support/fixtures';
import { bearer, documentsUrl, getJson, startStack, type Stack } from '../support/stack';

const CLIENT_ID = 'delivery-reporter';
const CLIENT_SECRET = 'delivery-reporter-secret-0123456789';
const PATH = '/integration/v1/delivery-events';
const BASIC = { Authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}` };

function hmac(body: string, timestamp = String(Math.floor(Date.now() / 1000)), path = PATH): Record<string, string> {
  const signature = sign(CLIENT_SECRET, stringToSign('POST', path, timestamp, sha256Hex(body)));
  return { Authorization: `EXD-HMAC-SHA256 clientId=${CLIENT_ID}, timestamp=${timestamp}, signature=${signature}` };
}

describe('POST /integration/v1/delivery-events', () => {
  let commerce: FakeCommerce;
  let stack: Stack;
  let invoiceId: string;

  beforeEach(async () => {
    commerce = await startFakeCommerce(TOKENS);
    stack = await startStack({
      commerceUrl: commerce.url,
      batch: DEMO_BATCH,
      env: { INTEGRATION_CLIENT_ID: CLIENT_ID, INTEGRATION_CLIENT_SECRET: CLIENT_SECRET },
    });
    invoiceId = stack.idOf('INV-2026-100012');
  });

  afterEach(async () => {
    await stack.close();
    await commerce.close();
  });

  const event = (overrides: Record<string, unknown> = {}) => ({
    eventId: 'evt-0001',
    documentId: invoiceId,
    channel: 'EMAIL',
    status: 'BOUNCED',
    occurredAt: '2026-11-02T10:00:00Z',
    detail: '550 mailbox unavailable',
    ...overrides,
  });

  const post = async (body: unknown, headers: Record<string, string> = BASIC) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const response = await fetch(`${stack.baseUrl}${PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: text });
    const answer = await response.text();
    return { status: response.status, body: answer ? JSON.parse(answer) : undefined };
  };

  const statusOf = async (token = ANNA_TOKEN, id = invoiceId) => (await getJson(documentsUrl(stack, 'current', `/${id}`), bearer(token))).body.deliveryStatus;
  const deliveryAudit = async () => (await stack.stores.store.listAudit({ limit: 100 })).filter((e) => e.action === 'DELIVERY');

  it('records an HMAC-signed event (201), shows it as the document status and audits it', async () => {
    const body = JSON.stringify(event());
    const answer = await post(body, hmac(body));
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ eventId: 'evt-0001', documentId: invoiceId, recorded: true });
    expect(await statusOf()).toEqual({ status: 'BOUNCED', channel: 'EMAIL', occurredAt: '2026-11-02T10:00:00.000Z' });
    const list = await getJson(documentsUrl(stack, 'current', '?type=INVOICE&pageSize=100'), bearer(ANNA_TOKEN));
    expect(list.body.documents.find((d: { id: string }) => d.id === invoiceId).deliveryStatus.status).toBe('BOUNCED');
    const [audit] = await deliveryAudit();
    expect(audit).toEqual(jasmine.objectContaining({ actor: `client:${CLIENT_ID}`, documentId: invoiceId, ownerUid: ANNA.uid }));
  });

  it('is idempotent by eventId: the same body again is 200 recorded:false, another body 409; nothing changes', async () => {
    expect((await post(event())).status).toBe(201);
    const again = await post(event());
    expect(again.status).toBe(200);
    expect(again.body.recorded).toBeFalse();
    // the same instant written differently is the same event
    expect((await post(event({ occurredAt: '2026-11-02T11:00:00.000+01:00' }))).status).toBe(200);
    const conflict = await post(event({ status: 'DELIVERED', occurredAt: '2026-11-03T10:00:00Z' }));
    expect(conflict.status).toBe(409);
    expect(conflict.body.errors[0].type).toBe('ConflictError');
    expect((await statusOf()).status).toBe('BOUNCED');
    expect((await deliveryAudit()).length).toBe(1);
  });

  it('keeps the latest event by occurredAt, whatever order they arrive in', async () => {
    expect((await post(event({ eventId: 'e-mailed', channel: 'POST', status: 'MAILED', occurredAt: '2026-11-05T09:00:00Z' }))).status).toBe(201);
    expect((await post(event({ eventId: 'e-sent', status: 'SENT', occurredAt: '2026-11-01T09:00:00Z' }))).status).toBe(201);
    expect((await post(event({ eventId: 'e-printed', channel: 'POST', status: 'PRINTED', occurredAt: '2026-11-04T09:00:00Z' }))).status).toBe(201);
    expect(await statusOf()).toEqual({ status: 'MAILED', channel: 'POST', occurredAt: '2026-11-05T09:00:00.000Z' });
    expect((await post(event({ eventId: 'e-delivered', channel: 'EMAIL', status: 'DELIVERED', occurredAt: '2026-11-06T09:00:00+02:00' }))).status).toBe(201);
    expect(await statusOf()).toEqual({ status: 'DELIVERED', channel: 'EMAIL', occurredAt: '2026-11-06T07:00:00.000Z' });
    expect((await deliveryAudit()).length).toBe(4);
  });

  it('answers 404 for an unknown document and records nothing', async () => {
    const answer = await post(event({ documentId: '00000000-0000-4000-8000-000000000000' }));
    expect(answer.status).toBe(404);
    expect(answer.body.errors[0].type).toBe('UnknownIdentifierError');
    expect(await deliveryAudit()).toEqual([]);
    // the event id was not used up
    expect((await post(event())).status).toBe(201);
  });

  it('refuses a bad or missing signature, a stale timestamp, wrong credentials and shopper tokens (401), recording nothing', async () => {
    const body = JSON.stringify(event());
    const tampered = JSON.stringify(event({ documentId: stack.idOf('INV-2026-200001') }));
    expect((await post(tampered, hmac(body))).status).toBe(401);
    expect((await post(body, hmac(body, undefined, '/integration/v1/documents'))).status).toBe(401);
    expect((await post(body, hmac(body, String(Math.floor(Date.now() / 1000) - 3600)))).status).toBe(401);
    expect((await post(body, { Authorization: `EXD-HMAC-SHA256 clientId=${CLIENT_ID}, timestamp=${Math.floor(Date.now() / 1000)}` })).status).toBe(401);
    expect((await post(body, { Authorization: `Basic ${Buffer.from(`${CLIENT_ID}:wrong-secret-0000000`).toString('base64')}` })).status).toBe(401);
    expect((await post(body, bearer(BEN_TOKEN))).status).toBe(401);
    expect((await post(body, {})).status).toBe(401);
    expect(await statusOf()).toBeUndefined();
    expect(await deliveryAudit()).toEqual([]);
  });

  it('rejects a bad body with 400 and records nothing', async () => {
    const bad: unknown[] = [
      event({ status: 'LOST' }),
      event({ channel: 'FAX' }),
      event({ occurredAt: 'yesterday' }),
      event({ occurredAt: '2026-11-02T10:00:00' }),
      event({ occurredAt: new Date(Date.now() + 3 * 86_400_000).toISOString() }),
      event({ eventId: 'x'.repeat(101) }),
      event({ eventId: '' }),
      event({ detail: 'd'.repeat(501) }),
      event({ extra: true }),
      { ...event(), documentId: undefined },
      '{not json',
      '[]',
    ];
    for (const body of bad) {
      const answer = await post(body);
      expect(answer.status).withContext(JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(answer.body.errors[0].type).toBe('ValidationError');
    }
    expect(await statusOf()).toBeUndefined();
    expect(await deliveryAudit()).toEqual([]);
  });
});

import { sign, sha256Hex, stringToSign } from '../../src/integration/machine-auth';
import { B2B_BATCH, B2B_TOKENS, tokenOf, UNITS, WILLIAM } from '../support/b2b-fixtures';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { sharedStorage, type SharedStorage } from '../support/postgres';
import { bearer, getJson, SITE, startStack, type Stack } from '../support/stack';

const CLIENT_ID = 'erp-payments';
const CLIENT_SECRET = 'erp-payments-secret-0123456789abcdef';
const PATH = '/integration/v1/payment-events';
const BASIC = { Authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}` };

function hmac(body: string, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
  const signature = sign(CLIENT_SECRET, stringToSign('POST', PATH, timestamp, sha256Hex(body)));
  return { Authorization: `EXD-HMAC-SHA256 clientId=${CLIENT_ID}, timestamp=${timestamp}, signature=${signature}` };
}

function paymentEventSpecs(store: 'SQLite' | 'PostgreSQL') {
  describe(`POST /integration/v1/payment-events (${store})`, () => {
    let commerce: FakeCommerce;
    let stack: Stack;
    let storage: SharedStorage | undefined;
    let invoiceId: string;

    beforeEach(async () => {
      storage = store === 'PostgreSQL' ? await sharedStorage('payment-events') : undefined;
      commerce = await startFakeCommerce(B2B_TOKENS);
      stack = await startStack({
        commerceUrl: commerce.url,
        batch: B2B_BATCH,
        env: { INTEGRATION_CLIENT_ID: CLIENT_ID, INTEGRATION_CLIENT_SECRET: CLIENT_SECRET, ...storage?.env },
        ...(storage ? { dataDir: storage.dataDir } : {}),
      });
      invoiceId = stack.idOf('INV-CR-11');
    });

    afterEach(async () => {
      await stack.close();
      await commerce.close();
      await storage?.remove();
    });

    const event = (overrides: Record<string, unknown> = {}) => ({
      eventId: 'pay-0001',
      documentId: invoiceId,
      paymentStatus: 'PAID',
      openAmount: '0',
      occurredAt: '2026-11-25T10:00:00Z',
      ...overrides,
    });
    const post = async (body: unknown, headers: Record<string, string> = BASIC) => {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      const response = await fetch(`${stack.baseUrl}${PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: text });
      const answer = await response.text();
      return { status: response.status, body: answer ? JSON.parse(answer) : undefined };
    };
    const unitUrl = (suffix: string) => `${stack.baseUrl}/occ/v2/${SITE}/users/current/orgUnits/${encodeURIComponent(UNITS.custom.id)}${suffix}`;
    const billingOf = async (id = invoiceId) => (await getJson(unitUrl(`/documents/${id}`), bearer(tokenOf(WILLIAM)))).body.billing;
    const paymentAudit = async () => (await stack.stores.store.listAudit({ limit: 1000 })).filter((e) => e.action === 'PAYMENT');

    it('records an HMAC-signed payment (201): the invoice is paid, no longer overdue nor in the balance, and audited', async () => {
      expect((await billingOf()).paymentStatus).toBe('OVERDUE');
      const body = JSON.stringify(event());
      const answer = await post(body, hmac(body));
      expect(answer.status).toBe(201);
      expect(answer.body).toEqual({ eventId: 'pay-0001', documentId: invoiceId, recorded: true, applied: true });
      expect(await billingOf()).toEqual(jasmine.objectContaining({ amount: 500, openAmount: 0, paymentStatus: 'PAID' }));
      expect((await billingOf()).daysOverdue).toBeUndefined();
      const summary = await getJson(unitUrl('/accountSummary?curr=USD'), bearer(tokenOf(WILLIAM)));
      expect(summary.body.amountBalance.dueBalances[0].amount).toBe('$0.00');
      const audit = await paymentAudit();
      expect(audit.length).toBe(1);
      expect(audit[0]).toEqual(jasmine.objectContaining({ actor: `client:${CLIENT_ID}`, documentId: invoiceId, ownerUid: 'unit:custom retail' }));
    });

    it('answers a replay with 200 recorded:false and changes nothing; the same id with another body 409', async () => {
      expect((await post(event())).status).toBe(201);
      const replay = await post({ ...event(), openAmount: '0.00' });
      expect(replay.status).toBe(200);
      expect(replay.body.recorded).toBeFalse();
      const conflict = await post(event({ paymentStatus: 'PARTIALLY_PAID', openAmount: '100.00' }));
      expect(conflict.status).toBe(409);
      expect(conflict.body.errors[0].type).toBe('ConflictError');
      expect((await billingOf()).paymentStatus).toBe('PAID');
      expect((await paymentAudit()).length).toBe(1);
    });

    it('keeps the latest state when events arrive out of order (the older one is recorded, not applied)', async () => {
      expect((await post(event({ eventId: 'pay-late', occurredAt: '2026-11-26T09:00:00Z' }))).status).toBe(201);
      const older = await post(event({ eventId: 'pay-early', paymentStatus: 'PARTIALLY_PAID', openAmount: '150.00', occurredAt: '2026-11-24T09:00:00Z' }));
      expect(older.status).toBe(201);
      expect(older.body).toEqual(jasmine.objectContaining({ recorded: true, applied: false }));
      expect(await billingOf()).toEqual(jasmine.objectContaining({ openAmount: 0, paymentStatus: 'PAID' }));
      expect((await paymentAudit()).length).toBe(2);
    });

    it('refuses missing or wrong credentials with 401 and records nothing', async () => {
      const body = JSON.stringify(event());
      const wrongSecret = { Authorization: `Basic ${Buffer.from(`${CLIENT_ID}:wrong`).toString('base64')}` };
      const badSignature = hmac(JSON.stringify(event({ openAmount: '1.00' })));
      for (const headers of [{}, wrongSecret, badSignature, bearer(tokenOf(WILLIAM))]) {
        const answer = await post(body, headers);
        expect(answer.status).withContext(JSON.stringify(Object.keys(headers))).toBe(401);
      }
      expect((await billingOf()).paymentStatus).toBe('OVERDUE');
      expect((await paymentAudit()).length).toBe(0);
    });

    it('answers amounts that do not fit the document with a 400 naming the field, and changes nothing', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ openAmount: '600.00', paymentStatus: 'OPEN' }, 'openAmount'],
        [{ openAmount: '10.00', paymentStatus: 'PAID' }, 'openAmount'],
        [{ openAmount: '500.00', paymentStatus: 'PARTIALLY_PAID' }, 'openAmount'],
        [{ openAmount: '1.005' }, 'openAmount'],
        [{ openAmount: '-5' }, 'openAmount'],
        [{ paymentStatus: 'OVERDUE' }, 'paymentStatus'],
        [{ occurredAt: '25.11.2026' }, 'occurredAt'],
        [{ occurredAt: '2099-01-01T00:00:00Z' }, 'occurredAt'],
        [{ unknownField: 1 }, 'unknownField'],
      ];
      for (const [overrides, subject] of cases) {
        const answer = await post(event({ eventId: `bad-${subject}-${JSON.stringify(overrides)}`, ...overrides }));
        expect(answer.status).withContext(JSON.stringify(overrides)).toBe(400);
        expect(answer.body.errors[0].type).withContext(JSON.stringify(overrides)).toBe('ValidationError');
      }
      const noBilling = await post(event({ eventId: 'pay-statement', documentId: stack.idOf('ST-CR-2026-10') }));
      expect(noBilling.status).toBe(400);
      expect(noBilling.body.errors[0].subject).toBe('documentId');
      expect((await billingOf()).paymentStatus).toBe('OVERDUE');
      expect((await paymentAudit()).length).toBe(0);
    });

    it('answers an unknown document with 404', async () => {
      const answer = await post(event({ documentId: 'ffffffff-0000-4000-8000-000000000000' }));
      expect(answer.status).toBe(404);
      expect((await paymentAudit()).length).toBe(0);
    });
  });
}

paymentEventSpecs('SQLite');
paymentEventSpecs('PostgreSQL');

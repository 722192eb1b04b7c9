import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { ANNA, ANNA_TOKEN, BEN_TOKEN, TOKENS } from '../support/fixtures';
import { bearer, getJson, SITE, startStack, type Stack } from '../support/stack';

const CATEGORIES = ['ORDER_UPDATES', 'BILLING', 'PRODUCT_DOCUMENTS', 'CUSTOMER_SERVICE', 'OFFERS'];

describe('communication preferences (GET/PUT users/{userId}/communicationPreferences, history)', () => {
  let commerce: FakeCommerce;
  let stack: Stack;

  beforeEach(async () => {
    commerce = await startFakeCommerce(TOKENS);
    stack = await startStack({ commerceUrl: commerce.url, env: { PREFERENCE_LANGUAGES: 'en,de,fr', PREFERENCE_DEFAULT_LANGUAGE: 'de' } });
  });

  afterEach(async () => {
    await stack.close();
    await commerce.close();
  });

  const url = (userId = 'current', suffix = '') =>
    `${stack.baseUrl}/occ/v2/${SITE}/users/${encodeURIComponent(userId)}/communicationPreferences${suffix}`;

  const put = async (body: unknown, token = ANNA_TOKEN, userId = 'current') => {
    const response = await fetch(url(userId), {
      method: 'PUT',
      headers: { ...bearer(token), 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
  };

  const item = (category: string, overrides: Record<string, unknown> = {}) => ({
    category,
    channel: 'EMAIL',
    paperless: false,
    format: 'PDF',
    language: 'de',
    ...overrides,
  });

  it('answers every category with defaults, the options and no updatedAt when never saved', async () => {
    const answer = await getJson(url(), bearer(ANNA_TOKEN));
    expect(answer.status).toBe(200);
    expect(answer.body.preferences.map((p: { category: string }) => p.category)).toEqual(CATEGORIES);
    expect(answer.body.preferences[1]).toEqual({
      category: 'BILLING',
      documentTypes: ['INVOICE', 'CREDIT_NOTE', 'STATEMENT', 'PAYMENT_REMINDER'],
      channel: 'EMAIL',
      paperless: false,
      format: 'PDF',
      language: 'de',
    });
    expect(answer.body.options).toEqual({ channels: ['EMAIL', 'POST', 'ACCOUNT_ONLY'], formats: ['PDF', 'HTML'], languages: ['en', 'de', 'fr'] });
    expect(answer.body.updatedAt).toBeUndefined();
    expect(answer.body.updatedBy).toBeUndefined();
  });

  it('replaces the listed categories only, writes one history row per changed field, newest first', async () => {
    const first = await put({ preferences: [item('BILLING', { channel: 'ACCOUNT_ONLY', paperless: true })] });
    expect(first.status).toBe(200);
    const billing = first.body.preferences.find((p: { category: string }) => p.category === 'BILLING');
    expect(billing).toEqual(jasmine.objectContaining({ channel: 'ACCOUNT_ONLY', paperless: true, format: 'PDF', language: 'de' }));
    expect(first.body.preferences.find((p: { category: string }) => p.category === 'OFFERS').channel).toBe('EMAIL');
    expect(first.body.updatedBy).toBe(ANNA.uid);
    expect(Date.parse(first.body.updatedAt)).toBeGreaterThan(Date.now() - 60_000);

    const second = await put({ preferences: [item('OFFERS', { channel: 'POST', format: 'HTML' })] });
    expect(second.body.preferences.find((p: { category: string }) => p.category === 'BILLING').channel).toBe('ACCOUNT_ONLY');

    const reloaded = await getJson(url(), bearer(ANNA_TOKEN));
    expect(reloaded.body).toEqual(second.body);

    const history = await getJson(url('current', '/history'), bearer(ANNA_TOKEN));
    expect(history.status).toBe(200);
    const rows = history.body.changes.map((c: any) => `${c.category}.${c.field}:${c.from}->${c.to}`);
    expect(rows).toEqual(
      jasmine.arrayWithExactContents(['OFFERS.channel:EMAIL->POST', 'OFFERS.format:PDF->HTML', 'BILLING.channel:EMAIL->ACCOUNT_ONLY', 'BILLING.paperless:false->true']),
    );
    expect(rows.slice(0, 2).every((r: string) => r.startsWith('OFFERS'))).toBeTrue();
    expect(history.body.changes[0].changedBy).toBe(ANNA.uid);
    expect(history.body.pagination).toEqual({ currentPage: 0, pageSize: 20, totalPages: 1, totalResults: 4 });

    const page = await getJson(url('current', '/history?currentPage=1&pageSize=3'), bearer(ANNA_TOKEN));
    expect(page.body.changes.length).toBe(1);
    expect(page.body.pagination).toEqual({ currentPage: 1, pageSize: 3, totalPages: 2, totalResults: 4 });
  });

  it('writes no history when nothing changes', async () => {
    await put({ preferences: [item('BILLING', { channel: 'POST' })] });
    const again = await put({ preferences: [item('BILLING', { channel: 'POST' }), item('OFFERS')] });
    expect(again.status).toBe(200);
    const history = await getJson(url('current', '/history'), bearer(ANNA_TOKEN));
    expect(history.body.pagination.totalResults).toBe(1);
  });

  it('rejects bad input with one error per problem, each naming its field, and changes nothing', async () => {
    const answer = await put({
      preferences: [
        item('BILLING', { channel: 'FAX' }),
        item('OFFERS', { paperless: true, channel: 'POST' }),
        item('NEWSLETTER'),
        item('BILLING', { format: 'DOCX', language: 'xx', paperless: 'yes' }),
        { category: 'ORDER_UPDATES', channel: 'EMAIL', format: 'PDF', language: 'en', colour: 'red' },
      ],
    });
    expect(answer.status).toBe(400);
    const subjects = answer.body.errors.map((e: { subject: string }) => e.subject);
    expect(subjects).toEqual(
      jasmine.arrayWithExactContents([
        'preferences[0].channel',
        'preferences[1].paperless',
        'preferences[2].category',
        'preferences[3].category',
        'preferences[3].format',
        'preferences[3].language',
        'preferences[3].paperless',
        'preferences[4].colour',
        'preferences[4].paperless',
      ]),
    );
    for (const error of answer.body.errors) {
      expect(error.type).toBe('ValidationError');
      expect(error.message).toContain(error.subject.split('.')[0]);
    }
    expect(answer.body.errors.find((e: any) => e.subject === 'preferences[4].paperless').reason).toBe('missing');

    for (const body of ['{}', '{"preferences":"x"}', 'not json', '{"preferences":[],"extra":1}']) {
      expect((await put(body)).status).withContext(body).toBe(400);
    }
    const unchanged = await getJson(url(), bearer(ANNA_TOKEN));
    expect(unchanged.body.updatedAt).toBeUndefined();
    expect((await getJson(url('current', '/history'), bearer(ANNA_TOKEN))).body.changes).toEqual([]);
  });

  it("keeps shoppers apart: another uid is 403, own uid works, no token is 401", async () => {
    expect((await put({ preferences: [item('BILLING', { channel: 'POST' })] }, BEN_TOKEN, ANNA.uid)).status).toBe(403);
    expect((await getJson(url(ANNA.uid), bearer(BEN_TOKEN))).status).toBe(403);
    expect((await getJson(url(ANNA.uid, '/history'), bearer(BEN_TOKEN))).status).toBe(403);
    expect((await put({ preferences: [item('BILLING', { channel: 'POST' })] }, ANNA_TOKEN, ANNA.uid.toUpperCase())).status).toBe(200);
    expect((await getJson(url(), bearer(BEN_TOKEN))).body.updatedAt).toBeUndefined();
    expect((await getJson(url())).status).toBe(401);
  });

  it('rejects a bad history page', async () => {
    expect((await getJson(url('current', '/history?pageSize=0'), bearer(ANNA_TOKEN))).status).toBe(400);
    expect((await getJson(url('current', '/history?currentPage=-1'), bearer(ANNA_TOKEN))).status).toBe(400);
  });
});

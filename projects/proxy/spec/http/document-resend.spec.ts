import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { startFakeExstream, type FakeExstream } from '../support/fake-exstream';
import { ANNA, ANNA_TOKEN, BEN_TOKEN, DEMO_BATCH, TOKENS } from '../support/fixtures';
import { bearer, documentsUrl, startStack, type Stack } from '../support/stack';

/** POST users/{userId}/documents/{documentId}/resend: Exstream sends the document again. */
describe('sending a document again through Exstream', () => {
  let commerce: FakeCommerce;
  let exstream: FakeExstream;
  let stack: Stack | undefined;

  beforeEach(async () => {
    commerce = await startFakeCommerce(TOKENS);
    exstream = await startFakeExstream();
  });

  afterEach(async () => {
    await stack?.close();
    stack = undefined;
    await exstream.close();
    await commerce.close();
  });

  /** `null`: a proxy without Exstream */
  const start = async (env: Record<string, string> | null = {}) => {
    stack = await startStack({ commerceUrl: commerce.url, batch: DEMO_BATCH, env: env === null ? {} : exstream.env(env) });
    return stack;
  };

  const resend = async (s: Stack, token: string, number: string, body?: unknown) => {
    const response = await fetch(documentsUrl(s, 'current', `/${s.idOf(number)}/resend`), {
      method: 'POST',
      headers: { ...bearer(token), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
  };
  const resendEvents = async (s: Stack) => (await s.stores.store.listAudit({ limit: 200 })).filter((e) => e.action === 'RESEND');

  it("runs the delivery communication with the document, its customer and the channel, answers 202 and audits it", async () => {
    const s = await start();
    const answer = await resend(s, ANNA_TOKEN, 'INV-2026-100012');
    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({ documentId: s.idOf('INV-2026-100012'), channel: 'EMAIL', requestedAt: jasmine.any(String) });

    expect(exstream.calls.length).toBe(1);
    const call = exstream.calls[0];
    expect(call.headers['communicationid']).toBe('DocumentResend');
    expect(call.headers['driverdatasource']).toBe('resend');
    expect(call.headers['accept']).toBe('*/*');
    const driver = call.body as any;
    expect(driver.resend).toEqual({ channel: 'EMAIL', requestedAt: answer.body.requestedAt, requestedBy: 'CUSTOMER' });
    expect(driver.document).toEqual(jasmine.objectContaining({ id: s.idOf('INV-2026-100012'), number: 'INV-2026-100012', type: 'INVOICE', sha256: jasmine.stringMatching(/^[0-9a-f]{64}$/) }));
    expect(driver.customer).toEqual({ uid: ANNA.uid, name: ANNA.name });

    const events = await resendEvents(s);
    expect(events.map((e) => [e.actor, e.ownerUid, e.documentId, e.communicationId])).toEqual([
      [`shopper:${ANNA.uid}`, ANNA.uid, s.idOf('INV-2026-100012'), 'DocumentResend'],
    ]);
  });

  it('takes the channel POST, refuses other channels and other fields with 400, without calling Exstream', async () => {
    const s = await start({ EXSTREAM_RESEND_COMMUNICATION_ID: 'ResendByPost' });
    const byPost = await resend(s, ANNA_TOKEN, 'ST-2026-10', { channel: 'POST' });
    expect(byPost.status).toBe(202);
    expect(byPost.body.channel).toBe('POST');
    expect(exstream.calls[0].headers['communicationid']).toBe('ResendByPost');
    for (const body of [{ channel: 'FAX' }, { channel: 'EMAIL', to: 'someone@else.example' }]) {
      const refused = await resend(s, ANNA_TOKEN, 'ST-2026-10', body);
      expect(refused.status).withContext(JSON.stringify(body)).toBe(400);
      expect(refused.body.errors[0].type).toBe('ValidationError');
    }
    expect(exstream.calls.length).toBe(1);
  });

  it("answers 404 for another shopper's document, exactly as for an unknown one, and sends nothing", async () => {
    const s = await start();
    const foreign = await resend(s, BEN_TOKEN, 'INV-2026-100012');
    expect(foreign.status).toBe(404);
    expect(foreign.body.errors[0].type).toBe('UnknownIdentifierError');
    expect(exstream.calls.length).toBe(0);
    expect(await resendEvents(s)).toEqual([]);
  });

  it('answers 503 with Retry-After when Exstream keeps failing, and records nothing', async () => {
    const s = await start({ EXSTREAM_RETRIES: '1' });
    exstream.script({ kind: 'status-error', status: 503, message: 'engine busy' }, { kind: 'status-error', status: 503, message: 'engine busy' });
    const answer = await resend(s, ANNA_TOKEN, 'INV-2026-100012');
    expect(answer.status).toBe(503);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(answer.body.errors[0].message).toContain('engine busy');
    expect(exstream.calls.length).toBe(2);
    expect(await resendEvents(s)).toEqual([]);
  });

  it('answers 502 when Exstream refuses the delivery (e.g. the communication is not published)', async () => {
    const s = await start();
    exstream.script({ kind: 'status-error', status: 404, message: "Communication 'DocumentResend' is not published" });
    const answer = await resend(s, ANNA_TOKEN, 'INV-2026-100012');
    expect(answer.status).toBe(502);
    expect(answer.body.errors[0].message).toContain('is not published');
    expect(await resendEvents(s)).toEqual([]);
  });

  it('answers 503 "not configured" on a proxy without Exstream', async () => {
    const s = await start(null);
    const answer = await resend(s, ANNA_TOKEN, 'INV-2026-100012');
    expect(answer.status).toBe(503);
    expect(answer.body.errors[0].message).toContain('not configured');
  });
});

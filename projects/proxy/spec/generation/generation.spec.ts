import { createHash } from 'node:crypto';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { startFakeExstream, type FakeExstream } from '../support/fake-exstream';
import { ANNA, ANNA_ORDER, ANNA_TOKEN, BEN_TOKEN, ORDERS, TOKENS } from '../support/fixtures';
import { bearer, documentsUrl, getJson, startStack, type Stack } from '../support/stack';
import { generate, orderDocumentsUrl } from './helpers';

describe('On-demand generation through Exstream', () => {
  let commerce: FakeCommerce;
  let exstream: FakeExstream;
  let stack: Stack | undefined;

  beforeEach(async () => {
    commerce = await startFakeCommerce(TOKENS, ORDERS);
    exstream = await startFakeExstream();
  });

  afterEach(async () => {
    await stack?.close();
    stack = undefined;
    await exstream.close();
    await commerce.close();
  });

  const start = async (env: Record<string, string> = {}, batch = false) => {
    stack = await startStack({
      commerceUrl: commerce.url,
      env: exstream.env(env),
      batch: batch
        ? [{ file: 'a/INV.pdf', ownerUid: ANNA.uid, type: 'INVOICE', title: 'Invoice 300001', number: 'INV-X', orderCode: '300001', createdAt: '2026-10-02T00:00:00Z' }]
        : undefined,
    });
    return stack;
  };

  it('lists the order documents and what can still be generated', async () => {
    const s = await start({}, true);
    const { status, body } = await getJson(orderDocumentsUrl(s, '300001'), bearer(ANNA_TOKEN));
    expect(status).toBe(200);
    expect(body.documents.map((d: { number: string }) => d.number)).toEqual(['INV-X']);
    expect(body.generatable).toEqual([
      { type: 'ORDER_CONFIRMATION' },
      { type: 'SHIPMENT_NOTICE', consignmentCode: 'cons300001_0' },
      { type: 'SHIPMENT_NOTICE', consignmentCode: 'cons300001_1' },
      { type: 'WARRANTY', entryNumber: 0 },
      { type: 'WARRANTY', entryNumber: 1 },
      { type: 'WARRANTY', entryNumber: 2 },
    ]);
    // an existing (ingested) invoice is returned as it is, without calling Exstream
    const invoice = await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' });
    expect(invoice.status).toBe(200);
    expect(invoice.body.number).toBe('INV-X');
    expect(exstream.calls.length).toBe(0);
  });

  it('generates a warranty as raw PDF, stores it, audits it and answers the same document again', async () => {
    const s = await start();
    const first = await generate(s, ANNA_TOKEN, '300001', { type: 'WARRANTY', entryNumber: 1 });
    expect(first.status).toBe(201);
    expect(first.body).toEqual(
      jasmine.objectContaining({ type: 'WARRANTY', orderCode: '300001', entryNumbers: [1], productCodes: ['P1'], mimeType: 'application/pdf', number: 'WAR-300001-2' }),
    );
    expect(exstream.calls.length).toBe(1);
    const call = exstream.calls[0];
    expect(call.headers['communicationid']).toBe('WarrantyCertificate');
    expect(call.headers['driverdatasource']).toBe('entry');
    expect(call.headers['accept']).toBe('application/pdf');
    expect(call.headers['authorization']).toBe('Bearer otds-token-1');
    expect((call.body as any).lines.map((l: { productCode: string }) => l.productCode)).toEqual(['P1']);
    expect((call.body as any).customer.uid).toBe(ANNA.uid);
    expect(exstream.tokenRequests[0].form.get('scope')).toBe('otds:groups');

    const content = await fetch(documentsUrl(s, 'current', `/${first.body.id}/content`), { headers: bearer(ANNA_TOKEN) });
    const bytes = Buffer.from(await content.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('WarrantyCertificate WAR-300001-2');

    const again = await generate(s, ANNA_TOKEN, '300001', { type: 'WARRANTY', entryNumber: 1 });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(exstream.calls.length).toBe(1);

    const listed = await getJson(orderDocumentsUrl(s, '300001'), bearer(ANNA_TOKEN));
    expect(listed.body.documents.map((d: { id: string }) => d.id)).toEqual([first.body.id]);
    expect(listed.body.generatable).not.toContain({ type: 'WARRANTY', entryNumber: 1 });

    const events = await s.stores.store.listAudit({ limit: 10 });
    const generation = events.find((e) => e.action === 'GENERATE')!;
    expect(generation.documentId).toBe(first.body.id);
    expect(generation.documentSha256).toBe(first.body.sha256);
    expect(generation.communicationId).toBe('WarrantyCertificate');
    expect(generation.driverDataSha256).toBe(createHash('sha256').update(JSON.stringify(call.body)).digest('hex'));
    expect(events.filter((e) => e.action === 'DOWNLOAD').length).toBe(1);
  });

  it('takes the PDF out of the full JSON answer (base64 content, several outputs), asked for without a specific Accept', async () => {
    const s = await start({ EXSTREAM_OUTPUT: 'json' });
    const result = await generate(s, ANNA_TOKEN, '300001', { type: 'SHIPMENT_NOTICE', consignmentCode: 'cons300001_1' });
    expect(result.status).toBe(201);
    expect(result.body.consignmentCode).toBe('cons300001_1');
    expect(result.body.entryNumbers).toEqual([2]);
    expect(exstream.calls[0].headers['accept']).toBe('*/*');
    const content = await fetch(documentsUrl(s, 'current', `/${result.body.id}/content`), { headers: bearer(ANNA_TOKEN) });
    expect(Buffer.from(await content.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('maps the {status:"error", data:[…]} error body to a clear 502 and stores nothing', async () => {
    const s = await start();
    exstream.script({ kind: 'status-error', status: 404, message: "Communication 'Invoice' is not published" });
    const result = await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' });
    expect(result.status).toBe(502);
    expect(result.body.errors[0].message).toContain("Communication 'Invoice' is not published (statusCode 404)");
    expect(exstream.calls.length).toBe(1);
    expect((await s.stores.store.listAudit({ limit: 10 })).length).toBe(0);
    // the claim was released: a later request generates
    expect((await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' })).status).toBe(201);
  });

  it('maps the {timestamp,status,message,errorCode} error body to a clear 502', async () => {
    const s = await start();
    exstream.script({ kind: 'spring-error', status: 400, message: 'Driver data does not match the schema', errorCode: 'E_DRIVER_DATA' });
    const result = await generate(s, ANNA_TOKEN, '300001', { type: 'ORDER_CONFIRMATION' });
    expect(result.status).toBe(502);
    expect(result.body.errors[0].message).toContain('Driver data does not match the schema (errorCode E_DRIVER_DATA)');
  });

  it('caches the OTDS token, refreshes it once when Exstream answers 401, and before it expires', async () => {
    const s = await start();
    expect((await generate(s, ANNA_TOKEN, '300001', { type: 'WARRANTY', entryNumber: 0 })).status).toBe(201);
    expect((await generate(s, ANNA_TOKEN, '300001', { type: 'WARRANTY', entryNumber: 1 })).status).toBe(201);
    expect(exstream.tokenRequests.length).toBe(1);

    exstream.expireTokens();
    const refreshed = await generate(s, ANNA_TOKEN, '300001', { type: 'WARRANTY', entryNumber: 2 });
    expect(refreshed.status).toBe(201);
    expect(exstream.tokenRequests.length).toBe(2);
    expect(exstream.calls.map((c) => c.headers['authorization'])).toEqual([
      'Bearer otds-token-1',
      'Bearer otds-token-1',
      'Bearer otds-token-1',
      'Bearer otds-token-2',
    ]);

    exstream.setTokenLifetime(1);
    exstream.expireTokens();
    expect((await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' })).status).toBe(201); // 401 → token 3 (1 s)
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await generate(s, ANNA_TOKEN, '300001', { type: 'ORDER_CONFIRMATION' })).status).toBe(201);
    expect(exstream.tokenRequests.length).toBe(4); // token 3 was not used after its lifetime
  });

  it('gives up with a clear error when even a fresh token is refused', async () => {
    const s = await start();
    exstream.script({ kind: 'unauthorized' }, { kind: 'unauthorized' });
    const result = await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' });
    expect(result.status).toBe(502);
    expect(result.body.errors[0].message).toContain('refused a freshly issued OTDS token');
    expect(exstream.calls.length).toBe(2);
  });

  it('retries 5xx answers and dropped connections with back-off', async () => {
    const s = await start({ EXSTREAM_RETRIES: '3' });
    exstream.script(
      { kind: 'status-error', status: 503, message: 'engine busy' },
      { kind: 'drop' },
      { kind: 'spring-error', status: 500, message: 'boom', errorCode: 'E_INTERNAL' },
    );
    const result = await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' });
    expect(result.status).toBe(201);
    expect(exstream.calls.length).toBe(4);
  });

  it('answers 503 with Retry-After after the retries, then fails fast while the circuit is open', async () => {
    const s = await start({ EXSTREAM_RETRIES: '1', EXSTREAM_BREAKER_FAILURES: '2', EXSTREAM_BREAKER_RESET_MS: '60000' });
    for (let i = 0; i < 4; i++) exstream.script({ kind: 'status-error', status: 502, message: 'engine down' });
    const first = await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' });
    expect(first.status).toBe(503);
    expect(first.body.errors[0].message).toContain('engine down');
    expect((await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' })).status).toBe(503);
    expect(exstream.calls.length).toBe(4);

    const started = Date.now();
    const fast = await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' });
    expect(fast.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(Number(fast.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    expect(fast.body.errors[0].message).toContain('circuit open');
    expect(exstream.calls.length).toBe(4);
  });

  it('gets one fresh token and retries once when Exstream answers 500, before that counts as a failure', async () => {
    const s = await start({ EXSTREAM_RETRIES: '0', EXSTREAM_BREAKER_FAILURES: '1' });
    exstream.script({ kind: 'server-error' });
    expect((await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' })).status).toBe(201);
    expect(exstream.calls.map((c) => c.headers['authorization'])).toEqual(['Bearer otds-token-1', 'Bearer otds-token-2']);
    expect(exstream.tokenRequests.length).toBe(2);
    // the circuit stayed closed (one failure would have opened it)
    expect((await generate(s, ANNA_TOKEN, '300001', { type: 'ORDER_CONFIRMATION' })).status).toBe(201);

    exstream.script({ kind: 'server-error' }, { kind: 'server-error' });
    const failed = await generate(s, ANNA_TOKEN, '300001', { type: 'WARRANTY', entryNumber: 0 });
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).not.toBeNull();
    expect(exstream.calls.length).toBe(5);
    expect(exstream.tokenRequests.length).toBe(3);
  });

  it('gets one fresh token and retries once when Exstream answers 401, also after a 503 retry', async () => {
    const s = await start({ EXSTREAM_RETRIES: '1' });
    exstream.script({ kind: 'status-error', status: 503, message: 'engine busy' }, { kind: 'unauthorized' });
    expect((await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' })).status).toBe(201);
    expect(exstream.calls.map((c) => c.headers['authorization'])).toEqual(['Bearer otds-token-1', 'Bearer otds-token-1', 'Bearer otds-token-2']);
  });

  it('lets one trial call through after the open period and closes the circuit on success', async () => {
    const s = await start({ EXSTREAM_RETRIES: '0', EXSTREAM_BREAKER_FAILURES: '1', EXSTREAM_BREAKER_RESET_MS: '300' });
    exstream.script({ kind: 'status-error', status: 503, message: 'down' });
    expect((await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' })).status).toBe(503);
    expect((await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' })).status).toBe(503);
    expect(exstream.calls.length).toBe(1);
    await new Promise((r) => setTimeout(r, 350));
    expect((await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' })).status).toBe(201);
  });

  it('reports the circuit state in /metrics: 2 while open, 1 once a trial may go through, 0 when closed again', async () => {
    const s = await start({ EXSTREAM_RETRIES: '0', EXSTREAM_BREAKER_FAILURES: '1', EXSTREAM_BREAKER_RESET_MS: '300' });
    const state = async () => {
      const text = await (await fetch(`${s.baseUrl}/metrics`)).text();
      return /^exd_proxy_upstream_circuit_state\{upstream="exstream"\} (\d)$/m.exec(text)?.[1];
    };
    expect(await state()).toBe('0');
    exstream.script({ kind: 'status-error', status: 503, message: 'down' });
    expect((await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' })).status).toBe(503);
    expect(await state()).toBe('2');
    await new Promise((r) => setTimeout(r, 350));
    expect(await state()).toBe('1');
    expect((await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' })).status).toBe(201);
    expect(await state()).toBe('0');
  });

  it('times out a slow Exstream and answers 503', async () => {
    const s = await start({ EXSTREAM_TIMEOUT_MS: '200', EXSTREAM_RETRIES: '0' });
    exstream.setDelay(1_500);
    const result = await generate(s, ANNA_TOKEN, '300001', { type: 'INVOICE' });
    expect(result.status).toBe(503);
    expect(result.body.errors[0].message).toContain('did not answer within 200 ms');
  });

  it('makes exactly one Exstream call for many identical concurrent requests', async () => {
    const s = await start();
    exstream.setDelay(300);
    const results = await Promise.all(Array.from({ length: 12 }, () => generate(s, ANNA_TOKEN, '300001', { type: 'WARRANTY', entryNumber: 2 })));
    expect(exstream.calls.length).toBe(1);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(results.filter((r) => r.status === 201).length).toBe(1);
    expect(results.filter((r) => r.status === 200).length).toBe(11);
  });

  it("answers 404 for another shopper's order and 400 for targets the order does not have, without calling Exstream", async () => {
    const s = await start();
    const foreign = await generate(s, BEN_TOKEN, '300001', { type: 'INVOICE' });
    expect(foreign.status).toBe(404);
    expect((await getJson(orderDocumentsUrl(s, '300001'), bearer(BEN_TOKEN))).status).toBe(404);
    const noEntry = await generate(s, ANNA_TOKEN, '300001', { type: 'WARRANTY', entryNumber: 9 });
    expect(noEntry.status).toBe(400);
    expect(noEntry.body.errors[0]).toEqual(jasmine.objectContaining({ type: 'ValidationError', subject: 'entryNumber' }));
    const missing = await generate(s, ANNA_TOKEN, '300001', { type: 'SHIPMENT_NOTICE' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].subject).toBe('consignmentCode');
    const badType = await generate(s, ANNA_TOKEN, '300001', { type: 'STATEMENT' });
    expect(badType.status).toBe(400);
    expect(exstream.calls.length).toBe(0);
    expect(ANNA_ORDER.code).toBe('300001');
  });

  it('offers nothing to generate and answers 503 when Exstream is not configured', async () => {
    stack = await startStack({ commerceUrl: commerce.url });
    const listed = await getJson(orderDocumentsUrl(stack, '300001'), bearer(ANNA_TOKEN));
    expect(listed.body).toEqual({ documents: [], generatable: [] });
    const result = await generate(stack, ANNA_TOKEN, '300001', { type: 'INVOICE' });
    expect(result.status).toBe(503);
    expect(result.body.errors[0].message).toContain('not configured');
  });
});

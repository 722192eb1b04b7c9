import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildExstreamApp } from '../exstream/app';
import { sampleDriverFile } from '../exstream/data-source';
import { listen } from './helpers';

/** The sample driver file the communications' data source is designed from (the one the proxy's spec checks too). */
const SAMPLE = JSON.parse(fs.readFileSync(sampleDriverFile(), 'utf8'));
/** A warranty for one entry of the sample's order, as the proxy sends it. */
const DRIVER = {
  ...SAMPLE,
  document: { type: 'WARRANTY', number: 'WAR-100012-2', title: 'Warranty certificate for EOS 450D', language: 'en', issuedAt: '2026-11-01T10:00:00.000Z' },
  lines: [SAMPLE.lines[0]],
  consignment: undefined,
};

describe('Exstream emulator', () => {
  let app: FastifyInstance;
  let base: string;

  beforeEach(async () => {
    app = await buildExstreamApp({ clients: { proxy: 'proxy-secret' }, testHooks: true });
    base = await listen(app);
  });

  afterEach(async () => app.close());

  const token = async (tokenPath = '/otdsws/otdstenant/exd/oauth2/token', secret = 'proxy-secret') =>
    fetch(`${base}${tokenPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'proxy', client_secret: secret, scope: 'otds:groups' }).toString(),
    });
  const generate = async (accessToken: string, accept: string | undefined, communicationId = 'WarrantyCertificate', body: unknown = DRIVER) =>
    fetch(`${base}/orchestration/api/v1/inputs/ondemand/shop/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, ...(accept === undefined ? {} : { accept }), 'content-type': 'application/json', communicationId, driverDataSource: 'entry' },
      body: JSON.stringify(body),
    });
  const accessToken = async () => ((await (await token()).json()) as { access_token: string }).access_token;

  it('issues client-credentials tokens on the self-hosted tenant path, and refuses wrong secrets and the paths of other shapes', async () => {
    const selfHosted = await token();
    expect(selfHosted.status).toBe(200);
    expect(await selfHosted.json()).toEqual(jasmine.objectContaining({ token_type: 'Bearer', expires_in: 3600, scope: 'otds:groups' }));
    expect((await token('/otdstenant/exd/oauth2/token')).status).toBe(404);
    expect((await token('/otdsws/otdstenant/other/oauth2/token')).status).toBe(404);
    const refused = await token(undefined, 'wrong');
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toBe('invalid_client');
  });

  describe('OTDS shapes', () => {
    const shapes = [
      { otds: { mode: 'self-hosted' as const }, path: '/otdsws/oauth2/token', scope: 'otds:groups' },
      { otds: { mode: 'ot2' as const, tenant: 'exd', subscription: 'docs' }, path: '/otdstenant/exd/oauth2/token', scope: 'search otds:groups subscription:docs' },
      { otds: { mode: 'cloud' as const, tenant: 't-1' }, path: '/tenants/t-1/oauth2/token', scope: undefined },
    ];
    for (const shape of shapes) {
      it(`serves the ${shape.otds.mode} token path ${shape.path} and refuses a token request without the scope it needs`, async () => {
        const other = await buildExstreamApp({ clients: { proxy: 'proxy-secret' }, otds: shape.otds });
        const url = await listen(other);
        try {
          const ask = (scope?: string) =>
            fetch(`${url}${shape.path}`, {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'proxy', client_secret: 'proxy-secret', ...(scope ? { scope } : {}) }).toString(),
            });
          expect((await ask(shape.scope)).status).toBe(200);
          if (shape.scope !== undefined) {
            const refused = await ask();
            expect(refused.status).toBe(400);
            expect(((await refused.json()) as { error: string }).error).toBe('invalid_scope');
            expect((await ask('otds:roles')).status).toBe(400);
          }
          expect((await fetch(`${url}/otdsws/otdstenant/exd/oauth2/token`, { method: 'POST' })).status).toBe(404);
        } finally {
          await other.close();
        }
      });
    }
  });

  it('renders a real PDF from the driver data (raw bytes)', async () => {
    const response = await generate(await accessToken(), 'application/pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'exd-emu-')), 'w.pdf');
    fs.writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Warranty certificate for EOS 450D/);
    expect(info).toMatch(/Pages:\s+1/);
  });

  it('answers the full envelope without a specific Accept: a base64 PDF, an HTML notice and a JSON summary', async () => {
    const t = await accessToken();
    const response = await generate(t, undefined, 'Invoice');
    const body = (await response.json()) as { status: string; data: { content: string; mimeType: string; engineOutputContext: unknown }[] };
    expect(body.status).toBe('success');
    expect(body.data.map((d) => d.mimeType)).toEqual(['application/pdf', 'text/html', 'application/json']);
    expect(((await (await generate(t, '*/*', 'Invoice')).json()) as { status: string }).status).toBe('success');
    expect(Buffer.from(body.data[0].content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.from(body.data[1].content, 'base64').toString()).toContain('WAR-100012-2');
  });

  it('takes a request to send a document again through the delivery communication and answers a receipt', async () => {
    const t = await accessToken();
    const resend = {
      resend: { channel: 'EMAIL', requestedBy: 'AGENT', requestedAt: '2026-12-01T10:00:00Z' },
      document: { id: 'd-1', number: 'INV-2026-100012', type: 'INVOICE' },
      customer: { uid: 'anna.schmidt@example.com', name: 'Anna Schmidt' },
    };
    const response = await generate(t, '*/*', 'DocumentResend', resend);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; data: { content: string; mimeType: string }[] };
    expect(body.status).toBe('success');
    expect(body.data[0].mimeType).toBe('application/json');
    expect(JSON.parse(Buffer.from(body.data[0].content, 'base64').toString())).toEqual({ delivery: 'QUEUED', channel: 'EMAIL', documentNumber: 'INV-2026-100012' });
    const recorded = (await (await fetch(`${base}/sandbox/exstream/resends`)).json()) as { resends: { documentNumber: string; requestedBy: string }[] };
    expect(recorded.resends.map((r) => [r.documentNumber, r.requestedBy])).toEqual([['INV-2026-100012', 'AGENT']]);

    const noChannel = await generate(t, '*/*', 'DocumentResend', { ...resend, resend: { requestedBy: 'AGENT' } });
    expect(noChannel.status).toBe(400);
    expect(((await noChannel.json()) as { message: string }).message).toContain('resend.channel');
  });

  it('answers only the content of the output Accept names', async () => {
    const t = await accessToken();
    const json = await generate(t, 'application/json', 'Invoice');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toContain('application/json');
    expect(await json.json()).toEqual({ communication: 'Invoice', documentNumber: 'WAR-100012-2', orderCode: '100012', total: '$589.97', lines: 1 });
    const html = await generate(t, 'text/html', 'Invoice');
    expect(await html.text()).toContain('WAR-100012-2');
    const none = await generate(t, 'image/png', 'Invoice');
    expect(none.status).toBe(406);
    expect(await none.json()).toEqual({ status: 'error', data: [jasmine.objectContaining({ statusCode: 406 })] });
  });

  it('maps driver data through the data source of the sample driver file: a mismatch renders with empty fields, not an error', async () => {
    const t = await accessToken();
    const { customer, ...withoutCustomer } = DRIVER;
    expect(customer).toBeDefined();
    const mismatched = { ...withoutCustomer, buyer: { uid: 'anna.schmidt@example.com' }, order: { ...DRIVER.order, code: 100012 } };
    const response = await generate(t, 'application/json', 'Invoice', mismatched);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { orderCode: unknown }).orderCode).toBeNull();
    const calls = (await (await fetch(`${base}/sandbox/exstream/calls`)).json()) as { lastMapping: { missing: string[]; unmapped: string[] } };
    expect(calls.lastMapping.unmapped).toEqual(['buyer']);
    expect(calls.lastMapping.missing).toEqual(jasmine.arrayContaining(['customer', 'order.code']));

    const sample = await generate(t, 'application/pdf', 'ShipmentNotice', SAMPLE);
    expect(sample.status).toBe(200);
    const mapped = (await (await fetch(`${base}/sandbox/exstream/calls`)).json()) as { lastMapping: { missing: string[]; unmapped: string[] } };
    expect(mapped.lastMapping).toEqual({ missing: [], unmapped: [] });
  });

  it('answers errors in both shapes and can be told to fail, slow down and expire tokens', async () => {
    const t = await accessToken();
    const unknown = await generate(t, 'application/pdf', 'Nope');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ status: 'error', data: [jasmine.objectContaining({ statusCode: 404 })] });
    const invalid = await generate(t, 'application/pdf', 'Invoice', [{ schemaVersion: 1 }]);
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual(jasmine.objectContaining({ status: 400, errorCode: 'E_DRIVER_DATA', timestamp: jasmine.any(String) }));

    await fetch(`${base}/sandbox/exstream/behaviour`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ failNext: 1, failStatus: 500, errorShape: 'timestamp', delayMs: 200 }) });
    const started = Date.now();
    const failed = await generate(t, 'application/pdf');
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(failed.status).toBe(500);
    expect(((await failed.json()) as { errorCode: string }).errorCode).toBe('E_SIMULATED');
    expect((await generate(t, 'application/pdf')).status).toBe(200);

    await fetch(`${base}/sandbox/exstream/tokens/expire`, { method: 'POST' });
    expect((await generate(t, 'application/pdf')).status).toBe(401);
    const calls = (await (await fetch(`${base}/sandbox/exstream/calls`)).json()) as { generate: number; byCommunication: Record<string, number> };
    expect(calls.generate).toBe(5);
    expect(calls.byCommunication).toEqual({ WarrantyCertificate: 1 });
  });
  describe('preference pushes', () => {
    const push = (accessToken: string | undefined, key: string | undefined, body: unknown = { customerId: 'anna.schmidt@example.com', changedAt: '2026-11-26T10:00:00Z', preferences: [{ category: 'BILLING', channel: 'POST' }] }) =>
      fetch(`${base}/api/v1/communication-preferences`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
          ...(key ? { 'idempotency-key': key } : {}),
        },
        body: JSON.stringify(body),
      });
    const recorded = async () => ((await (await fetch(`${base}/sandbox/exstream/preferences`)).json()) as { pushes: { idempotencyKey: string; customerId: string }[] }).pushes;

    it('records each push once per Idempotency-Key, with the OTDS token', async () => {
      const t = await accessToken();
      expect((await push(t, 'k-1')).status).toBe(202);
      const again = await push(t, 'k-1');
      expect(again.status).toBe(200);
      expect(((await again.json()) as { duplicate: boolean }).duplicate).toBeTrue();
      expect((await push(t, 'k-2')).status).toBe(202);
      expect((await recorded()).map((p) => p.idempotencyKey)).toEqual(['k-1', 'k-2']);
      expect((await recorded())[0].customerId).toBe('anna.schmidt@example.com');
    });

    it('refuses a missing token, a missing key and a bad body', async () => {
      expect((await push(undefined, 'k-1')).status).toBe(401);
      const t = await accessToken();
      expect((await push(t, undefined)).status).toBe(400);
      expect((await push(t, 'k-1', { customerId: 'x' })).status).toBe(400);
      expect(await recorded()).toEqual([]);
    });

    it('fails the next N pushes on request (test hook), then records again', async () => {
      const hook = await fetch(`${base}/sandbox/exstream/preferences/behaviour`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ failNext: 2, failStatus: 500 }),
      });
      expect(await hook.json()).toEqual({ failNext: 2, failStatus: 500 });
      const t = await accessToken();
      expect((await push(t, 'k-1')).status).toBe(500);
      expect((await push(t, 'k-1')).status).toBe(500);
      expect((await push(t, 'k-1')).status).toBe(202);
      expect((await recorded()).length).toBe(1);
    });
  });
});

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildExstreamApp } from '../exstream/app';
import { listen } from './helpers';

const DRIVER = {
  schemaVersion: 1,
  document: { type: 'WARRANTY', number: 'WAR-100012-2', title: 'Warranty certificate for EOS 450D', language: 'en', issuedAt: '2026-11-01T10:00:00Z' },
  customer: { uid: 'anna.schmidt@example.com', name: 'Anna Schmidt' },
  order: {
    code: '100012', placed: '2026-10-01T08:00:00Z', status: 'Completed',
    deliveryAddress: { name: 'Anna Schmidt', lines: ['1 Main St', '94103 San Francisco'] },
    deliveryMode: 'Standard', payment: 'Visa ending in 1111',
    subTotal: { value: 10, formatted: '$10.00', currency: 'USD' }, deliveryCost: { value: 0, formatted: '$0.00', currency: 'USD' },
    total: { value: 10, formatted: '$10.00', currency: 'USD' }, tax: { value: 1, formatted: '$1.00', currency: 'USD' },
  },
  lines: [{ entryNumber: 1, quantity: 1, productCode: '1382080', productName: 'EOS 450D', manufacturer: 'Canon', unitPrice: { value: 10, formatted: '$10.00', currency: 'USD' }, total: { value: 10, formatted: '$10.00', currency: 'USD' } }],
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
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'proxy', client_secret: secret, scope: 'otds:roles' }).toString(),
    });
  const generate = async (accessToken: string, accept: string, communicationId = 'WarrantyCertificate', body: unknown = DRIVER) =>
    fetch(`${base}/orchestration/api/v1/inputs/ondemand/shop/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, accept, 'content-type': 'application/json', communicationId, driverDataSource: 'entry' },
      body: JSON.stringify(body),
    });
  const accessToken = async () => ((await (await token()).json()) as { access_token: string }).access_token;

  it('issues client-credentials tokens on the self-hosted and the cloud path, and refuses wrong secrets', async () => {
    const selfHosted = await token();
    expect(selfHosted.status).toBe(200);
    expect(await selfHosted.json()).toEqual(jasmine.objectContaining({ token_type: 'Bearer', expires_in: 3600, scope: 'otds:roles' }));
    expect((await token('/otdstenant/exd/oauth2/token')).status).toBe(200);
    const refused = await token(undefined, 'wrong');
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toBe('invalid_client');
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

  it('answers JSON with a base64 PDF and an HTML notice', async () => {
    const response = await generate(await accessToken(), 'application/json', 'Invoice');
    const body = (await response.json()) as { status: string; data: { content: string; mimeType: string; engineOutputContext: unknown }[] };
    expect(body.status).toBe('success');
    expect(body.data.map((d) => d.mimeType)).toEqual(['application/pdf', 'text/html']);
    expect(Buffer.from(body.data[0].content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.from(body.data[1].content, 'base64').toString()).toContain('WAR-100012-2');
  });

  it('answers errors in both shapes and can be told to fail, slow down and expire tokens', async () => {
    const t = await accessToken();
    const unknown = await generate(t, 'application/pdf', 'Nope');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ status: 'error', data: [jasmine.objectContaining({ statusCode: 404 })] });
    const invalid = await generate(t, 'application/pdf', 'Invoice', { schemaVersion: 2 });
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

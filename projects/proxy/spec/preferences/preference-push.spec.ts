import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../support/batch';
import { startFakeCommerce, unusedUrl, type FakeCommerce } from '../support/fake-commerce';
import { PUSH_PATH, startFakeExstream, type FakeExstream } from '../support/fake-exstream';
import { ANNA, ANNA_ORDER, ANNA_TOKEN, BEN_TOKEN, ORDERS, TOKENS } from '../support/fixtures';
import { bearer, SITE, startStack, type Stack } from '../support/stack';
import { until } from '../support/until';
import { generate } from '../generation/helpers';
import { PgDocumentStore } from '../../src/store/postgres/pg-document-store';
import { PreferenceService } from '../../src/preferences/preference-service';
import { dropSchema, freshSchema, requirePostgres, TEST_DATABASE_URL } from '../support/postgres';

const MAIN = path.resolve(__dirname, '../../src/main.js');

const billing = (channel: string) => ({ preferences: [{ category: 'BILLING', channel, paperless: channel !== 'POST', format: 'PDF', language: 'en' }] });

async function putPreferences(baseUrl: string, token: string, body: unknown): Promise<number> {
  const response = await fetch(`${baseUrl}/occ/v2/${SITE}/users/current/communicationPreferences`, {
    method: 'PUT',
    headers: { ...bearer(token), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.text();
  return response.status;
}

function pushEnv(exstream: FakeExstream, extra: Record<string, string> = {}): Record<string, string> {
  return exstream.env({
    PREFERENCES_PUSH_URL: `${exstream.url}${PUSH_PATH}`,
    PREFERENCES_PUSH_POLL_MS: '50',
    PREFERENCES_PUSH_RETRY_BASE_MS: '50',
    PREFERENCES_PUSH_RETRY_MAX_MS: '200',
    PREFERENCES_PUSH_TIMEOUT_MS: '2000',
    PREFERENCES_PUSH_LEASE_MS: '4000',
    ...extra,
  });
}

describe('preference push (outbox → Exstream)', () => {
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

  it('pushes the full preferences once, with the OTDS token generation also uses and the outbox id as Idempotency-Key', async () => {
    stack = await startStack({ commerceUrl: commerce.url, env: pushEnv(exstream) });
    expect((await generate(stack, ANNA_TOKEN, ANNA_ORDER.code, { type: 'INVOICE' })).status).toBe(201);
    expect(await putPreferences(stack.baseUrl, ANNA_TOKEN, billing('POST'))).toBe(200);
    await until('the push arrives', () => exstream.pushes.length === 1);
    const [row] = await stack.stores.store.preferences.listOutbox(ANNA.uid);
    await until('the row is SENT', async () => (await stack!.stores.store.preferences.listOutbox(ANNA.uid))[0].status === 'SENT');

    const push = exstream.pushes[0];
    expect(push.key).toBe(row.id);
    expect(push.body.customerId).toBe(ANNA.uid);
    expect(Date.parse(push.body.changedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(push.body.preferences.map((p: { category: string }) => p.category)).toEqual(['ORDER_UPDATES', 'BILLING', 'PRODUCT_DOCUMENTS', 'CUSTOMER_SERVICE', 'OFFERS']);
    expect(push.body.preferences[1]).toEqual(jasmine.objectContaining({ category: 'BILLING', channel: 'POST', paperless: false, documentTypes: ['INVOICE', 'CREDIT_NOTE', 'STATEMENT', 'PAYMENT_REMINDER'] }));
    // generation and the push share one OTDS client-credentials token
    expect(exstream.tokenRequests.length).toBe(1);
    expect(push.authorization).toBe(exstream.calls[0].headers.authorization);

    // A PUT that changes nothing queues nothing.
    expect(await putPreferences(stack.baseUrl, ANNA_TOKEN, billing('POST'))).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(exstream.pushes.length).toBe(1);
    expect((await stack.stores.store.preferences.listOutbox()).length).toBe(1);
  }, 30_000);

  it('retries a failed push with backoff until it is delivered', async () => {
    exstream.failPushes(503, 0, 500);
    stack = await startStack({ commerceUrl: commerce.url, env: pushEnv(exstream) });
    expect(await putPreferences(stack.baseUrl, BEN_TOKEN, billing('ACCOUNT_ONLY'))).toBe(200);
    await until('delivered after three failures', () => exstream.acceptedKeys().size === 1, 15_000);
    const [row] = await stack.stores.store.preferences.listOutbox();
    await until('SENT', async () => (await stack!.stores.store.preferences.listOutbox())[0].status === 'SENT');
    expect(exstream.pushes.map((p) => p.status)).toEqual([503, 0, 500, 202]);
    expect(new Set(exstream.pushes.map((p) => p.key))).toEqual(new Set([row.id]));
    expect((await stack.stores.store.preferences.listOutbox())[0].attempts).toBe(4);
  }, 30_000);

  it('reports the outbox backlog in /metrics: waiting with its age while the receiver fails, failed once given up', async () => {
    exstream.failPushes(500, 500, 500);
    stack = await startStack({ commerceUrl: commerce.url, env: pushEnv(exstream, { PREFERENCES_PUSH_MAX_ATTEMPTS: '3' }) });
    const gauges = async () => {
      const text = await (await fetch(`${stack!.baseUrl}/metrics`)).text();
      const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1]);
      return {
        waiting: value(/^exd_proxy_preference_outbox_rows\{state="waiting"\} (\S+)$/m),
        failed: value(/^exd_proxy_preference_outbox_rows\{state="failed"\} (\S+)$/m),
        age: value(/^exd_proxy_preference_outbox_oldest_waiting_seconds (\S+)$/m),
      };
    };
    expect(await gauges()).toEqual({ waiting: 0, failed: 0, age: 0 });
    expect(await putPreferences(stack.baseUrl, ANNA_TOKEN, billing('POST'))).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const waiting = await gauges();
    expect(waiting.waiting).toBe(1);
    expect(waiting.age).toBeGreaterThan(0);
    await until('FAILED', async () => (await stack!.stores.store.preferences.listOutbox())[0]?.status === 'FAILED', 15_000);
    expect(await gauges()).toEqual({ waiting: 0, failed: 1, age: 0 });
  }, 30_000);

  it('gives up after PREFERENCES_PUSH_MAX_ATTEMPTS and keeps the row FAILED with its last error', async () => {
    exstream.failPushes(500, 500, 502, 500, 500);
    stack = await startStack({ commerceUrl: commerce.url, env: pushEnv(exstream, { PREFERENCES_PUSH_MAX_ATTEMPTS: '3' }) });
    expect(await putPreferences(stack.baseUrl, ANNA_TOKEN, billing('POST'))).toBe(200);
    await until('FAILED', async () => (await stack!.stores.store.preferences.listOutbox())[0]?.status === 'FAILED', 15_000);
    const [row] = await stack.stores.store.preferences.listOutbox();
    expect(row).toEqual(jasmine.objectContaining({ status: 'FAILED', attempts: 3, lastError: 'HTTP 502' }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(exstream.pushes.length).toBe(3);
  }, 30_000);

  it('resumes after the app is closed while the receiver is down: the push arrives exactly once', async () => {
    const dataDir = tempDir('push-restart');
    try {
      const down = await unusedUrl();
      stack = await startStack({ commerceUrl: commerce.url, dataDir, env: pushEnv(exstream, { PREFERENCES_PUSH_URL: `${down}${PUSH_PATH}` }) });
      expect(await putPreferences(stack.baseUrl, ANNA_TOKEN, billing('POST'))).toBe(200);
      await until('a failed attempt', async () => ((await stack!.stores.store.preferences.listOutbox())[0]?.attempts ?? 0) >= 1);
      await stack.close();
      stack = undefined;
      expect(exstream.pushes.length).toBe(0);

      stack = await startStack({ commerceUrl: commerce.url, dataDir, env: pushEnv(exstream) });
      await until('the push after the restart', () => exstream.pushes.length >= 1);
      await until('SENT', async () => (await stack!.stores.store.preferences.listOutbox())[0].status === 'SENT');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(exstream.pushes.length).toBe(1);
      expect(exstream.pushes[0].body.preferences[1].channel).toBe('POST');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('preference push across a killed proxy process (SIGKILL, same database)', () => {
  let commerce: FakeCommerce;
  let exstream: FakeExstream;
  let dataDir: string;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    commerce = await startFakeCommerce(TOKENS);
    exstream = await startFakeExstream();
    dataDir = tempDir('push-kill');
  });

  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    await exstream.close();
    await commerce.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  function startProcess(env: Record<string, string>): Promise<{ child: ChildProcess; baseUrl: string }> {
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, ...env, PORT: '0', DATA_DIR: dataDir, COMMERCE_BASE_URL: commerce.url, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    return new Promise((resolve, reject) => {
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) resolve({ child, baseUrl: match[1] });
      });
      child.on('exit', (code) => reject(new Error(`proxy exited (${code}) before listening: ${output}`)));
    });
  }

  it('delivers the row the killed process left behind, exactly once', async () => {
    const down = await unusedUrl();
    const first = await startProcess(pushEnv(exstream, { PREFERENCES_PUSH_URL: `${down}${PUSH_PATH}` }));
    expect(await putPreferences(first.baseUrl, ANNA_TOKEN, billing('POST'))).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const killed = new Promise((resolve) => first.child.on('exit', resolve));
    first.child.kill('SIGKILL');
    await killed;
    expect(exstream.pushes.length).toBe(0);

    const second = await startProcess(pushEnv(exstream));
    await until('the push from the new process', () => exstream.pushes.length >= 1, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(exstream.pushes.length).toBe(1);
    expect(exstream.pushes[0].body.customerId).toBe(ANNA.uid);
    second.child.kill('SIGTERM');
  }, 30_000);
});

describe('preference push with two proxy instances on one PostgreSQL', () => {
  let commerce: FakeCommerce;
  let exstream: FakeExstream;
  let schema: string;
  const stacks: Stack[] = [];

  beforeEach(async () => {
    await requirePostgres();
    schema = freshSchema();
    commerce = await startFakeCommerce(TOKENS);
    exstream = await startFakeExstream();
  });

  afterEach(async () => {
    for (const stack of stacks.splice(0)) await stack.close();
    await exstream.close();
    await commerce.close();
    await dropSchema(schema);
  });

  it('never lets both instances send the same row', async () => {
    const queue = await PgDocumentStore.open(TEST_DATABASE_URL, { schema, poolSize: 2 });
    const service = new PreferenceService(queue.preferences, { languages: ['en', 'de'], defaultLanguage: 'en', push: true });
    try {
      for (let i = 0; i < 40; i++) await service.update({ uid: `shopper${i}@example.com` }, billing('POST').preferences);
    } finally {
      await queue.close();
    }
    const env = pushEnv(exstream, { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, DATABASE_POOL_SIZE: '4', PREFERENCES_PUSH_POLL_MS: '10', PREFERENCES_PUSH_LEASE_MS: '20000', PREFERENCES_PUSH_TIMEOUT_MS: '5000' });
    // (A push that times out after the receiver took it is sent again: at-least-once, deduplicated by
    // Idempotency-Key. The generous timeout keeps that out of this check of the claim.)
    stacks.push(...(await Promise.all([startStack({ commerceUrl: commerce.url, env }), startStack({ commerceUrl: commerce.url, env })])));
    await until('all 40 pushed', () => exstream.pushes.length >= 40, 20_000);
    await until('all SENT', async () => (await stacks[0].stores.store.preferences.listOutbox()).every((r) => r.status === 'SENT'), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(exstream.pushes.length).toBe(40);
    expect([...exstream.acceptedKeys().values()].every((n) => n === 1)).toBeTrue();
    expect(exstream.acceptedKeys().size).toBe(40);
    expect(new Set(exstream.pushes.map((p) => p.body.customerId)).size).toBe(40);
    expect((await stacks[0].stores.store.preferences.listOutbox()).every((r) => r.attempts === 1)).toBeTrue();
  }, 30_000);
});

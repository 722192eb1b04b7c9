#!/usr/bin/env node
// Starts the demo stack: Commerce stand-in, document proxy and storefront ingress.
// Used by `npm start` (persistent data in .data/) and by the e2e run (fresh temp data).
import { spawn, spawnSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sandboxExstreamEnv, SANDBOX_ACTION_URL_ENV } from './sandbox-exstream-env.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const args = new Set(process.argv.slice(2));
const ephemeral = args.has('--ephemeral');
const skipBuild = args.has('--no-build');

const ports = {
  storefront: Number(process.env.STOREFRONT_PORT ?? 4200),
  proxy: Number(process.env.PROXY_PORT ?? 9100),
  commerce: Number(process.env.SANDBOX_PORT ?? 9002),
  exstream: Number(process.env.EXSTREAM_PORT ?? 9004),
};
const dataDir = ephemeral
  ? mkdtempSync(join(tmpdir(), 'exd-stack-'))
  : resolve(root, process.env.DEMO_DATA_DIR ?? '.data');

const children = [];

function log(message) {
  process.stdout.write(`[stack] ${message}\n`);
}

function run(description, command, commandArgs, env = {}) {
  log(description);
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    log(`failed: ${description}`);
    process.exit(result.status ?? 1);
  }
}

function buildIfNeeded() {
  const steps = [
    ['library', 'dist/documents/package.json', ['run', 'build:lib']],
    ['storefront', 'dist/storefront/index.html', ['run', 'build:app']],
    ['proxy', 'projects/proxy/dist/main.js', ['run', 'build', '-w', 'projects/proxy']],
    ['sandbox', 'projects/sandbox/dist/commerce/main.js', ['run', 'build', '-w', 'projects/sandbox']],
  ];
  for (const [name, output, npmArgs] of steps) {
    if (process.env.FORCE_BUILD === '1' || !existsSync(resolve(root, output))) {
      run(`building ${name}`, 'npm', npmArgs);
    }
  }
}

function start(name, script, env) {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => `[${name}] ${line}\n`)
      .join('');
  if (process.env.STACK_QUIET !== '1') {
    child.stdout.on('data', (chunk) => process.stdout.write(prefix(chunk)));
  }
  child.stderr.on('data', (chunk) => process.stderr.write(prefix(chunk)));
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      log(`${name} exited (${signal ?? code}); stopping the stack`);
      shutdown(1);
    }
  });
  children.push(child);
  return child;
}

async function waitFor(url, name, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`${name} did not answer at ${url} within ${timeoutMs} ms`);
  shutdown(1);
}

let shuttingDown = false;
/** How long the parts may take to stop: the proxy finishes downloads in flight for up to SHUTDOWN_GRACE_MS (10 s). */
const STOP_TIMEOUT_MS = 15_000;
/** Stops every part and exits once all of them have exited (the stragglers killed after STOP_TIMEOUT_MS). */
function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  const exited = running.map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of running) child.kill('SIGTERM');
  const force = setTimeout(() => {
    for (const child of running) child.kill('SIGKILL');
  }, STOP_TIMEOUT_MS);
  Promise.all(exited).then(() => {
    clearTimeout(force);
    if (ephemeral) rmSync(dataDir, { recursive: true, force: true });
    process.exit(code);
  });
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

if (!skipBuild) buildIfNeeded();

const batchDir = join(dataDir, 'batch');
const proxyDataDir = join(dataDir, 'proxy');
mkdirSync(proxyDataDir, { recursive: true });
run('rendering demo documents (sandbox seed)', process.execPath, [
  'projects/sandbox/dist/seed/main.js',
  batchDir,
]);
const ingestReport = join(dataDir, 'ingest-report.json');
run('ingesting them into the proxy store', process.execPath, ['projects/proxy/dist/cli/ingest.js', batchDir, `--report=${ingestReport}`], {
  DATA_DIR: proxyDataDir,
  ...SANDBOX_ACTION_URL_ENV,
});

const integration = { clientId: 'exd-batch', secret: 'exd-sandbox-integration-secret' };

/**
 * Reports the demo's delivery events (written by the seed next to its manifest) through the proxy's
 * real endpoint, HMAC-signed like an Exstream delivery connector would. Idempotent: on a restart the
 * proxy answers 200 (already recorded) for each.
 */
async function postDeliveryEvents() {
  const { events } = JSON.parse(readFileSync(join(batchDir, 'delivery-events.json'), 'utf8'));
  const report = JSON.parse(readFileSync(ingestReport, 'utf8'));
  const idOf = new Map([...report.imported, ...report.skipped].map((item) => [item.file, item.id]));
  const path = '/integration/v1/delivery-events';
  let recorded = 0;
  for (const { file, ...event } of events) {
    const body = JSON.stringify({ ...event, documentId: idOf.get(file) });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const digest = createHash('sha256').update(body).digest('hex');
    const signature = createHmac('sha256', integration.secret).update(`POST\n${path}\n${timestamp}\n${digest}`).digest('hex');
    const response = await fetch(`${proxyUrl}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `EXD-HMAC-SHA256 clientId=${integration.clientId}, timestamp=${timestamp}, signature=${signature}`,
      },
      body,
    });
    if (response.status === 201) recorded += 1;
    else if (response.status !== 200) {
      log(`delivery event ${event.eventId} refused: HTTP ${response.status} ${await response.text()}`);
      shutdown(1);
      return;
    }
  }
  log(`delivery events: ${recorded} recorded, ${events.length - recorded} already known`);
}

const commerceUrl = `http://localhost:${ports.commerce}`;
const proxyUrl = `http://localhost:${ports.proxy}`;
const exstreamUrl = `http://localhost:${ports.exstream}`;
start('exstream', 'projects/sandbox/dist/exstream/main.js', {
  EXSTREAM_PORT: String(ports.exstream),
  SANDBOX_TEST_HOOKS: ephemeral ? '1' : process.env.SANDBOX_TEST_HOOKS ?? '0',
});
await waitFor(`${exstreamUrl}/orchestration/api/v1/inputs/ondemand/electronics/generate`, 'exstream');
start('commerce', 'projects/sandbox/dist/commerce/main.js', {
  SANDBOX_PORT: String(ports.commerce),
  SANDBOX_TEST_HOOKS: ephemeral ? '1' : process.env.SANDBOX_TEST_HOOKS ?? '0',
});
await waitFor(`${commerceUrl}/occ/v2/electronics-spa/cms/pages`, 'commerce');
start('proxy', 'projects/proxy/dist/main.js', {
  PORT: String(ports.proxy),
  DATA_DIR: proxyDataDir,
  COMMERCE_BASE_URL: commerceUrl,
  ...sandboxExstreamEnv(exstreamUrl),
  INTEGRATION_CLIENT_ID: integration.clientId,
  INTEGRATION_CLIENT_SECRET: integration.secret,
  ...SANDBOX_ACTION_URL_ENV,
});
await waitFor(`${proxyUrl}/health/live`, 'proxy');
await postDeliveryEvents();
start('ingress', 'projects/sandbox/dist/ingress/main.js', {
  PORT: String(ports.storefront),
  PROXY_URL: proxyUrl,
  COMMERCE_URL: commerceUrl,
  // another built storefront (e.g. the compatibility test's 2211 app) when named
  STOREFRONT_DIST: resolve(root, process.env.STOREFRONT_DIST ?? 'dist/storefront'),
});
await waitFor(`http://localhost:${ports.storefront}/`, 'storefront');

log('');
log(`Storefront:          http://localhost:${ports.storefront}/  (My Documents: /my-account/documents)`);
log(`Document proxy:      ${proxyUrl}  (health: /health/ready)`);
log(`Commerce stand-in:   ${commerceUrl}/occ/v2/electronics-spa`);
log(`Exstream emulator:   ${exstreamUrl}  (OTDS tenant exd, domain electronics)`);
log('Demo logins (password Demo1234!): anna.schmidt@example.com, ben.miller@example.com, chris.new@example.com (no documents)');
log(`Data: ${dataDir}`);
log('Press Ctrl+C to stop.');

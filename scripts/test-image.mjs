#!/usr/bin/env node
// Builds the proxy's container image (projects/proxy/Containerfile) on a base image made from Debian
// packages (no container registry needed) and runs it the way Kubernetes does: read-only root
// filesystem, a volume for the data folder, a tmpfs for /tmp, a non-root user. Against the sandbox's
// Commerce it checks readiness, a shopper's document list and a download, with SQLite and then with
// PostgreSQL (scripts/ensure-postgres.mjs), plus the health check, JSON logs and a clean SIGTERM stop.
// Prints image size and build time. Needs root (podman, debootstrap, apt-get).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureLocalBaseImage, ensureTools } from './image/local-base-image.mjs';
import { SANDBOX_ACTION_URL_ENV } from './sandbox-exstream-env.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const IMAGE = 'localhost/exstream-documents-proxy:test';
const SITE = 'electronics-spa';
const SHOPPER = { username: 'anna.schmidt@example.com', password: 'Demo1234!' };
const started = Date.now();
const say = (line) => process.stdout.write(`[image] ${line}\n`);

// This machine's containers may not raise limits (no CAP_SYS_RESOURCE) and its cgroups are a v1/v2
// hybrid that crun refuses, so podman runs with runc and limits below the current ones.
const RUNTIME = process.env.PODMAN_RUNTIME ?? 'runc';
const PODMAN = ['--runtime', RUNTIME];
const LIMITS = ['--ulimit', 'nofile=1024:1024', '--ulimit', 'nproc=4096:4096'];

function podman(args, options = {}) {
  const result = spawnSync('podman', [...PODMAN, ...args], { encoding: 'utf8', cwd: root, ...options });
  if (result.status !== 0 && !options.allowFailure) {
    throw new Error(`podman ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  }
  return result;
}

function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
  say(`ok: ${message}`);
}

async function freePort() {
  const server = createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

async function waitFor(url, expectStatus, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status === expectStatus) return response;
      last = `HTTP ${response.status} ${await response.text()}`;
    } catch (error) {
      last = error.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer ${expectStatus} within ${timeoutMs} ms (last: ${last})`);
}

function ensureBuilt(output, workspace) {
  if (spawnSync('test', ['-f', join(root, output)]).status === 0) return;
  say(`building ${workspace}`);
  const result = spawnSync('npm', ['run', 'build', '-w', workspace], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`build of ${workspace} failed`);
}

function buildImage(baseImage) {
  say(`podman build --build-arg BASE_IMAGE=${baseImage} -f projects/proxy/Containerfile`);
  const begin = Date.now();
  const result = spawnSync(
    'podman',
    [...PODMAN, 'build', ...LIMITS, '--format', 'docker', '--network', 'host', '--build-arg', `BASE_IMAGE=${baseImage}`, '-f', 'projects/proxy/Containerfile', '-t', IMAGE, '.'],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) throw new Error('podman build failed');
  const seconds = (Date.now() - begin) / 1000;
  const size = Number(podman(['image', 'inspect', '--format', '{{.Size}}', IMAGE]).stdout.trim());
  return { seconds, size };
}

/** Options of every proxy container: what the Deployment in deploy/kubernetes sets. */
function runOptions(dataDir, env) {
  return [
    '--network', 'host', ...LIMITS,
    '--read-only', '--tmpfs', '/tmp:rw,size=64m',
    '-v', `${dataDir}:/var/lib/exstream-documents`,
    '--cap-drop', 'ALL', '--security-opt', 'no-new-privileges',
    ...Object.entries(env).flatMap(([name, value]) => ['-e', `${name}=${value}`]),
  ];
}

async function shopperToken(commerceUrl) {
  const response = await fetch(`${commerceUrl}/authorizationserver/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'mobile_android', client_secret: 'secret', ...SHOPPER }).toString(),
  });
  if (response.status !== 200) throw new Error(`token: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

/** Ingest with the image's own CLI, start the server, and check what a shopper gets. */
async function smokeTest(label, { batchDir, commerceUrl, env }) {
  say(`--- ${label}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'exd-image-data-'));
  chmodSync(dataDir, 0o777); // the image's user (10001) writes here
  const port = await freePort();
  const name = `exd-image-smoke-${randomBytes(3).toString('hex')}`;
  const base = { ...env, ...SANDBOX_ACTION_URL_ENV, COMMERCE_BASE_URL: commerceUrl, PORT: String(port), SIGNED_LINK_SECRET: randomBytes(24).toString('hex') };
  try {
    const ingest = podman(['run', '--rm', ...runOptions(dataDir, base), '-v', `${batchDir}:/batch:ro`, IMAGE, 'node', 'dist/cli/ingest.js', '/batch'], { allowFailure: true });
    check(ingest.status === 0, `${label}: the image's ingest CLI imports the sandbox's batch (exit ${ingest.status}${ingest.status ? `: ${ingest.stderr}` : ''})`);

    podman(['run', '-d', '--name', name, ...runOptions(dataDir, base), IMAGE]);
    const proxyUrl = `http://127.0.0.1:${port}`;
    const ready = await waitFor(`${proxyUrl}/health/ready`, 200);
    check((await ready.json()).status === 'UP', `${label}: /health/ready is UP (store, content, Commerce)`);

    const token = await shopperToken(commerceUrl);
    const list = await fetch(`${proxyUrl}/occ/v2/${SITE}/users/current/documents?pageSize=5`, { headers: { authorization: `Bearer ${token}` } });
    const body = await list.json();
    check(list.status === 200 && body.documents.length > 0, `${label}: the shopper's document list has ${body.documents?.length} documents`);

    const first = body.documents[0];
    const content = await fetch(`${proxyUrl}/occ/v2/${SITE}/users/current/documents/${encodeURIComponent(first.id)}/content`, { headers: { authorization: `Bearer ${token}` } });
    const bytes = Buffer.from(await content.arrayBuffer());
    check(content.status === 200 && bytes.subarray(0, 5).toString('latin1') === '%PDF-', `${label}: a download answers 200 with a PDF (${bytes.length} bytes)`);

    const health = podman(['healthcheck', 'run', name], { allowFailure: true });
    check(health.status === 0, `${label}: the image's HEALTHCHECK passes`);

    const user = podman(['exec', name, 'node', '-e', 'process.stdout.write(String(process.getuid()))']).stdout;
    check(user === '10001', `${label}: the proxy runs as user 10001`);
    const write = podman(['exec', name, 'node', '-e', "require('fs').writeFileSync('/app/x', '')"], { allowFailure: true });
    check(write.status !== 0, `${label}: the root filesystem is read-only`);

    const logs = podman(['logs', name]).stdout.trim().split('\n');
    check(logs.length > 0 && logs.every((line) => JSON.parse(line).level !== undefined), `${label}: every one of ${logs.length} stdout lines is a JSON log record`);

    podman(['stop', '-t', '20', name]);
    const exit = podman(['inspect', '--format', '{{.State.ExitCode}}', name]).stdout.trim();
    check(exit === '0', `${label}: SIGTERM stops the proxy cleanly (exit ${exit})`);
  } finally {
    podman(['rm', '-f', name], { allowFailure: true, stdio: 'ignore' });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  ensureTools(say, RUNTIME);
  ensureBuilt('projects/sandbox/dist/commerce/main.js', 'projects/sandbox');
  const baseImage = process.env.BASE_IMAGE ?? ensureLocalBaseImage(say);
  const build = buildImage(baseImage);

  const work = mkdtempSync(join(tmpdir(), 'exd-image-'));
  const commercePort = await freePort();
  const commerceUrl = `http://127.0.0.1:${commercePort}`;
  const commerce = spawn(process.execPath, ['projects/sandbox/dist/commerce/main.js'], {
    cwd: root,
    env: { ...process.env, SANDBOX_PORT: String(commercePort), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const batchDir = join(work, 'batch');
    const seed = spawnSync(process.execPath, ['projects/sandbox/dist/seed/main.js', batchDir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (seed.status !== 0) throw new Error('sandbox seed failed');
    chmodSync(work, 0o755);
    await waitFor(`${commerceUrl}/occ/v2/${SITE}/cms/pages`, 200);

    await smokeTest('SQLite', { batchDir, commerceUrl, env: {} });

    const ensure = spawnSync(process.execPath, ['scripts/ensure-postgres.mjs'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (ensure.status !== 0) throw new Error('scripts/ensure-postgres.mjs failed');
    const schema = `exd_image_${randomBytes(4).toString('hex')}`;
    await smokeTest('PostgreSQL', { batchDir, commerceUrl, env: { DATABASE_URL: ensure.stdout.trim(), DATABASE_SCHEMA: schema } });
    dropSchema(ensure.stdout.trim(), schema);
  } finally {
    commerce.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
  say(`image ${IMAGE}: ${(build.size / 1e6).toFixed(0)} MB, built in ${build.seconds.toFixed(0)} s on ${baseImage}`);
  say(`test:image passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function dropSchema(url, schema) {
  const script = `const {Client}=require('pg');const c=new Client({connectionString:process.argv[1]});c.connect().then(()=>c.query('DROP SCHEMA IF EXISTS ${schema} CASCADE')).then(()=>c.end())`;
  spawnSync(process.execPath, ['-e', script, url], { cwd: join(root, 'projects/proxy'), stdio: 'inherit' });
}

main().catch((error) => {
  process.stderr.write(`[image] ${error.stack ?? error}\n`);
  process.exit(1);
});

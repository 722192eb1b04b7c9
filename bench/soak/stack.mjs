// The soak's stack: the sandbox's Exstream emulator and Commerce stand-in, the demo documents ingested
// with the proxy's CLI, and the built proxy as its own process (as in production), all on free ports.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SANDBOX_ACTION_URL_ENV, sandboxExstreamEnv } from '../../scripts/sandbox-exstream-env.mjs';
import { freePort, waitForHttp } from '../bench-support.mjs';

export const SITE = 'electronics-spa';
export const INTEGRATION = { clientId: 'exd-soak', secret: 'exd-soak-integration-secret-0123' };
const HOST = '127.0.0.1';

function ensureBuilt(root) {
  for (const [workspace, output] of [['projects/proxy', 'projects/proxy/dist/main.js'], ['projects/sandbox', 'projects/sandbox/dist/commerce/main.js']]) {
    if (!fs.existsSync(path.join(root, output))) execFileSync('npm', ['run', 'build', '-w', workspace], { cwd: root, stdio: 'inherit' });
  }
}

function startNode(root, script, env, logFile) {
  const out = fs.openSync(logFile, 'a');
  return spawn(process.execPath, [path.join(root, script)], { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', out, out] });
}

/** Exstream emulator, Commerce stand-in, proxy: each started once the one before answers. */
async function startServices(root, dir, data, { exstreamUrl, commerceUrl, proxyUrl }, children) {
  const port = (url) => String(new URL(url).port);
  const exstream = startNode(root, 'projects/sandbox/dist/exstream/main.js', { EXSTREAM_PORT: port(exstreamUrl), HOST }, path.join(dir, 'exstream.log'));
  children.push(exstream);
  await waitForHttp(`${exstreamUrl}/orchestration/api/v1/inputs/ondemand/electronics/generate`, 'exstream emulator', exstream);
  const commerce = startNode(root, 'projects/sandbox/dist/commerce/main.js', { SANDBOX_PORT: port(commerceUrl), HOST }, path.join(dir, 'commerce.log'));
  children.push(commerce);
  await waitForHttp(`${commerceUrl}/occ/v2/${SITE}/cms/pages`, 'Commerce stand-in', commerce);
  const proxy = startNode(root, 'projects/proxy/dist/main.js', {
    PORT: port(proxyUrl),
    HOST,
    DATA_DIR: data,
    COMMERCE_BASE_URL: commerceUrl,
    ...sandboxExstreamEnv(exstreamUrl),
    ...SANDBOX_ACTION_URL_ENV,
    INTEGRATION_CLIENT_ID: INTEGRATION.clientId,
    INTEGRATION_CLIENT_SECRET: INTEGRATION.secret,
    // the soak measures steady load, not the per-user limit (two shoppers send all of it)
    RATE_LIMIT_MAX: '1000000',
  }, path.join(dir, 'proxy.log'));
  children.push(proxy);
  await waitForHttp(`${proxyUrl}/health/ready`, 'proxy', proxy);
  return proxy;
}

/** Starts everything; `close()` stops it and removes the temp folder. */
export async function startSoakStack(root) {
  ensureBuilt(root);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exd-soak-'));
  const batch = path.join(dir, 'batch');
  const data = path.join(dir, 'proxy');
  fs.mkdirSync(data);
  execFileSync(process.execPath, [path.join(root, 'projects/sandbox/dist/seed/main.js'), batch], { cwd: root, stdio: 'ignore' });
  execFileSync(process.execPath, [path.join(root, 'projects/proxy/dist/cli/ingest.js'), batch], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, DATA_DIR: data, ...SANDBOX_ACTION_URL_ENV },
  });

  const [exstreamPort, commercePort, proxyPort] = [await freePort(), await freePort(), await freePort()];
  const exstreamUrl = `http://${HOST}:${exstreamPort}`;
  const commerceUrl = `http://${HOST}:${commercePort}`;
  const proxyUrl = `http://${HOST}:${proxyPort}`;
  const children = [];
  const stop = async () => {
    for (const child of [...children].reverse()) {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', resolve)));
    }
  };
  let proxy;
  try {
    proxy = await startServices(root, dir, data, { exstreamUrl, commerceUrl, proxyUrl }, children);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}; logs in ${dir}`);
  }

  return {
    proxyUrl,
    commerceUrl,
    proxyPid: proxy.pid,
    proxyAlive: () => proxy.exitCode === null && proxy.signalCode === null,
    logDir: dir,
    async close() {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Password grant on the Commerce stand-in (the demo shoppers' password). */
export async function login(commerceUrl, username) {
  const body = new URLSearchParams({ grant_type: 'password', client_id: 'mobile_android', client_secret: 'secret', username, password: 'Demo1234!' });
  const response = await fetch(`${commerceUrl}/authorizationserver/oauth/token`, { method: 'POST', body });
  if (response.status !== 200) throw new Error(`login of ${username} failed: HTTP ${response.status}`);
  return (await response.json()).access_token;
}

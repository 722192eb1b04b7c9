#!/usr/bin/env node
// Server-side rendering check (`npm run test:ssr`, part of `npm test`): against a running sandbox
// stack, renders the order details page of a demo shopper with the storefront's server bundle
//  1. anonymously through the real Express server (server.ts): no error, HTML back, the login page
//     rendered because Spartacus keeps the session in browser storage;
//  2. signed in, with renderModule and the real AppServerModule plus the shopper's token: the
//     order documents component is rendered on the server with the order's documents.
// Any output on a server's stderr (Angular logs render errors there, e.g. `window is not defined`)
// fails the check. Needs `npm run build:lib && npm run build:app && npm run build:server`
// (all in `npm run build`). Ports: STOREFRONT_PORT, PROXY_PORT, SANDBOX_PORT, EXSTREAM_PORT (the
// stack) and SSR_PORT (the Express server, default 4000).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const storefrontOrigin = `http://localhost:${process.env.STOREFRONT_PORT ?? 4200}`;
const ssrOrigin = `http://localhost:${process.env.SSR_PORT ?? 4000}`;
const occ = '/occ/v2/electronics-spa';
const shopper = { uid: 'anna.schmidt@example.com', password: 'Demo1234!' };
const started = Date.now();

const children = [];
const results = [];
const workDir = mkdtempSync(join(tmpdir(), 'exd-ssr-check-'));

function log(message) {
  process.stdout.write(`[ssr] ${message}\n`);
}

/** Starts a node process; collects its stderr (and stdout) for the checks. */
function startNode(name, script, args, env) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => (child.output.stdout += chunk));
  child.stderr.on('data', (chunk) => (child.output.stderr += chunk));
  child.exited = new Promise((resolveExit) => child.on('exit', (code, signal) => resolveExit(code ?? signal)));
  child.label = name;
  children.push(child);
  return child;
}

async function waitFor(url, name, child, timeoutMs = 90000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${name} exited (${child.exitCode}) before answering:\n${child.output.stderr}`);
    }
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer at ${url} within ${timeoutMs} ms`);
}

async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    log(`ok - ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    log(`not ok - ${name}\n${String(error?.stack ?? error).replace(/^/gm, '    ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function stopAll() {
  for (const child of children.reverse()) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([child.exited, new Promise((r) => setTimeout(r, 3000))]);
    }
  }
  rmSync(workDir, { recursive: true, force: true });
}

async function shopperToken() {
  const response = await fetch(`${storefrontOrigin}/authorizationserver/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      username: shopper.uid,
      password: shopper.password,
      client_id: 'mobile_android',
      client_secret: 'secret',
    }),
  });
  assert(response.status === 200, `password grant answered ${response.status}`);
  return (await response.json()).access_token;
}

async function occGet(path, token) {
  const response = await fetch(`${storefrontOrigin}${occ}${path}`, { headers: { authorization: `Bearer ${token}` } });
  assert(response.status === 200, `GET ${path} answered ${response.status}`);
  return response.json();
}

async function main() {
  for (const file of ['dist/storefront/index.html', 'dist/storefront-server/main.js']) {
    if (!existsSync(resolve(root, file))) {
      throw new Error(`${file} is missing: run npm run build (or npm run build:ssr) first`);
    }
  }

  log(`starting the sandbox stack at ${storefrontOrigin}`);
  const stack = startNode('stack', 'scripts/stack.mjs', ['--ephemeral', '--no-build'], { STACK_QUIET: '1' });
  await waitFor(`${storefrontOrigin}/`, 'the stack', stack);

  const token = await shopperToken();
  const orders = await occGet('/users/current/orders?pageSize=5', token);
  const orderCode = orders.orders[0]?.code;
  assert(orderCode, 'the demo shopper has no orders');
  const orderDocuments = await occGet(`/users/current/orders/${encodeURIComponent(orderCode)}/documents`, token);
  const orderPath = `/my-account/order/${encodeURIComponent(orderCode)}`;
  log(`order ${orderCode}: ${orderDocuments.documents.length} documents`);

  // 1. anonymous, through the Express server
  log(`starting the server-rendering Express server at ${ssrOrigin}`);
  const server = startNode('ssr server', 'dist/storefront-server/main.js', [], {
    PORT: new URL(ssrOrigin).port,
    BACKEND_URL: storefrontOrigin,
    // a real server render, not the CSR fallback of a slow (cold, busy machine) render
    SSR_TIMEOUT_MS: '60000',
  });
  await waitFor(`${ssrOrigin}/favicon.ico`, 'the SSR server', server);

  await check('the Express server renders the order details URL anonymously into HTML (the login page)', async () => {
    const renderStarted = Date.now();
    const response = await fetch(`${ssrOrigin}${orderPath}`);
    const html = await response.text();
    log(`anonymous render: ${response.status}, ${html.length} characters in ${Date.now() - renderStarted} ms`);
    assert(response.status === 200, `status ${response.status}`);
    assert((response.headers.get('content-type') ?? '').startsWith('text/html'), 'not HTML');
    assert(/<app-root[^>]*ng-version=/.test(html), 'app-root was not rendered by Angular');
    assert(html.includes('<cx-storefront'), 'the Spartacus storefront was not rendered');
    // AuthGuard sends the anonymous visitor to the login page, rendered on the server
    assert(html.includes('<cx-login-form'), 'the login form was not rendered');
    assert(!html.includes('<cx-exd-order-documents'), 'order documents rendered without a session');
  });

  await check('the Express server passes OCC, OAuth and media paths to the backend', async () => {
    const media = await fetch(`${ssrOrigin}/medias/products/1382080/thumbnail.svg`);
    assert(media.status === 200, `media answered ${media.status}`);
    assert(media.headers.get('content-type')?.startsWith('image/svg+xml'), 'media is not SVG');
    const pages = await fetch(`${ssrOrigin}${occ}/cms/pages?lang=en&curr=USD`);
    assert(pages.status === 200, `cms/pages answered ${pages.status}`);
    const unauthorised = await fetch(`${ssrOrigin}${occ}/users/current/documents`);
    assert(unauthorised.status === 401, `documents without a token answered ${unauthorised.status}`);
  });

  // 2. signed in, renderModule with the real AppServerModule and the shopper's token
  const output = join(workDir, 'order-details.html');
  const render = startNode('render', 'scripts/ssr/render-as-shopper.cjs', [], {
    SSR_URL: `${storefrontOrigin}${orderPath}`,
    SSR_SHOPPER_TOKEN: token,
    SSR_OUTPUT: output,
  });
  const renderExit = await render.exited;
  log(`signed-in render: ${render.output.stdout.trim()}`);

  await check('the signed-in server render of order details finishes without errors', async () => {
    assert(renderExit === 0, `the render exited with ${renderExit}`);
    assert(existsSync(output), 'no HTML written');
  });

  const html = existsSync(output) ? readFileSync(output, 'utf8') : '';
  await check("the order documents component is rendered on the server with the order's documents", async () => {
    assert(/<cx-exd-order-documents[\s>]/.test(html), 'no <cx-exd-order-documents> host element');
    assert(html.includes('Documents for this order'), 'no heading');
    const groups = html.match(/class="cx-exd-group"/g) ?? [];
    assert(groups.length > 0, 'no document groups');
    assert(html.includes('Order confirmation'), 'no order confirmation group heading');
    for (const document of orderDocuments.documents) {
      assert(html.includes(`data-document-id="${document.id}"`), `document ${document.number} missing`);
    }
    log(`server HTML: ${groups.length} document groups, ${orderDocuments.documents.length} documents`);
  });

  await check("Spartacus' order details are rendered around it, with the product images", async () => {
    assert(html.includes(orderCode), 'the order code is not on the page');
    assert(html.includes('<cx-cart-item-list'), 'no order items');
    assert(/<img[^>]+src="[^"]*\/medias\/products\/[^"]+\.svg"/.test(html), 'no product image');
  });

  await check('no server process logged an error (window/document/Blob or anything else)', async () => {
    const logged = [render, server]
      .map((child) => [child.label, child.output.stderr.trim()])
      .filter(([, stderr]) => stderr.length > 0);
    assert(logged.length === 0, logged.map(([name, stderr]) => `${name}:\n${stderr}`).join('\n'));
  });
}

let failedToRun = false;
try {
  await main();
} catch (error) {
  failedToRun = true;
  log(`the check could not run: ${error?.stack ?? error}`);
} finally {
  await stopAll();
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed + (failedToRun ? 1 : 0);
log(`took ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);

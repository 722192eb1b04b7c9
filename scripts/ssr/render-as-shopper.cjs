#!/usr/bin/env node
// Renders one storefront URL with the server bundle (Angular's renderModule), signed in as the
// shopper whose OCC access token is in SSR_SHOPPER_TOKEN, and writes the HTML to SSR_OUTPUT.
// Run by scripts/test-ssr.mjs in a process of its own, so that whatever the render prints
// (Angular's ErrorHandler logs through console.error) is the whole of this process's stderr.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { resolve } = require('node:path');

const root = resolve(__dirname, '..', '..');
const serverBundle = resolve(root, process.env.SSR_SERVER_DIST ?? 'dist/storefront-server', 'main.js');
const indexHtml = resolve(root, process.env.STOREFRONT_DIST ?? 'dist/storefront', 'index.html');
const url = required('SSR_URL');
const accessToken = required('SSR_SHOPPER_TOKEN');
const output = required('SSR_OUTPUT');
const timeoutMs = Number(process.env.SSR_TIMEOUT_MS ?? 30000);

function required(name) {
  const value = process.env[name];
  if (!value) {
    process.stderr.write(`render-as-shopper: ${name} is not set\n`);
    process.exit(2);
  }
  return value;
}

process.on('unhandledRejection', (reason) => {
  console.error('unhandled rejection during the server render:', reason);
  process.exitCode = 1;
});

const bundle = require(serverBundle);
const started = Date.now();
const render = bundle.renderModule(bundle.ShopperSessionServerModule, {
  document: readFileSync(indexHtml, 'utf8'),
  url,
  extraProviders: [
    // what Spartacus' NgExpressEngineDecorator provides from the Express request
    { provide: bundle.SERVER_REQUEST_URL, useValue: url },
    { provide: bundle.SERVER_REQUEST_ORIGIN, useValue: new URL(url).origin },
    { provide: bundle.SHOPPER_ACCESS_TOKEN, useValue: accessToken },
  ],
});
const timeout = new Promise((_, reject) =>
  setTimeout(() => reject(new Error(`the render did not finish within ${timeoutMs} ms`)), timeoutMs).unref(),
);

Promise.race([render, timeout]).then(
  (html) => {
    writeFileSync(output, html);
    process.stdout.write(`rendered ${html.length} characters in ${Date.now() - started} ms\n`);
    // Spartacus and the app may keep timers; the render is complete.
    process.exit(process.exitCode ?? 0);
  },
  (error) => {
    console.error('the server render failed:', error);
    process.exit(1);
  },
);

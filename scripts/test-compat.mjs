#!/usr/bin/env node
// Compatibility test on the composable storefront 2211 (Angular 17), as a storefront team would meet it:
//  1. creates a fresh Angular 17 app with `ng new` and sets up Spartacus 2211 with Spartacus' own
//     schematics, in a temp folder, with Spartacus' packages from SPARTACUS_2211_PACKAGES,
//  2. packs our built library and runs `ng add` from the tarball, twice (the second changes nothing),
//  3. turns on Spartacus' My Account V2 order pages and builds the app for production,
//  4. serves it through the sandbox ingress and runs the Playwright journeys against it;
//  then the same for a second, B2B app (base site powertools-spa, the B2B features of
//  scripts/compat/spartacus-2211.json `b2bFeatures`, among them SAP's Account Summary), with our
//  library added once, and runs the B2B journeys (EXD_STOREFRONT=spartacus-2211-b2b) against it.
//
// SPARTACUS_2211_PACKAGES: a folder of the Spartacus 2211 npm tarballs (default ../shared/spartacus-2211
// beside this repository, when it exists), or `registry` to install @spartacus/* by version from the
// registry npm is configured with for that scope (e.g. an .npmrc with `@spartacus:registry=` and its token).
// Keeps the temp folder when it fails (KEEP_COMPAT_DIR=1 keeps it always). COMPAT_APP_DIR=<app folder> reuses
// a B2C app made before, COMPAT_B2B_APP_DIR=<app folder> a B2B one: installs the library as built now, then
// builds and runs the journeys. COMPAT_STOREFRONTS=b2c or b2b runs one of the two apps only (default both).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestLog, ngAddTwice, packLibrary, root, runOrFail } from './lib/app-under-test.mjs';

const stack = JSON.parse(readFileSync(join(root, 'scripts/compat/spartacus-2211.json'), 'utf-8'));
const storefrontPort = process.env.STOREFRONT_PORT ?? '4200';
const env = { ...process.env, NG_CLI_ANALYTICS: 'false', NG_FORCE_TTY: 'false', CI: '1' };
// Angular 17's CLI hashes with a Node 20 default; the legacy provider that Angular 12 needs is not wanted here
delete env.NODE_OPTIONS;
env.npm_config_node_options = '';

const selected = new Set((process.env.COMPAT_STOREFRONTS ?? 'b2c,b2b').split(',').map((s) => s.trim()).filter(Boolean));
const reuseB2c = process.env.COMPAT_APP_DIR;
const reuseB2b = process.env.COMPAT_B2B_APP_DIR;
const reused = selected.has('b2c') && reuseB2c ? reuseB2c : selected.has('b2b') && reuseB2b ? reuseB2b : undefined;
const work = reused ? resolve(reused, '..') : mkdtempSync(join(tmpdir(), 'exd-compat-'));
const log = createTestLog('compat-2211', work);
for (const name of selected) {
  if (name !== 'b2c' && name !== 'b2b') log.fail(`COMPAT_STOREFRONTS names ${name}; known: b2c, b2b`);
}

/** The two apps: the B2C shop of the main journeys, and a B2B shop with SAP's Account Summary pages. */
const apps = [
  {
    kind: 'b2c',
    name: 'shop2211',
    reuse: reuseB2c,
    baseSite: stack.baseSite,
    features: stack.features,
    storefront: 'spartacus-2211',
  },
  {
    kind: 'b2b',
    name: 'b2b2211',
    reuse: reuseB2b,
    baseSite: stack.b2bBaseSite,
    features: stack.b2bFeatures,
    storefront: 'spartacus-2211-b2b',
  },
]
  .filter((a) => selected.has(a.kind))
  .map((a) => ({ ...a, dir: a.reuse ? resolve(a.reuse) : join(work, a.name) }));

/** The install specs of Spartacus' packages: tarball paths, or `@spartacus/x@version` for a registry. */
function spartacusInstallSpecs() {
  const configured = process.env.SPARTACUS_2211_PACKAGES;
  if (configured === 'registry') {
    return stack.spartacusPackages.map((name) => `@spartacus/${name}@${stack.spartacusVersion}`);
  }
  const folder = configured ? resolve(configured) : resolve(root, '../shared/spartacus-2211');
  if (!existsSync(folder)) {
    log.fail(
      `no Spartacus ${stack.spartacusVersion} packages: set SPARTACUS_2211_PACKAGES to a folder of their npm ` +
        `tarballs, or to "registry" with an .npmrc naming the registry of the @spartacus scope (looked in ${folder})`,
    );
  }
  return stack.spartacusPackages.map((name) => {
    const tarball = join(folder, `spartacus-${name}-${stack.spartacusVersion}.tgz`);
    if (!existsSync(tarball)) log.fail(`missing ${tarball}`);
    return tarball;
  });
}

/** The Angular CLI of the work folder, installed once for both apps. */
function ensureCli() {
  if (existsSync(join(work, 'node_modules/.bin/ng'))) return;
  // the repository's own CLI would find the repository's angular.json, so the apps get a CLI of their own
  log.step(`installing @angular/cli@${stack.angularCli} in ${work}`);
  writeFileSync(join(work, 'package.json'), JSON.stringify({ private: true }));
  runOrFail(log, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `@angular/cli@${stack.angularCli}`], work, env);
}

function createApp({ name: appName, dir: app, baseSite, features }) {
  const specs = spartacusInstallSpecs();
  ensureCli();

  // Spartacus' schematics need an NgModule app (they look for app.module.ts)
  log.step(`ng new ${appName} (NgModule app, no SSR)`);
  runOrFail(
    log,
    join(work, 'node_modules/.bin/ng'),
    ['new', appName, '--routing=false', '--style=scss', '--ssr=false', '--standalone=false', '--skip-git', '--skip-install', '--defaults', '--interactive=false'],
    work,
    env,
  );
  // the second app's install comes from npm's cache, filled by the first
  log.step(`installing ${appName} with Spartacus 2211 and its peers`);
  const peers = Object.entries(stack.peers).map(([name, version]) => `${name}@${version}`);
  runOrFail(log, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...specs, ...peers], app, env);

  // every feature named explicitly: the default list names packages this set does not have
  log.step(`Spartacus' own schematics (base site ${baseSite}, features ${features.join(', ')})`);
  runOrFail(
    log,
    join(app, 'node_modules/.bin/ng'),
    ['add', '@spartacus/schematics', '--skip-confirmation', '--interactive=false', `--baseUrl=http://localhost:${storefrontPort}`, `--baseSite=${baseSite}`, '--features', ...features],
    app,
    env,
  );
}

function addOurLibrary({ kind, name: appName, dir: app }, tarball) {
  const args = ['add', tarball, `--project=${appName}`, '--proxy-base-url=', '--order-history', '--skip-confirmation', '--interactive=false'];
  if (kind === 'b2c') {
    ngAddTwice(log, app, args, env);
  } else {
    // the B2C app proves that a second run changes nothing; here once is what a team does
    log.step(`ng ${args.join(' ')}`);
    runOrFail(log, join(app, 'node_modules/.bin/ng'), args, app, env);
  }
}

/**
 * Turns on Spartacus' "My Account V2" order pages (which remap the order history and order details
 * components), so the journeys prove ours still appear with them — the way a shop would turn them on.
 */
function useMyAccountV2Orders({ dir: app }) {
  const file = join(app, 'src/app/spartacus/spartacus-configuration.module.ts');
  const source = readFileSync(file, 'utf-8');
  if (source.includes('USE_MY_ACCOUNT_V2_ORDER')) return;
  log.step('turning on My Account V2 order pages (USE_MY_ACCOUNT_V2_ORDER)');
  const withImport = `import { USE_MY_ACCOUNT_V2_ORDER } from '@spartacus/order/root';\n${source}`;
  const changed = withImport.replace('providers: [', 'providers: [{ provide: USE_MY_ACCOUNT_V2_ORDER, useValue: true }, ');
  if (changed === withImport) log.fail(`no providers array in ${file}`);
  writeFileSync(file, changed);
}

function buildApp({ name: appName, dir: app }) {
  log.step(`ng build ${appName} (production)`);
  runOrFail(log, join(app, 'node_modules/.bin/ng'), ['build', '--configuration', 'production'], app, env);
  const browser = join(app, 'dist', appName, 'browser');
  const chunks = readdirSync(browser).filter((name) => name.endsWith('.js'));
  if (!chunks.some((name) => readFileSync(join(browser, name), 'utf-8').includes('cx-exd-my-documents'))) {
    log.fail('no built chunk contains the documents components');
  }
  return browser;
}

function ensureStackBuilt() {
  for (const [name, output] of [['proxy', 'projects/proxy/dist/main.js'], ['sandbox', 'projects/sandbox/dist/commerce/main.js']]) {
    if (!existsSync(join(root, output))) {
      log.step(`building the ${name}`);
      runOrFail(log, 'npm', ['run', `build:${name}`], root);
    }
  }
}

/** The journeys of that storefront (e2e/playwright.config.ts picks them by EXD_STOREFRONT). */
function runJourneys({ storefront }, browserDist) {
  ensureStackBuilt();
  log.step(`Playwright journeys against the 2211 app (${storefront}, ${browserDist})`);
  runOrFail(log, 'npm', ['test', '-w', 'e2e', '--', ...process.argv.slice(2)], root, {
    ...process.env,
    STOREFRONT_DIST: browserDist,
    EXD_STOREFRONT: storefront,
  });
}

let tarball;
for (const target of apps) {
  const started = log.seconds();
  if (target.reuse) {
    log.step(`reusing ${target.dir}: installing the library as built now`);
    runOrFail(log, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', packLibrary(log, work, env)], target.dir, env);
  } else {
    createApp(target);
    tarball ??= packLibrary(log, work, env);
    addOurLibrary(target, tarball);
    useMyAccountV2Orders(target);
  }
  runJourneys(target, buildApp(target));
  log.step(`${target.name} (${target.kind}) passed in ${log.seconds() - started} s`);
}
log.step(`passed in ${log.seconds()} s`);
if (!reused && process.env.KEEP_COMPAT_DIR !== '1') {
  rmSync(work, { recursive: true, force: true });
}

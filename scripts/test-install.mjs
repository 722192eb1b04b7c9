#!/usr/bin/env node
// Integration test of `ng add @exstream-spartacus/documents`, as a storefront team would run it:
//  1. packs the built library (npm pack dist/documents),
//  2. creates a fresh Angular 12 app with `ng new` and sets up Spartacus 4.3 with Spartacus' own
//     schematics, in a temp folder, installing from the npm cache that `npm ci` filled (--prefer-offline),
//  3. runs `ng add` from the tarball, then again, and checks the second run changed nothing,
//  4. builds the app for production.
// Keeps the temp folder when it fails (KEEP_INSTALL_DIR=1 keeps it always).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf-8'));
const work = mkdtempSync(join(tmpdir(), 'exd-install-'));
const app = join(work, 'shop');
const started = Date.now();
const devDeps0 = () => rootPackage.devDependencies;
const env = { ...process.env, NODE_OPTIONS: '--openssl-legacy-provider', NG_CLI_ANALYTICS: 'false', CI: '1' };

function step(message) {
  console.log(`[install-test ${Math.round((Date.now() - started) / 1000)}s] ${message}`);
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[install-test] failed: ${command} ${args.join(' ')} (in ${cwd}); kept ${work}`);
    process.exit(result.status ?? 1);
  }
}

function fingerprint(dir) {
  const hashes = new Map();
  const visit = (folder) => {
    for (const name of readdirSync(folder)) {
      if (name === 'node_modules' || name === 'dist' || name === '.angular' || name === 'package-lock.json') continue;
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else hashes.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  visit(dir);
  return hashes;
}

if (!existsSync(join(root, 'dist/documents/schematics/collection.json'))) {
  step('building the library');
  run('npm', ['run', 'build:lib'], root);
}

step(`packing dist/documents into ${work}`);
run('npm', ['pack', join(root, 'dist/documents'), '--pack-destination', work, '--silent'], root);
const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));

// the CLI of this repository would find the repository's angular.json (it looks up from its own
// folder), so `ng new` runs with the same CLI version installed in the temp folder
step(`installing @angular/cli@${devDeps0()['@angular/cli']} in the temp folder`);
writeFileSync(join(work, 'package.json'), JSON.stringify({ private: true }));
run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', `@angular/cli@${devDeps0()['@angular/cli']}`], work);

step('ng new');
run(
  join(work, 'node_modules/.bin/ng'),
  ['new', 'shop', '--skip-git', '--skip-install', '--style=scss', '--routing=false', '--strict', '--defaults', '--interactive=false'],
  work,
);

// the same versions this repository installs, so everything comes from the npm cache
const pin = (names, from) => Object.fromEntries(names.map((name) => [name, from[name]]));
const appPackage = JSON.parse(readFileSync(join(app, 'package.json'), 'utf-8'));
const deps = rootPackage.dependencies;
const devDeps = rootPackage.devDependencies;
appPackage.dependencies = {
  ...appPackage.dependencies,
  ...pin(Object.keys(appPackage.dependencies).filter((name) => deps[name]), deps),
  ...pin(
    [
      '@spartacus/assets', '@spartacus/core', '@spartacus/storefront', '@spartacus/styles', '@spartacus/user',
      '@ng-bootstrap/ng-bootstrap', '@ng-select/ng-select', '@ngrx/effects', '@ngrx/router-store', '@ngrx/store',
      'angular-oauth2-oidc', 'bootstrap', 'i18next', 'i18next-http-backend', 'ngx-infinite-scroll', '@angular/service-worker',
    ],
    deps,
  ),
};
appPackage.devDependencies = {
  ...appPackage.devDependencies,
  ...pin(Object.keys(appPackage.devDependencies).filter((name) => devDeps[name]), devDeps),
  '@spartacus/schematics': devDeps['@spartacus/schematics'],
};
writeFileSync(join(app, 'package.json'), JSON.stringify(appPackage, null, 2));

step('npm install --prefer-offline');
run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);

// one small feature (Account, from @spartacus/user): the schematic needs at least one, and every
// feature library it names must be installed already
step("Spartacus' own schematics");
run(
  join(app, 'node_modules/.bin/ng'),
  ['g', '@spartacus/schematics:ng-add', '--project=shop', '--baseUrl=https://commerce.example.com', '--baseSite=electronics-spa', '--features=Account', '--interactive=false'],
  app,
);

step(`ng add ${tarball}`);
const ngAdd = [
  'add', join(work, tarball), '--project=shop', '--proxy-base-url=https://documents.example.com',
  '--skip-confirmation', '--interactive=false',
];
run(join(app, 'node_modules/.bin/ng'), ngAdd, app);
const feature = join(app, 'src/app/spartacus/features/exstream-documents/exstream-documents-feature.module.ts');
if (!existsSync(feature) || !readFileSync(feature, 'utf-8').includes("proxyBaseUrl: 'https://documents.example.com'")) {
  console.error(`[install-test] ng add did not write the feature module with the proxy URL; kept ${work}`);
  process.exit(1);
}

step('ng add again: must change nothing');
const before = fingerprint(app);
run(join(app, 'node_modules/.bin/ng'), ngAdd, app);
const after = fingerprint(app);
const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
if (changed.length) {
  console.error(`[install-test] the second ng add changed: ${changed.join(', ')}; kept ${work}`);
  process.exit(1);
}

step('ng build --configuration production');
run(join(app, 'node_modules/.bin/ng'), ['build', '--configuration', 'production'], app);
const built = readdirSync(join(app, 'dist/shop'));
const lazyChunk = built.some((name) => name.endsWith('.js') && readFileSync(join(app, 'dist/shop', name), 'utf-8').includes('cx-exd-my-documents'));
if (!lazyChunk) {
  console.error(`[install-test] no built chunk contains the documents components; kept ${work}`);
  process.exit(1);
}

step('passed');
if (process.env.KEEP_INSTALL_DIR !== '1') {
  rmSync(work, { recursive: true, force: true });
}

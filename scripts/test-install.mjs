#!/usr/bin/env node
// Integration test of `ng add @exstream-spartacus/documents`, as a storefront team would run it:
//  1. packs the built library (npm pack dist/documents),
//  2. creates a fresh Angular 12 app with `ng new` and sets up Spartacus 4.3 with Spartacus' own
//     schematics, in a temp folder, installing from the npm cache that `npm ci` filled (--prefer-offline),
//  3. runs `ng add` from the tarball, then again, and checks the second run changed nothing,
//  4. builds the app for production.
// Keeps the temp folder when it fails (KEEP_INSTALL_DIR=1 keeps it always).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestLog, ngAddTwice, packLibrary, root, runOrFail } from './lib/app-under-test.mjs';

const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf-8'));
const work = mkdtempSync(join(tmpdir(), 'exd-install-'));
const app = join(work, 'shop');
const devDeps0 = () => rootPackage.devDependencies;
const env = { ...process.env, NODE_OPTIONS: '--openssl-legacy-provider', NG_CLI_ANALYTICS: 'false', CI: '1' };
const log = createTestLog('install-test', work);
const step = log.step;
const run = (command, args, cwd) => runOrFail(log, command, args, cwd, env);

const tarball = packLibrary(log, work, env);

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

const ngAdd = [
  'add', tarball, '--project=shop', '--proxy-base-url=https://documents.example.com',
  '--skip-confirmation', '--interactive=false',
];
ngAddTwice(log, app, ngAdd, env);
const feature = join(app, 'src/app/spartacus/features/exstream-documents/exstream-documents-feature.module.ts');
if (!existsSync(feature) || !readFileSync(feature, 'utf-8').includes("proxyBaseUrl: 'https://documents.example.com'")) {
  log.fail('ng add did not write the feature module with the proxy URL');
}

step('ng build --configuration production');
run(join(app, 'node_modules/.bin/ng'), ['build', '--configuration', 'production'], app);
const built = readdirSync(join(app, 'dist/shop'));
const lazyChunk = built.some((name) => name.endsWith('.js') && readFileSync(join(app, 'dist/shop', name), 'utf-8').includes('cx-exd-my-documents'));
if (!lazyChunk) {
  log.fail('no built chunk contains the documents components');
}

step('passed');
if (process.env.KEEP_INSTALL_DIR !== '1') {
  rmSync(work, { recursive: true, force: true });
}

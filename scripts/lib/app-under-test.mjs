// What the install and compatibility tests share: logging with elapsed time, commands that stop the
// test when they fail (keeping the temp folder to look into), a fingerprint of an app's files to
// prove a second `ng add` changes nothing, and packing the built library.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(import.meta.url), '../../..');

export function createTestLog(name, work) {
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  return {
    seconds,
    step: (message) => console.log(`[${name} ${seconds()}s] ${message}`),
    fail: (message) => {
      console.error(`[${name}] ${message}; kept ${work}`);
      process.exit(1);
    },
  };
}

/** Runs a command with inherited output; a failure ends the test. */
export function runOrFail(log, command, args, cwd, env = process.env) {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) {
    log.fail(`failed: ${command} ${args.join(' ')} (in ${cwd})`);
  }
}

/** SHA-256 of every file of the app except installed, built and lock files, by relative path. */
export function fingerprint(dir) {
  const hashes = new Map();
  const visit = (folder) => {
    for (const name of readdirSync(folder)) {
      if (['node_modules', 'dist', '.angular', 'package-lock.json'].includes(name)) continue;
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else hashes.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  visit(dir);
  return hashes;
}

export function changedFiles(before, after) {
  return [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
}

/** Builds the library when it is not built yet, packs it into `work` and answers the tarball's path. */
export function packLibrary(log, work, env) {
  if (!existsSync(join(root, 'dist/documents/schematics/collection.json'))) {
    log.step('building the library');
    runOrFail(log, 'npm', ['run', 'build:lib'], root, env);
  }
  log.step(`packing dist/documents into ${work}`);
  const packed = spawnSync('npm', ['pack', join(root, 'dist/documents'), '--pack-destination', work, '--silent'], {
    cwd: root,
    env,
    encoding: 'utf-8',
  });
  const name = packed.stdout.trim().split('\n').pop();
  if (packed.status !== 0 || !name?.endsWith('.tgz')) {
    log.fail(`npm pack failed: ${packed.stderr}`);
  }
  return join(work, name);
}

/** Runs `ng add` from the tarball twice; the second run must change no file. */
export function ngAddTwice(log, app, ngAddArgs, env) {
  const ng = join(app, 'node_modules/.bin/ng');
  log.step(`ng ${ngAddArgs.join(' ')}`);
  runOrFail(log, ng, ngAddArgs, app, env);
  log.step('ng add again: must change nothing');
  const before = fingerprint(app);
  runOrFail(log, ng, ngAddArgs, app, env);
  const changed = changedFiles(before, fingerprint(app));
  if (changed.length) {
    log.fail(`the second ng add changed: ${changed.join(', ')}`);
  }
}

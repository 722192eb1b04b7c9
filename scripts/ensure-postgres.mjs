#!/usr/bin/env node
// Makes a local PostgreSQL server available for the PostgreSQL store specs: installs Debian's
// `postgresql` when missing (root only), starts its cluster, and creates the test role and
// database (exd_test / exd_test). Prints the TEST_DATABASE_URL to use. Safe to run repeatedly.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

export const TEST_DATABASE_URL = 'postgres://exd_test:exd_test@localhost:5432/exd_test';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sh = (command, options = {}) => spawnSync('sh', ['-c', command], { encoding: 'utf8', ...options });
const say = (line) => process.stderr.write(`[postgres] ${line}\n`);

function fail(message) {
  say(message);
  process.exit(1);
}

function installed() {
  return existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').length > 0 && sh('command -v pg_lsclusters').status === 0;
}

function asPostgres(sql) {
  return sh(`su postgres -c ${JSON.stringify(`psql -v ON_ERROR_STOP=1 -tAc ${JSON.stringify(sql)}`)}`);
}

export function ensurePostgres() {
  if (!installed()) {
    if (!isRoot) fail('PostgreSQL is not installed. On Debian: sudo apt-get update && sudo apt-get install -y postgresql');
    say('installing postgresql (apt-get)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'postgresql']]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (result.status !== 0) fail(`apt-get ${args[0]} failed`);
    }
  }
  // pg_lsclusters: "Ver Cluster Port Status Owner Data-directory Log-file"
  const clusters = sh('pg_lsclusters --no-header').stdout.trim().split('\n').filter(Boolean).map((l) => l.split(/\s+/));
  if (clusters.length === 0) {
    if (!isRoot) fail('No PostgreSQL cluster exists; create one with pg_createcluster (as root)');
    const version = readdirSync('/usr/lib/postgresql').sort().pop();
    say(`creating cluster ${version}/main`);
    if (sh(`pg_createcluster ${version} main`).status !== 0) fail('pg_createcluster failed');
    clusters.push([version, 'main', '5432', 'down']);
  }
  const [version, name, port, status] = clusters.find((c) => c[2] === '5432') ?? clusters[0];
  if (status !== 'online') {
    if (!isRoot) fail(`PostgreSQL cluster ${version}/${name} is down; start it with: sudo pg_ctlcluster ${version} ${name} start`);
    say(`starting cluster ${version}/${name} on port ${port}`);
    const started = sh(`pg_ctlcluster ${version} ${name} start`);
    if (started.status !== 0 && sh('service postgresql start').status !== 0) fail(`could not start PostgreSQL: ${started.stderr.trim()}`);
  }
  if (!isRoot) return TEST_DATABASE_URL; // cannot create roles without superuser access; assume they exist
  const role = asPostgres("SELECT 1 FROM pg_roles WHERE rolname = 'exd_test'");
  if (role.status !== 0) fail(`psql failed: ${role.stderr.trim()}`);
  if (role.stdout.trim() !== '1') {
    say('creating role exd_test');
    if (asPostgres("CREATE ROLE exd_test LOGIN PASSWORD 'exd_test' CREATEDB").status !== 0) fail('CREATE ROLE failed');
  }
  if (asPostgres("SELECT 1 FROM pg_database WHERE datname = 'exd_test'").stdout.trim() !== '1') {
    say('creating database exd_test');
    if (asPostgres('CREATE DATABASE exd_test OWNER exd_test').status !== 0) fail('CREATE DATABASE failed');
  }
  return TEST_DATABASE_URL;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  process.stdout.write(`${ensurePostgres()}\n`);
}

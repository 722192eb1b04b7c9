#!/usr/bin/env node
// Makes `npm test` work on a fresh Debian machine: the browser tests need Debian's Chromium
// and the PDF checks need pdfinfo (poppler-utils); the PostgreSQL store specs need a running
// PostgreSQL with the exd_test role (scripts/ensure-postgres.mjs). Installs them when running as root.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { ensurePostgres } from './ensure-postgres.mjs';

if (!process.env.TEST_DATABASE_URL) ensurePostgres();

const hasPdfinfo = spawnSync('sh', ['-c', 'command -v pdfinfo'], { stdio: 'ignore' }).status === 0;
const chromium = process.env.CHROME_BIN ?? '/usr/bin/chromium';
if (existsSync(chromium) && hasPdfinfo) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  process.stderr.write(
    'The tests need Chromium at /usr/bin/chromium (or CHROME_BIN) and pdfinfo.\n' +
      'On Debian: sudo apt-get update && sudo apt-get install -y chromium poppler-utils\n',
  );
  process.exit(1);
}
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium', 'poppler-utils']]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

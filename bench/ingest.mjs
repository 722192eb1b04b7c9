#!/usr/bin/env node
// Benchmark of batch ingest (npm run ingest) against a reference measured in the same run, on both
// store pairs: SQLite + folder store, and PostgreSQL + Azure Blob Storage (Azurite, the emulator).
//
//   npm run bench:ingest             a short run for a small machine: 10,000 small PDFs and 10 large ones
//   npm run bench:ingest -- --full   the issue's volume: 100,000 small PDFs (≈ 50 KB) and 200 large ones (20 MB)
//   BENCH_SMALL=2000 BENCH_LARGE=4 npm run bench:ingest     any other counts
//   BENCH_PAIRS=azure (or =sqlite)   one store pair only (the downloads need the Azure pair)
//   BENCH_INGEST_TIMEOUT_MIN=90      longest wait for one ingest (default 30 minutes)
//
// Reference: copying the same files with `cp -r` into an empty folder, plus inserting the same index
// rows in one SQL transaction into the same (freshly migrated) database. `cp` does not fsync, the ingest
// does (a batch's files before its rows commit), so a second reference line adds `sync -f` after the
// copy, for information. Target: ingest on the folder store takes at most 3× the reference.
// Then the proxy's downloads with the bytes coming from Azurite: throughput and proxy CPU per download,
// streamed by the proxy and with DOCUMENT_DELIVERY=redirect (the CPU should not grow with the file size).
// Needs PostgreSQL (TEST_DATABASE_URL, or scripts/ensure-postgres.mjs sets one up) and the dev
// dependency azurite. Everything listens on 127.0.0.1; every loop is bounded in count and time.
// Exit code 1 when the target is missed or an ingest rejected entries (the figures are printed all the same).
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import {
  cpuMsOf,
  databaseUrl,
  exitedChildrenCpuMs,
  ensureProxyBuilt,
  log,
  proxyDir,
  proxyDist,
  startFakeCommerce,
} from './bench-support.mjs';
import { startAzurite, writeBatch } from './ingest-fixtures.mjs';
import { documentIdOf, downloadFigures } from './ingest-downloads.mjs';

const requireProxy = createRequire(path.join(proxyDir, 'package.json'));
const FULL = process.argv.includes('--full');
const SMALL_COUNT = Number(process.env.BENCH_SMALL ?? (FULL ? 100_000 : 10_000));
const LARGE_COUNT = Number(process.env.BENCH_LARGE ?? (FULL ? 200 : 10));
const SMALL_SIZE = 50 * 1024;
const LARGE_SIZE = 20 * 1024 * 1024;
const TARGET_RATIO = 3;
// Azurite's cost per upload grows with the blobs it holds, so its 100,000 take over an hour
const INGEST_TIMEOUT_MS = Number(process.env.BENCH_INGEST_TIMEOUT_MIN ?? 30) * 60_000;
const PAIR_KEYS = { sqlite: 'SQLite + folder', azure: 'PostgreSQL + Azure Blob' };
const PAIR_NAMES = (process.env.BENCH_PAIRS ?? 'sqlite,azure').split(',').map((key) => {
  if (!PAIR_KEYS[key]) throw new Error(`BENCH_PAIRS: unknown store pair "${key}" (sqlite, azure)`);
  return PAIR_KEYS[key];
});

const seconds = (ms) => (ms / 1000).toFixed(1);

// ---------------------------------------------------------------- store pairs

/** A fresh, migrated index of each kind, and the one-transaction insert of the reference. */
const PAIRS = {
  'SQLite + folder': {
    async fresh(work) {
      const dataDir = fs.mkdtempSync(path.join(work, 'sqlite-'));
      const env = { DATA_DIR: dataDir };
      return {
        env,
        async insertRowsInOneTransaction(rows) {
          const { SqliteDocumentStore } = requireProxy('./dist/store/sqlite/sqlite-document-store.js');
          const file = path.join(fs.mkdtempSync(path.join(work, 'ref-sqlite-')), 'documents.sqlite');
          (SqliteDocumentStore.open(file)).close();
          const Database = requireProxy('better-sqlite3');
          const db = new Database(file);
          const { DOCUMENT_INSERT_COLUMNS, DOCUMENT_INSERT_COLUMN_COUNT, documentInsertValues } = requireProxy('./dist/store/document-rows.js');
          const insert = db.prepare(`INSERT INTO documents (${DOCUMENT_INSERT_COLUMNS}) VALUES (${Array(DOCUMENT_INSERT_COLUMN_COUNT).fill('?').join(', ')})`);
          const started = performance.now();
          db.transaction(() => {
            for (const row of rows) insert.run(...documentInsertValues(randomUUID(), row, Date.now()));
          }).immediate();
          const ms = performance.now() - started;
          db.close();
          return ms;
        },
      };
    },
  },
  'PostgreSQL + Azure Blob': {
    async fresh(work, { url, azurite }) {
      const schema = `bench_${randomBytes(4).toString('hex')}`;
      const env = { DATA_DIR: fs.mkdtempSync(path.join(work, 'pg-')), DATABASE_URL: url, DATABASE_SCHEMA: schema, ...(await azurite.container()) };
      return {
        env,
        schema,
        async insertRowsInOneTransaction(rows) {
          const { PgDocumentStore } = requireProxy('./dist/store/postgres/pg-document-store.js');
          const refSchema = `${schema}_ref`;
          await (await PgDocumentStore.open(url, { schema: refSchema, poolSize: 1 })).close();
          const { Client } = requireProxy('pg');
          const client = new Client({ connectionString: url, options: `-c search_path=${refSchema}` });
          await client.connect();
          const { DOCUMENT_INSERT_COLUMNS, DOCUMENT_INSERT_COLUMN_COUNT, documentInsertValues } = requireProxy('./dist/store/document-rows.js');
          const sql = `INSERT INTO documents (${DOCUMENT_INSERT_COLUMNS}) VALUES (${Array.from({ length: DOCUMENT_INSERT_COLUMN_COUNT }, (_, i) => `$${i + 1}`).join(', ')})`;
          const started = performance.now();
          await client.query('BEGIN');
          for (const row of rows) await client.query(sql, documentInsertValues(randomUUID(), row, Date.now()));
          await client.query('COMMIT');
          const ms = performance.now() - started;
          await client.query(`DROP SCHEMA "${refSchema}" CASCADE`);
          await client.end();
          return ms;
        },
      };
    },
  },
};

/** The rows the ingest writes for a batch (sizes and hashes as stored). */
function rowsOf(batch) {
  return batch.documents.map((d) => {
    const bytes = fs.readFileSync(path.join(batch.dir, d.file));
    return {
      ...d,
      fileName: path.basename(d.file),
      createdAt: new Date(d.createdAt),
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  });
}

function timeCopy(batch, work, withSync) {
  const target = fs.mkdtempSync(path.join(work, 'cp-'));
  const sources = fs.readdirSync(batch.dir).filter((f) => f !== 'manifest.json').map((f) => path.join(batch.dir, f));
  spawnSync('sync');
  const started = performance.now();
  const copy = spawnSync('cp', ['-r', ...sources, target]);
  if (copy.status !== 0) throw new Error(`cp failed: ${copy.stderr}`);
  if (withSync) spawnSync('sync', ['-f', target]);
  const ms = performance.now() - started;
  fs.rmSync(target, { recursive: true, force: true });
  return ms;
}

function cpuMsOfChild(usage) {
  return (usage.user + usage.system) / 1000;
}

/** Runs the ingest CLI on `batch`; its time, peak RSS and CPU, and the CPU `storePid` (the blob service) spent meanwhile. */
async function timeIngest(batch, env, storePid) {
  spawnSync('sync');
  const childrenCpuBefore = exitedChildrenCpuMs();
  const storeCpuBefore = storePid ? cpuMsOf(storePid) : 0;
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(proxyDist, 'cli/ingest.js'), batch.dir], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
    const lines = out.split('\n');
    for (const line of lines.slice(0, -1)) if (/%/.test(line)) process.stdout.write(`    ${line}\n`);
    out = lines[lines.length - 1];
  });
  child.stderr.on('data', (chunk) => (err += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), INGEST_TIMEOUT_MS);
  // the kernel's high-water mark of the process's RSS, read until it exits
  let peakRssKb = 0;
  const sampler = setInterval(() => (peakRssKb = Math.max(peakRssKb, peakRssKbOf(child.pid))), 100);
  const code = await new Promise((resolve) => child.once('exit', resolve));
  clearInterval(sampler);
  clearTimeout(timer);
  // exit 1: some entries were rejected (each on stderr); the figures still stand for the rest, so they are kept
  if (code !== 0 && code !== 1) throw new Error(`ingest exited with ${code}: ${err.slice(-500)}`);
  const rejected = err.split('\n').filter((line) => line.startsWith('rejected #'));
  return {
    rejected,
    ms: performance.now() - started,
    peakRssMb: peakRssKb / 1024,
    cpuMs: exitedChildrenCpuMs() - childrenCpuBefore,
    storeCpuMs: storePid ? cpuMsOf(storePid) - storeCpuBefore : undefined,
  };
}

function peakRssKbOf(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function verifyAudit(env) {
  const verify = spawnSync(process.execPath, [path.join(proxyDist, 'cli/audit-verify.js')], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 10 * 60_000 });
  if (verify.status !== 0) throw new Error(`audit:verify failed: ${verify.stdout}${verify.stderr}`);
  return verify.stdout.trim();
}

// ---------------------------------------------------------------- main

async function main() {
  ensureProxyBuilt('cli/ingest.js');
  const url = databaseUrl();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'exd-bench-ingest-'));
  const azurite = await startAzurite();
  const commerce = await startFakeCommerce();
  const table = [];
  try {
    log(`Ingest benchmark: ${SMALL_COUNT} PDFs of ${SMALL_SIZE / 1024} KB and ${LARGE_COUNT} of ${LARGE_SIZE / 1024 / 1024} MB, ${os.cpus().length} CPUs`);
    log('writing the batch folders ...');
    const batches = [
      { name: 'small', ...writeBatch(path.join(work, 'small'), SMALL_COUNT, SMALL_SIZE, 'S') },
      { name: 'large', ...writeBatch(path.join(work, 'large'), LARGE_COUNT, LARGE_SIZE, 'L') },
    ];
    let azureEnv;
    for (const [pairName, pair] of Object.entries(PAIRS).filter(([name]) => PAIR_NAMES.includes(name))) {
      for (const batch of batches.filter((b) => b.count > 0)) {
        const store = await pair.fresh(work, { url, azurite });
        log(`${pairName}, ${batch.count} ${batch.name}:`);
        const rows = rowsOf(batch);
        const copyMs = timeCopy(batch, work, false);
        const copySyncMs = timeCopy(batch, work, true);
        const insertMs = await store.insertRowsInOneTransaction(rows);
        const blobService = pairName === 'PostgreSQL + Azure Blob' ? azurite.child.pid : undefined;
        const { ms: ingestMs, peakRssMb, cpuMs, storeCpuMs, rejected } = await timeIngest(batch, store.env, blobService);
        if (rejected.length > 0) log(`    ${rejected.length} of ${batch.count} entries rejected, e.g. ${rejected[0]}`);
        const audit = verifyAudit(store.env);
        const reference = copyMs + insertMs;
        const ratio = ingestMs / reference;
        table.push({ pairName, batch, rejected: rejected.length, ingestMs, peakRssMb, cpuMs, storeCpuMs, reference, referenceSynced: copySyncMs + insertMs, ratio });
        log(`    ingest ${seconds(ingestMs)} s (peak RSS ${peakRssMb.toFixed(0)} MB); reference cp ${seconds(copyMs)} s + one transaction ${seconds(insertMs)} s (cp + sync -f ${seconds(copySyncMs)} s); ${audit}`);
        if (pairName === 'PostgreSQL + Azure Blob') azureEnv = store.env;
      }
    }
    log('');
    log('CPU ms per document: of the ingest process, and of Azurite meanwhile (its cost per request grows with the blobs it holds).');
    log('| store pair | documents | MB | ingest | docs/s | MB/s | peak RSS | CPU ms/doc ingest · Azurite | reference (cp + 1 transaction) | ratio | with cp + sync -f | target |');
    log('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const row of table) {
      const mbTotal = row.batch.bytes / 1e6;
      log(
        `| ${row.pairName} | ${row.batch.count} × ${row.batch.name === 'small' ? '50 KB' : '20 MB'}${row.rejected ? ` (${row.rejected} rejected)` : ''} | ${mbTotal.toFixed(0)} | ${seconds(row.ingestMs)} s | ` +
          `${Math.round(row.batch.count / (row.ingestMs / 1000))} | ${(mbTotal / (row.ingestMs / 1000)).toFixed(0)} | ${row.peakRssMb.toFixed(0)} MB | ` +
          `${(row.cpuMs / row.batch.count).toFixed(2)}${row.storeCpuMs === undefined ? '' : ` · ${(row.storeCpuMs / row.batch.count).toFixed(2)}`} | ${seconds(row.reference)} s | ` +
          `${row.ratio.toFixed(2)} | ${(row.ingestMs / row.referenceSynced).toFixed(2)} | ${row.pairName === 'SQLite + folder' ? `≤ ${TARGET_RATIO}` : ''} |`,
      );
    }

    if (azureEnv) {
      // The benchmark shopper's two documents for the downloads, in the PostgreSQL + Azure Blob pair.
      const ids = {
        small: documentIdOf(writeBatch(path.join(work, 'download-small'), 1, SMALL_SIZE, 'DS'), azureEnv, work),
        large: documentIdOf(writeBatch(path.join(work, 'download-large'), 1, LARGE_SIZE, 'DL'), azureEnv, work),
      };
      log('');
      log('Downloads from Azurite through the proxy (4 clients):');
      log('| delivery | file | downloads | MB/s | proxy CPU ms per download |');
      log('|---|---|---|---|---|');
      for (const row of await downloadFigures(azureEnv, ids, commerce.url)) {
        log(`| ${row.delivery} | ${row.label} | ${row.downloads} | ${row.mbPerSecond.toFixed(0)} | ${row.cpuMsPerDownload.toFixed(2)} |`);
      }
    }
  } finally {
    await commerce.close();
    await azurite.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
  if (table.some((row) => row.pairName === 'SQLite + folder' && row.ratio > TARGET_RATIO)) {
    log(`target missed: ingest on the folder store took more than ${TARGET_RATIO}× the reference`);
    process.exitCode = 1;
  }
  if (table.some((row) => row.rejected > 0)) {
    log('some entries were rejected (see above): their figures leave those entries out');
    process.exitCode = 1;
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(2);
});

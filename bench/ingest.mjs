#!/usr/bin/env node
// Benchmark of batch ingest (npm run ingest) against a reference measured in the same run, on both
// store pairs: SQLite + folder store, and PostgreSQL + Azure Blob Storage (Azurite, the emulator).
//
//   npm run bench:ingest             a short run for a small machine: 10,000 small PDFs and 10 large ones
//   npm run bench:ingest -- --full   the issue's volume: 100,000 small PDFs (≈ 50 KB) and 200 large ones (20 MB)
//   BENCH_SMALL=2000 BENCH_LARGE=4 npm run bench:ingest     any other counts
//
// Reference: copying the same files with `cp -r` into an empty folder, plus inserting the same index
// rows in one SQL transaction into the same (freshly migrated) database. `cp` does not fsync, the ingest
// does (a batch's files before its rows commit), so a second reference line adds `sync -f` after the
// copy, for information. Target: ingest on the folder store takes at most 3× the reference.
// Then the proxy's downloads with the bytes coming from Azurite: throughput and proxy CPU per download,
// streamed by the proxy and with DOCUMENT_DELIVERY=redirect (the CPU should not grow with the file size).
// Needs PostgreSQL (TEST_DATABASE_URL, or scripts/ensure-postgres.mjs sets one up) and the dev
// dependency azurite. Everything listens on 127.0.0.1; every loop is bounded in count and time.
// Exit code 1 when the target is missed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import {
  BENCH_USER,
  cpuMsOf,
  ensureProxyBuilt,
  freePort,
  HOST,
  log,
  proxyDir,
  proxyDist,
  root,
  SITE,
  startFakeCommerce,
  TOKEN,
  waitForHttp,
} from './bench-support.mjs';

const requireProxy = createRequire(path.join(proxyDir, 'package.json'));
const FULL = process.argv.includes('--full');
const SMALL_COUNT = Number(process.env.BENCH_SMALL ?? (FULL ? 100_000 : 10_000));
const LARGE_COUNT = Number(process.env.BENCH_LARGE ?? (FULL ? 200 : 10));
const SMALL_SIZE = 50 * 1024;
const LARGE_SIZE = 20 * 1024 * 1024;
const TARGET_RATIO = 3;
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const INGEST_TIMEOUT_MS = 30 * 60_000;

const seconds = (ms) => (ms / 1000).toFixed(1);

// ---------------------------------------------------------------- preparation

function databaseUrl() {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const ensured = spawnSync(process.execPath, [path.join(root, 'scripts/ensure-postgres.mjs')], { encoding: 'utf8' });
  if (ensured.status !== 0) throw new Error(`PostgreSQL is needed: ${ensured.stderr}`);
  return ensured.stdout.trim();
}

/** Random bytes behind a PDF header: incompressible, like real PDFs, and accepted by the ingest. */
function pdfBytes(size) {
  const bytes = randomBytes(size);
  Buffer.from('%PDF-1.7\n', 'ascii').copy(bytes, 0);
  return bytes;
}

/** A batch folder: files in 100 sub-folders plus manifest.json; the first two documents are the benchmark shopper's. */
function writeBatch(dir, count, size, prefix) {
  const documents = [];
  for (let i = 0; i < count; i++) {
    const file = `f${String(i % 100).padStart(2, '0')}/${prefix}-${i}.pdf`;
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), pdfBytes(size));
    documents.push({
      file,
      ownerUid: i < 2 ? BENCH_USER : `customer${i % 5000}@example.com`,
      type: 'INVOICE',
      title: `Invoice ${prefix}-${i}`,
      number: `${prefix}-${i}`,
      createdAt: new Date(Date.UTC(2026, 9, 1) + i * 1000).toISOString(),
      mimeType: 'application/pdf',
      language: 'en',
      channel: 'ARCHIVE',
    });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ documents }));
  return { dir, count, bytes: count * size, documents };
}

// ---------------------------------------------------------------- Azurite

async function startAzurite(location) {
  const main = path.join(path.dirname(requireProxy.resolve('azurite/package.json')), 'dist/src/blob/main.js');
  const child = spawn(process.execPath, [main, '--blobHost', HOST, '--blobPort', '0', '--location', location, '--silent', '--skipApiVersionCheck', '--disableTelemetry', '--loose'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Azurite did not start: ${output}`)), 30_000);
    const onData = (chunk) => {
      output += chunk;
      const match = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Azurite exited with ${code}: ${output}`)));
  });
  const endpoint = `http://${HOST}:${port}/devstoreaccount1`;
  const { BlobServiceClient } = requireProxy('@azure/storage-blob');
  const service = BlobServiceClient.fromConnectionString(
    `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};BlobEndpoint=${endpoint};`,
  );
  return {
    child,
    async container() {
      const name = `bench${randomBytes(4).toString('hex')}`;
      await service.getContainerClient(name).create();
      return { DOCUMENT_STORE_URL: `${endpoint}/${name}`, AZURE_STORAGE_ACCOUNT_KEY: AZURITE_KEY };
    },
    stop: () => new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }),
  };
}

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

async function timeIngest(batch, env) {
  spawnSync('sync');
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
  const code = await new Promise((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  if (code !== 0) throw new Error(`ingest exited with ${code}: ${err.slice(-500)}`);
  return performance.now() - started;
}

function verifyAudit(env) {
  const verify = spawnSync(process.execPath, [path.join(proxyDist, 'cli/audit-verify.js')], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 10 * 60_000 });
  if (verify.status !== 0) throw new Error(`audit:verify failed: ${verify.stdout}${verify.stderr}`);
  return verify.stdout.trim();
}

// ---------------------------------------------------------------- downloads through the proxy

/** Ingests a one-document batch and answers that document's id. */
function documentIdOf(batch, env, work) {
  const reportFile = path.join(work, `report-${randomBytes(4).toString('hex')}.json`);
  const run = spawnSync(process.execPath, [path.join(proxyDist, 'cli/ingest.js'), batch.dir, `--report=${reportFile}`], {
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`ingest of ${batch.dir} failed: ${run.stderr}`);
  return JSON.parse(fs.readFileSync(reportFile, 'utf8')).imported[0].id;
}

async function startProxy(env, commerceUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(proxyDist, 'main.js')], {
    env: { PATH: process.env.PATH, ...env, PORT: String(port), HOST, COMMERCE_BASE_URL: commerceUrl, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '1000000', SIGNED_LINK_SECRET: randomBytes(24).toString('hex') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://${HOST}:${port}`;
  await waitForHttp(`${base}/health/ready`, 'the proxy', child);
  return { base, pid: child.pid, stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))) };
}

/** GET that follows one redirect (to the SAS URL) and counts the body's bytes. */
async function download(url, headers) {
  let response = await fetch(url, { headers, redirect: 'manual' });
  if (response.status === 302) response = await fetch(response.headers.get('location'));
  if (response.status !== 200) throw new Error(`download answered ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.length;
  return bytes;
}

/** `count` downloads, `concurrency` at a time: MB/s and the proxy's CPU ms per download. */
async function measureDownloads(proxy, documentId, { count, concurrency, signed }) {
  const bearer = { Authorization: `Bearer ${TOKEN}` };
  const contentUrl = `${proxy.base}/occ/v2/${SITE}/users/current/documents/${documentId}/content`;
  const cpuBefore = cpuMsOf(proxy.pid);
  const started = performance.now();
  const deadline = Date.now() + 120_000;
  let next = 0;
  let bytes = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count && Date.now() < deadline) {
      next++;
      if (signed) {
        const link = await fetch(`${proxy.base}/occ/v2/${SITE}/users/current/documents/${documentId}/links`, { method: 'POST', headers: bearer });
        const { url } = await link.json();
        bytes += await download(`${proxy.base}${url}`, {});
      } else {
        bytes += await download(contentUrl, bearer);
      }
    }
  }));
  const ms = performance.now() - started;
  return { downloads: next, mbPerSecond: bytes / 1e6 / (ms / 1000), cpuMsPerDownload: (cpuMsOf(proxy.pid) - cpuBefore) / next };
}

async function downloadFigures(env, ids, commerceUrl) {
  const results = [];
  for (const delivery of ['proxy', 'redirect']) {
    const proxy = await startProxy({ ...env, DOCUMENT_DELIVERY: delivery }, commerceUrl);
    try {
      for (const [label, id, count] of [['20 MB', ids.large, 20], ['50 KB', ids.small, 100]]) {
        // streamed: bearer-token content requests; redirect: a signed link each (POST links + 302), bytes from Azurite
        const signed = delivery === 'redirect';
        await measureDownloads(proxy, id, { count: 8, concurrency: 4, signed }); // warm-up, not counted
        const figure = await measureDownloads(proxy, id, { count, concurrency: 4, signed });
        results.push({ delivery, label, ...figure });
      }
    } finally {
      await proxy.stop();
    }
  }
  return results;
}

// ---------------------------------------------------------------- main

async function main() {
  ensureProxyBuilt('cli/ingest.js');
  const url = databaseUrl();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'exd-bench-ingest-'));
  const azurite = await startAzurite(fs.mkdtempSync(path.join(work, 'azurite-')));
  const commerce = await startFakeCommerce();
  let missed = false;
  try {
    log(`Ingest benchmark: ${SMALL_COUNT} PDFs of ${SMALL_SIZE / 1024} KB and ${LARGE_COUNT} of ${LARGE_SIZE / 1024 / 1024} MB, ${os.cpus().length} CPUs`);
    log('writing the batch folders ...');
    const batches = [
      { name: 'small', ...writeBatch(path.join(work, 'small'), SMALL_COUNT, SMALL_SIZE, 'S') },
      { name: 'large', ...writeBatch(path.join(work, 'large'), LARGE_COUNT, LARGE_SIZE, 'L') },
    ];
    const table = [];
    let azureEnv;
    for (const [pairName, pair] of Object.entries(PAIRS)) {
      for (const batch of batches) {
        const store = await pair.fresh(work, { url, azurite });
        log(`${pairName}, ${batch.count} ${batch.name}:`);
        const rows = rowsOf(batch);
        const copyMs = timeCopy(batch, work, false);
        const copySyncMs = timeCopy(batch, work, true);
        const insertMs = await store.insertRowsInOneTransaction(rows);
        const ingestMs = await timeIngest(batch, store.env);
        const audit = verifyAudit(store.env);
        const reference = copyMs + insertMs;
        const ratio = ingestMs / reference;
        table.push({ pairName, batch, ingestMs, reference, referenceSynced: copySyncMs + insertMs, ratio });
        log(`    ingest ${seconds(ingestMs)} s; reference cp ${seconds(copyMs)} s + one transaction ${seconds(insertMs)} s (cp + sync -f ${seconds(copySyncMs)} s); ${audit}`);
        if (pairName === 'SQLite + folder' && ratio > TARGET_RATIO) missed = true;
        if (pairName === 'PostgreSQL + Azure Blob') azureEnv = store.env;
      }
    }
    log('');
    log('| store pair | documents | MB | ingest | docs/s | MB/s | reference (cp + 1 transaction) | ratio | with cp + sync -f | target |');
    log('|---|---|---|---|---|---|---|---|---|---|');
    for (const row of table) {
      const mbTotal = row.batch.bytes / 1e6;
      log(
        `| ${row.pairName} | ${row.batch.count} × ${row.batch.name === 'small' ? '50 KB' : '20 MB'} | ${mbTotal.toFixed(0)} | ${seconds(row.ingestMs)} s | ` +
          `${Math.round(row.batch.count / (row.ingestMs / 1000))} | ${(mbTotal / (row.ingestMs / 1000)).toFixed(0)} | ${seconds(row.reference)} s | ` +
          `${row.ratio.toFixed(2)} | ${(row.ingestMs / row.referenceSynced).toFixed(2)} | ${row.pairName === 'SQLite + folder' ? `≤ ${TARGET_RATIO}` : ''} |`,
      );
    }

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
  } finally {
    await commerce.close();
    await azurite.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
  if (missed) {
    log(`target missed: ingest on the folder store took more than ${TARGET_RATIO}× the reference`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(2);
});

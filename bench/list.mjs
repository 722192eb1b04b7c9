#!/usr/bin/env node
// List cost for a large account against a small one (npm run bench:list).
//
// Seeds a store on each database, SQLite (a file) and PostgreSQL (TEST_DATABASE_URL, else the local
// server scripts/ensure-postgres.mjs sets up), with BENCH_LIST_TOTAL documents (default 1,000,000):
// one owner with 100,000 (BENCH_LIST_BIG), one with 60, the rest fillers of ~100 each. Then the
// built proxy (list cache off: LIST_CACHE_BYTES=0) answers, through real HTTP, 50 keep-alive clients
// (wrk) for BENCH_LIST_SECONDS (default 5) per row: first page, page 500, `q` by a number prefix,
// `q` by a title word, a one-month date range, unread — each for both owners. Printed per row:
// p50 / p99 latency and the CPU ms per request (proxy, plus the PostgreSQL server's processes) for each owner, and the ratios big / small.
// Targets: CPU ratio <= 1.5 and p99 < 20 ms. A row for a title word that a tenth of the big account
// holds is printed for information: its count grows with its matches, not with the account.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { databaseUrl, freePort, HOST, log, proxyDist, root, SITE, startFakeCommerce, waitForHttp } from './bench-support.mjs';
import { BIG_OWNER, benchDocument, seedPostgres, seedSqlite, SMALL_OWNER, WORDS } from './list-seed.mjs';
import { setUpWrk, withCpu } from './wrk.mjs';

const TOTAL = Number(process.env.BENCH_LIST_TOTAL ?? 1_000_000);
const BIG = Math.min(Number(process.env.BENCH_LIST_BIG ?? 100_000), Math.floor(TOTAL / 2));
const SMALL = 60;
const SECONDS = Number(process.env.BENCH_LIST_SECONDS ?? 5);
const CONNECTIONS = 50;
const TARGETS = { ratio: 1.5, p99Ms: 20 };
const BIG_TOKEN = `big-${randomBytes(8).toString('hex')}`;
const SMALL_TOKEN = `small-${randomBytes(8).toString('hex')}`;
const SCHEMA = 'bench_list';
/** BENCH_LIST_STORES=sqlite or =postgres runs one database only. */
const STORES = (process.env.BENCH_LIST_STORES ?? 'sqlite,postgres').split(',');

const plain = (word) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
/** A word that both owners' titles hold (the small owner's 8th document), searched without its umlauts. */
const TITLE_WORD = plain(WORDS[(7 * 7919) % WORDS.length]);
/** The month of the big owner's document in the middle of the range, and the same calendar month for the small owner. */
const month = benchDocument(BIG_OWNER, Math.floor(BIG / 2), BIG).createdAt.toISOString().slice(0, 7);
const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** The number of an owner's middle document without its last digit: a prefix of 10 numbers. */
function numberPrefix(count) {
  return benchDocument(BIG_OWNER, Math.floor(count / 2), count).number.slice(0, -1);
}

/** [row name, query string for the big owner, for the small owner, counts towards the targets] */
const ROWS = [
  ['first page', 'pageSize=10', 'pageSize=10', true],
  ['page 500', 'pageSize=10&currentPage=500', 'pageSize=10&currentPage=500', true],
  ['q: number prefix (10 hits)', `q=${numberPrefix(BIG)}`, `q=${numberPrefix(SMALL)}`, true],
  [`q: title word "${TITLE_WORD}"`, `q=${encodeURIComponent(TITLE_WORD)}`, `q=${encodeURIComponent(TITLE_WORD)}`, true],
  [`one month (${month})`, `from=${month}-01&to=${lastDay}`, `from=${month}-01&to=${lastDay}`, true],
  ['unread', 'unread=true', 'unread=true', true],
  ['q: "rechnung" (info: 1/11 of each account)', 'q=rechnung', 'q=rechnung', false],
];

function buildProxy() {
  log('building the proxy (npm run build -w projects/proxy) ...');
  execFileSync('npm', ['run', 'build', '-w', 'projects/proxy'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function timed(what, work) {
  const started = Date.now();
  let last = 0;
  await work((done) => {
    if (Date.now() - last > 10_000) {
      last = Date.now();
      log(`  ${what}: ${done.toLocaleString('en')} documents, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  });
  log(`  ${what}: ${TOTAL.toLocaleString('en')} documents in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function startProxy(env, commerce, children) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(proxyDist, 'main.js')], {
    env: { ...process.env, HOST, PORT: String(port), COMMERCE_BASE_URL: commerce.url, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '1000000', LIST_CACHE_BYTES: '0', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  await waitForHttp(`http://${HOST}:${port}/health/live`, 'proxy', child);
  return { child, base: `http://${HOST}:${port}/occ/v2/${SITE}/users/current/documents` };
}

/** The PostgreSQL server's processes (its backends do the queries' work), for the CPU per request. */
function postgresPids() {
  return fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map(Number).filter((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
    } catch {
      return false;
    }
  });
}

async function measure(wrk, proxy, label, withDatabase = false) {
  const results = [];
  for (const [name, bigQuery, smallQuery, counts] of ROWS) {
    const run = async (token, query) => {
      const url = `${proxy.base}?${query}`;
      const answer = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      const body = await answer.json();
      if (answer.status !== 200) throw new Error(`${url}: ${answer.status} ${JSON.stringify(body)}`);
      // Warm-up; a slow row may finish no request within it, which is no failure here.
      await wrk({ url, headers: { Authorization: `Bearer ${token}` }, connections: 10, seconds: 1 }).catch(() => undefined);
      const result = await withCpu(() => [proxy.child.pid, ...(withDatabase ? postgresPids() : [])], () => wrk({ url, headers: { Authorization: `Bearer ${token}` }, connections: CONNECTIONS, seconds: SECONDS }));
      return { ...result, totalResults: body.pagination.totalResults, returned: body.documents.length };
    };
    const big = await run(BIG_TOKEN, bigQuery);
    const small = await run(SMALL_TOKEN, smallQuery);
    results.push({ label, name, big, small, counts });
    log(`  ${label} ${name}: big ${big.totalResults} matches p50 ${big.p50.toFixed(1)} ms, small ${small.totalResults} matches p50 ${small.p50.toFixed(1)} ms`);
  }
  return results;
}

function table(results) {
  const f = (n, d = 1) => n.toFixed(d);
  log('');
  log('| store | query | 100k owner: matches, p50 / p99 ms, CPU ms/req | 60 owner: matches, p50 / p99 ms, CPU ms/req | ratio CPU | ratio p50 | target (CPU ratio <= 1.5, p99 < 20 ms) |');
  log('|---|---|---|---|---|---|---|');
  let allMet = true;
  for (const { label, name, big, small, counts } of results) {
    const cpuRatio = big.serverCpuMsPerRequest / small.serverCpuMsPerRequest;
    const met = cpuRatio <= TARGETS.ratio && big.p99 < TARGETS.p99Ms && small.p99 < TARGETS.p99Ms;
    if (counts) allMet &&= met;
    log(
      `| ${label} | ${name} | ${big.totalResults}, ${f(big.p50)} / ${f(big.p99)}, ${f(big.serverCpuMsPerRequest, 3)} | ` +
        `${small.totalResults}, ${f(small.p50)} / ${f(small.p99)}, ${f(small.serverCpuMsPerRequest, 3)} | ${f(cpuRatio, 2)} | ${f(big.p50 / small.p50, 2)} | ${counts ? (met ? 'met' : 'MISSED') : 'info'} |`,
    );
  }
  return allMet;
}

async function main() {
  buildProxy();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'exd-bench-list-'));
  const { wrk, wrkVersion } = setUpWrk(work);
  const children = [];
  const cleanup = () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(work, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  process.on('SIGINT', () => process.exit(130));
  const commerce = await startFakeCommerce({ [BIG_TOKEN]: BIG_OWNER, [SMALL_TOKEN]: SMALL_OWNER });
  const url = databaseUrl();
  const seedOptions = { total: TOTAL, bigCount: BIG, smallCount: SMALL };
  const results = [];
  try {
    log(`seeding ${TOTAL.toLocaleString('en')} documents (owners of ${BIG.toLocaleString('en')} and ${SMALL}) ...`);
    const dataDir = path.join(work, 'data');
    if (STORES.includes('sqlite')) {
      await timed('SQLite', (progress) => seedSqlite(path.join(dataDir, 'documents.sqlite'), { ...seedOptions, progress }));
      const sqlite = await startProxy({ DATA_DIR: dataDir }, commerce, children);
      results.push(...(await measure(wrk, sqlite, 'SQLite')));
      sqlite.child.kill('SIGTERM');
    }
    if (STORES.includes('postgres')) {
      await timed('PostgreSQL', (progress) => seedPostgres(url, SCHEMA, { ...seedOptions, progress }));
      const pg = await startProxy({ DATA_DIR: path.join(work, 'pgdata'), DATABASE_URL: url, DATABASE_SCHEMA: SCHEMA }, commerce, children);
      results.push(...(await measure(wrk, pg, 'PostgreSQL', true)));
      pg.child.kill('SIGTERM');
    }
  } finally {
    await commerce.close();
  }
  log('');
  log(`List cost, ${TOTAL.toLocaleString('en')} documents per store, list cache off, ${CONNECTIONS} clients (${wrkVersion()}, one thread, same machine), ${SECONDS} s per figure;`);
  log(`node ${process.version}, ${os.cpus().length} CPUs, load average at end ${os.loadavg()[0].toFixed(2)}`);
  const met = table(results);
  log('');
  log(`targets ${met ? 'met' : 'MISSED'} (the info row does not count)`);
  if (process.env.BENCH_LIST_KEEP_SCHEMA !== '1') {
    const pg = await import('node:module').then((m) => m.createRequire(path.join(root, 'projects/proxy/package.json'))('pg'));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await client.end();
  }
  process.exitCode = met ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});

#!/usr/bin/env node
// List cost for a large account against a small one (npm run bench:list).
//
// Seeds a store on each database, SQLite (a file) and PostgreSQL (TEST_DATABASE_URL, else the local
// server scripts/ensure-postgres.mjs sets up), with BENCH_LIST_TOTAL documents (default 1,000,000):
// one owner with 100,000 (BENCH_LIST_BIG), one with 60, the rest fillers of ~100 each. Then the
// built proxy (list cache off: LIST_CACHE_BYTES=0) answers, through real HTTP, wrk's keep-alive
// clients for BENCH_LIST_SECONDS (default 5) per row and run: first page, page 500 (by its keyset
// cursor; by currentPage for information; for the small owner its last page, 5), `q` by a number prefix, `q` by a title word, a one-month
// date range, unread — each for both owners. Every row answers a full page of 10 for both owners (the small owner is a young
// account: 6 months of history, each of its title words in 12 documents), so a ratio shows the cost of the account, not
// of a shorter answer. Two runs per row and owner, 50 clients each:
//  - saturated (no pause between requests): the CPU ms per request (proxy, plus the PostgreSQL
//    server's processes), answers per second, and a p99 that is mostly the queue of 50 requests;
//  - paced (each client waits BENCH_LIST_THINK_MS on average, default 100 ms, exponentially distributed,
//    after an answer): p50 / p99 of the answer time, well below what the machine can take. The same paced
//    run of GET /health/live (no store, no token check) is printed per database as this machine's floor.
// Targets: CPU ratio big / small <= 1.5, and paced p99 < 20 ms. A row for a title word that a tenth
// of the big account holds is printed for information: its count grows with its matches, not with the account.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { databaseUrl, freePort, HOST, log, proxyDist, root, SITE, startFakeCommerce, waitForHttp } from './bench-support.mjs';
import { BIG_OWNER, benchDocument, seedPostgres, seedSqlite, SMALL_OWNER, titleWord } from './list-seed.mjs';
import { setUpWrk, withCpu } from './wrk.mjs';

const TOTAL = Number(process.env.BENCH_LIST_TOTAL ?? 1_000_000);
const BIG = Math.min(Number(process.env.BENCH_LIST_BIG ?? 100_000), Math.floor(TOTAL / 2));
const SMALL = 60;
const SECONDS = Number(process.env.BENCH_LIST_SECONDS ?? 5);
const CONNECTIONS = 50;
/** Think time of each client in the paced runs (BENCH_LIST_THINK_MS): 50 such clients ask up to ~500 times a second. */
const THINK_MS = Number(process.env.BENCH_LIST_THINK_MS ?? 100);
const TARGETS = { ratio: 1.5, p99Ms: 20 };
const BIG_TOKEN = `big-${randomBytes(8).toString('hex')}`;
const SMALL_TOKEN = `small-${randomBytes(8).toString('hex')}`;
const SCHEMA = 'bench_list';
/** BENCH_LIST_STORES=sqlite or =postgres runs one database only. */
const STORES = (process.env.BENCH_LIST_STORES ?? 'sqlite,postgres').split(',');

const plain = (word) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
/** The title word of an owner's 8th document, searched without its umlauts (the big owner has it ~50 times, the small one 12). */
const titleWordOf = (count) => plain(titleWord(7, count));

/** The calendar month of an owner's middle document, as a from/to range. */
function monthOf(count) {
  const month = benchDocument(BIG_OWNER, Math.floor(count / 2), count).createdAt.toISOString().slice(0, 7);
  const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return `from=${month}-01&to=${lastDay}`;
}

/** The number of an owner's middle document without its last digit: a prefix of 10 numbers. */
function numberPrefix(count) {
  return benchDocument(BIG_OWNER, Math.floor(count / 2), count).number.slice(0, -1);
}

/** The query of page `page` by its cursor: the next-page cursor the list answers on the page before. */
const pageByCursor = (page) => async (ask) => {
  const cursor = (await ask(`pageSize=10&currentPage=${page - 1}`)).pagination.nextCursor;
  if (cursor === undefined) throw new Error(`page ${page - 1} answered no cursor`);
  return `pageSize=10&cursor=${cursor}`;
};

/** [row name, query for the big owner, for the small owner (a string, or made from answers), counts towards the targets] */
const ROWS = [
  ['first page', 'pageSize=10', 'pageSize=10', true],
  // A full deep page for both: the small owner's last one (documents 51–60) stands for its page 500.
  ['deep page by cursor (page 500; small owner: page 5, its last)', pageByCursor(500), pageByCursor(5), true],
  ['page 500 by currentPage (info; small owner: page 5)', 'pageSize=10&currentPage=500', 'pageSize=10&currentPage=5', false],
  ['q: number prefix (10 hits)', `q=${numberPrefix(BIG)}`, `q=${numberPrefix(SMALL)}`, true],
  // Both answers fill a page: the big owner's word has ~50 matches, the small owner's 12.
  ['q: title word (a full page of matches)', `q=${encodeURIComponent(titleWordOf(BIG))}`, `q=${encodeURIComponent(titleWordOf(SMALL))}`, true],
  // The month of each owner's middle document: ~1,040 of the big owner's, ~10 of the small owner's (its history is 6 months).
  ['one month (a full page of matches)', monthOf(BIG), monthOf(SMALL), true],
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
  return { child, base: `http://${HOST}:${port}/occ/v2/${SITE}/users/current/documents`, health: `http://${HOST}:${port}/health/live` };
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
  await wrk({ url: proxy.health, connections: 10, seconds: 1 });
  const floor = await wrk({ url: proxy.health, connections: CONNECTIONS, seconds: SECONDS, thinkMs: THINK_MS });
  const results = [{ label, floor }];
  for (const [name, bigQuery, smallQuery, counts] of ROWS) {
    const run = async (token, queryOrMake) => {
      const headers = { Authorization: `Bearer ${token}` };
      const ask = async (query) => {
        const answer = await fetch(`${proxy.base}?${query}`, { headers });
        const body = await answer.json();
        if (answer.status !== 200) throw new Error(`${query}: ${answer.status} ${JSON.stringify(body)}`);
        return body;
      };
      const query = typeof queryOrMake === 'function' ? await queryOrMake(ask) : queryOrMake;
      const url = `${proxy.base}?${query}`;
      const body = await ask(query);
      // Warm-up; a slow row may finish no request within it, which is no failure here.
      await wrk({ url, headers, connections: 10, seconds: 1 }).catch(() => undefined);
      const pids = () => [proxy.child.pid, ...(withDatabase ? postgresPids() : [])];
      const saturated = await withCpu(pids, () => wrk({ url, headers, connections: CONNECTIONS, seconds: SECONDS }));
      const paced = await wrk({ url, headers, connections: CONNECTIONS, seconds: SECONDS, thinkMs: THINK_MS });
      return { ...saturated, paced, totalResults: body.pagination.totalResults, returned: body.documents.length };
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
  const owner = (o) =>
    `${o.totalResults}, ${f(o.paced.p50)} / ${f(o.paced.p99)}, ${f(o.serverCpuMsPerRequest, 3)}, ${f(o.perSecond, 0)}/s, ${f(o.p99)}`;
  log('');
  log(`Per owner: matches; p50 / p99 ms of ${CONNECTIONS} clients that wait ${THINK_MS} ms on average between requests; CPU ms per request, answers per second and p99 ms of ${CONNECTIONS} clients without pause (saturated: there p99 is the queue).`);
  log(`| store | query | 100k owner | 60 owner | ratio CPU | ratio paced p50 | target (CPU ratio <= ${TARGETS.ratio}, paced p99 < ${TARGETS.p99Ms} ms) |`);
  log('|---|---|---|---|---|---|---|');
  let allMet = true;
  for (const { label, name, big, small, counts, floor } of results) {
    if (floor) {
      log(`| ${label} | floor of this machine (info): GET /health/live, paced | p50 / p99 ${f(floor.p50)} / ${f(floor.p99)} | | | | info |`);
      continue;
    }
    const cpuRatio = big.serverCpuMsPerRequest / small.serverCpuMsPerRequest;
    const met = cpuRatio <= TARGETS.ratio && big.paced.p99 < TARGETS.p99Ms && small.paced.p99 < TARGETS.p99Ms;
    if (counts) allMet &&= met;
    log(`| ${label} | ${name} | ${owner(big)} | ${owner(small)} | ${f(cpuRatio, 2)} | ${f(big.paced.p50 / small.paced.p50, 2)} | ${counts ? (met ? 'met' : 'MISSED') : 'info'} |`);
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

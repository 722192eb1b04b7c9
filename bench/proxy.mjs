#!/usr/bin/env node
// Benchmark of the document proxy against nginx serving the same bytes, measured in the same run.
//
//   npm run bench:proxy            (builds the proxy when dist/ is missing; installs nginx and wrk with apt-get when missing)
//   BENCH_PHASES=list npm run bench:proxy     only some phases: any of download1, download50, list, rss
//   BENCH_PROXY_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench:proxy    profile the proxy
//
// Everything listens on 127.0.0.1 only; every phase is bounded in time.
// Figures: download throughput of a 20 MB PDF at 1 and 50 concurrent clients, list latency p50/p99 at
// 50 concurrent clients with a warm token cache (the list cache on, as by default; a second line with it
// off, for information), peak RSS of the proxy while 200 clients download. Each phase also prints the
// CPU milliseconds per request of proxy and nginx: cost, which other load on the machine distorts far
// less than throughput and latency.
// The load comes from wrk (Debian's package): one C thread on keep-alive connections, so on a small
// machine the server under test, not the load generator, is what runs out of CPU. (A Node.js client
// spent as much CPU per list request as the proxy and measured its own queueing.) Each figure is the
// median of a few alternating proxy/nginx rounds; every round is printed.
// Exit code 1 when a target is missed.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  BENCH_USER,
  ensureProxyBuilt,
  freePort,
  HOST,
  log,
  proxyDist,
  root,
  SITE,
  startFakeCommerce,
  TOKEN,
  waitForHttp,
} from './bench-support.mjs';
import { setUpWrk, withCpu } from './wrk.mjs';
import { BIG_SIZE, bigPdf, BENCH_USER_DOCS, ensureNginx, nginxVersion, writeBatch } from './proxy-fixtures.mjs';
import { childPids, expectWholeBody, median, peakRssDuring } from './proxy-measure.mjs';

const ROUNDS = 3;
const WRK_THREADS = 1;
const TARGETS = { throughputRatio: 0.7, listP99Ms: 20, peakRssMb: 250 };
const ALL_PHASES = ['download1', 'download50', 'list', 'rss'];
const PHASES = new Set((process.env.BENCH_PHASES ?? ALL_PHASES.join(',')).split(',').map((p) => p.trim()).filter(Boolean));
for (const phase of PHASES) if (!ALL_PHASES.includes(phase)) throw new Error(`BENCH_PHASES: unknown phase '${phase}' (known: ${ALL_PHASES.join(', ')})`);
const PROXY_NODE_ARGS = (process.env.BENCH_PROXY_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);

const mb = (bytes) => bytes / (1024 * 1024);

// ---------------------------------------------------------------- main

async function main() {
  ensureProxyBuilt('main.js');
  const nginxBinary = ensureNginx();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'exd-bench-'));
  const { wrk, wrkVersion } = setUpWrk(work, WRK_THREADS);
  const children = [];
  const cleanup = () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(work, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  process.on('SIGINT', () => process.exit(130));

  try {
    // Seed: a few thousand documents plus the 20 MB PDF, ingested with the proxy's own CLI.
    const batchDir = path.join(work, 'batch');
    const dataDir = path.join(work, 'data');
    const big = bigPdf();
    const seeded = writeBatch(batchDir, big);
    const ingestStart = Date.now();
    const ingest = spawnSync(process.execPath, [path.join(proxyDist, 'cli/ingest.js'), batchDir], {
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
    if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
    log(`seeded ${seeded.total} documents (${BENCH_USER_DOCS} for the benchmark shopper) in ${((Date.now() - ingestStart) / 1000).toFixed(1)} s`);

    // nginx serves the same 20 MB file, plus the list answer as a static JSON file.
    const webRoot = path.join(work, 'www');
    fs.mkdirSync(webRoot);
    fs.writeFileSync(path.join(webRoot, 'big.pdf'), big);
    const commerce = await startFakeCommerce();
    const proxyPort = await freePort();
    const nginxPort = await freePort();

    const startProxy = async (port, extraEnv = {}) => {
      const child = spawn(process.execPath, [...PROXY_NODE_ARGS, path.join(proxyDist, 'main.js')], {
        env: {
          ...process.env,
          HOST,
          PORT: String(port),
          DATA_DIR: dataDir,
          COMMERCE_BASE_URL: commerce.url,
          LOG_LEVEL: 'warn',
          RATE_LIMIT_MAX: '1000000',
          SIGNED_LINK_SECRET: randomBytes(32).toString('hex'),
          ...extraEnv,
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(child);
      await waitForHttp(`http://${HOST}:${port}/health/live`, 'proxy', child);
      return child;
    };
    const proxy = await startProxy(proxyPort);
    const proxyBase = `http://${HOST}:${proxyPort}`;

    const auth = { Authorization: `Bearer ${TOKEN}` };
    const listUrl = `${proxyBase}/occ/v2/${SITE}/users/current/documents?pageSize=10`;
    const listAnswer = await fetch(listUrl, { headers: auth });
    const listBody = await listAnswer.text();
    if (listAnswer.status !== 200) throw new Error(`list answered ${listAnswer.status}: ${listBody}`);
    const bigId = JSON.parse(
      await (await fetch(`${proxyBase}/occ/v2/${SITE}/users/current/documents?q=${encodeURIComponent(seeded.bigNumber)}`, { headers: auth })).text(),
    ).documents[0].id;
    fs.writeFileSync(path.join(webRoot, 'list.json'), listBody);

    for (const dir of [work, webRoot]) fs.chmodSync(dir, 0o755);
    for (const file of ['big.pdf', 'list.json']) fs.chmodSync(path.join(webRoot, file), 0o644);
    const nginxPrefix = path.join(work, 'nginx');
    fs.mkdirSync(path.join(nginxPrefix, 'logs'), { recursive: true });
    const nginxConf = path.join(nginxPrefix, 'nginx.conf');
    // One worker, like the single proxy process; Debian's defaults otherwise (sendfile on).
    fs.writeFileSync(
      nginxConf,
      `worker_processes 1;
daemon off;
pid ${nginxPrefix}/nginx.pid;
error_log ${nginxPrefix}/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  types { application/pdf pdf; application/json json; }
  client_body_temp_path ${nginxPrefix}/body;
  proxy_temp_path ${nginxPrefix}/proxy;
  fastcgi_temp_path ${nginxPrefix}/fastcgi;
  uwsgi_temp_path ${nginxPrefix}/uwsgi;
  scgi_temp_path ${nginxPrefix}/scgi;
  server {
    listen ${HOST}:${nginxPort};
    root ${webRoot};
    location / { }
  }
}
`,
    );
    const nginx = spawn(nginxBinary, ['-p', nginxPrefix, '-c', nginxConf], { stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(nginx);
    const nginxBase = `http://${HOST}:${nginxPort}`;
    await waitForHttp(`${nginxBase}/list.json`, 'nginx', nginx);

    const proxyPdf = `${proxyBase}/occ/v2/${SITE}/users/current/documents/${bigId}/content`;
    const nginxPdf = `${nginxBase}/big.pdf`;

    // Warm-up (token cache, page cache, JIT) — not measured; each server's answer checked byte for byte.
    await expectWholeBody(proxyPdf, auth, BIG_SIZE);
    await expectWholeBody(nginxPdf, {}, BIG_SIZE);
    await wrk({ url: proxyPdf, headers: auth, connections: 4, seconds: 1, bodyBytes: BIG_SIZE });
    await wrk({ url: nginxPdf, connections: 4, seconds: 1, bodyBytes: BIG_SIZE });
    const loadAtStart = os.loadavg()[0];

    log('measuring ...');
    const proxyPids = () => [proxy.pid];
    const nginxPids = () => [nginx.pid, ...childPids(nginx.pid)];
    const results = {};
    // Each figure alternates proxy and nginx over several short rounds and keeps each one's median
    // round, so a burst of load from other processes on the machine hits both about equally.
    const rounds = async (proxyRun, nginxRun, key) => {
      const proxyRuns = [];
      const nginxRuns = [];
      for (let round = 0; round < ROUNDS; round++) {
        proxyRuns.push(await withCpu(proxyPids, proxyRun));
        nginxRuns.push(await withCpu(nginxPids, nginxRun));
      }
      return [median(proxyRuns, key), median(nginxRuns, key)];
    };
    const downloads = (connections, seconds) =>
      rounds(
        () => wrk({ url: proxyPdf, headers: auth, connections, seconds, bodyBytes: BIG_SIZE }),
        () => wrk({ url: nginxPdf, connections, seconds, bodyBytes: BIG_SIZE }),
        'mbPerSecond',
      );
    if (PHASES.has('download1')) [results.oneProxy, results.oneNginx] = await downloads(1, 3);
    if (PHASES.has('download50')) [results.fiftyProxy, results.fiftyNginx] = await downloads(50, 4);
    let commerceCalls = 0;
    if (PHASES.has('list')) {
      await wrk({ url: listUrl, headers: auth, connections: 10, seconds: 1 }); // token cache warm again after the download phases
      const commerceCallsBefore = commerce.calls();
      [results.listProxy, results.listNginx] = await rounds(
        () => wrk({ url: listUrl, headers: auth, connections: 50, seconds: 6 }),
        () => wrk({ url: `${nginxBase}/list.json`, connections: 50, seconds: 6 }),
        'p99',
      );
      commerceCalls = commerce.calls() - commerceCallsBefore;
      // For information: the same with the list cache off (a second proxy on the same data), so every
      // request runs the store query and serializes; the target applies to the proxy as configured by default.
      const uncachedPort = await freePort();
      const uncached = await startProxy(uncachedPort, { LIST_CACHE_BYTES: '0' });
      const uncachedListUrl = listUrl.replace(proxyBase, `http://${HOST}:${uncachedPort}`);
      await wrk({ url: uncachedListUrl, headers: auth, connections: 10, seconds: 1 });
      results.listUncached = await withCpu(() => [uncached.pid], () => wrk({ url: uncachedListUrl, headers: auth, connections: 50, seconds: 6 }));
      uncached.kill('SIGTERM');
    }

    let proxyPeak = 0;
    let nginxPeak = 0;
    if (PHASES.has('rss')) {
      proxyPeak = await peakRssDuring(proxyPids, async () => {
        results.twoHundredProxy = await wrk({ url: proxyPdf, headers: auth, connections: 200, seconds: 8, bodyBytes: BIG_SIZE });
      });
      nginxPeak = await peakRssDuring(nginxPids, async () => {
        results.twoHundredNginx = await wrk({ url: nginxPdf, connections: 200, seconds: 8, bodyBytes: BIG_SIZE });
      });
    }

    // ---------------------------------------------------------------- report
    const r2 = (n) => n.toFixed(2);
    const ratio = (a, b) => (b > 0 ? a / b : NaN);
    const verdicts = [];
    const verdict = (ok) => {
      verdicts.push(ok);
      return ok ? 'ok' : 'MISSED';
    };
    const cpu = (p, n, unit) =>
      `      CPU per ${unit}: proxy ${r2(p.serverCpuMsPerRequest)} ms, nginx ${r2(n.serverCpuMsPerRequest)} ms (ratio ${r2(ratio(p.serverCpuMsPerRequest, n.serverCpuMsPerRequest))})`;
    const each = (p, n, unit) => `      rounds: proxy ${p.rounds.map(r2).join(', ')} ${unit}; nginx ${n.rounds.map(r2).join(', ')} ${unit}`;
    log('');
    log(`Document proxy vs nginx ${nginxVersion(nginxBinary)} on ${HOST}, node ${process.version}, ${os.cpus().length} CPUs`);
    log(`(proxy: one process, LOG_LEVEL=warn; nginx: one worker, sendfile on, access_log off; load: ${wrkVersion()}, ${WRK_THREADS} thread, on the same machine;`);
    log(` each figure: median of ${ROUNDS} alternating rounds; load average at start ${loadAtStart.toFixed(2)}, at end ${os.loadavg()[0].toFixed(2)})`);
    log('');
    if (results.oneProxy) {
      const one = ratio(results.oneProxy.mbPerSecond, results.oneNginx.mbPerSecond);
      log(`download 20 MB, 1 client:    proxy ${r2(results.oneProxy.mbPerSecond)} MB/s (${results.oneProxy.requests} downloads in all rounds)   nginx ${r2(results.oneNginx.mbPerSecond)} MB/s   ratio ${r2(one)}   target >= ${TARGETS.throughputRatio}: ${verdict(one >= TARGETS.throughputRatio)}`);
      log(cpu(results.oneProxy, results.oneNginx, 'download'));
      log(each(results.oneProxy, results.oneNginx, 'MB/s'));
    }
    if (results.fiftyProxy) {
      const fifty = ratio(results.fiftyProxy.mbPerSecond, results.fiftyNginx.mbPerSecond);
      log(`download 20 MB, 50 clients:  proxy ${r2(results.fiftyProxy.mbPerSecond)} MB/s (${results.fiftyProxy.requests} downloads in all rounds)   nginx ${r2(results.fiftyNginx.mbPerSecond)} MB/s   ratio ${r2(fifty)}   target >= ${TARGETS.throughputRatio}: ${verdict(fifty >= TARGETS.throughputRatio)}`);
      log(cpu(results.fiftyProxy, results.fiftyNginx, 'download'));
      log(each(results.fiftyProxy, results.fiftyNginx, 'MB/s'));
    }
    if (results.listProxy) {
      log(
        `list, 50 clients, warm token cache: proxy p50 ${r2(results.listProxy.p50)} ms, p99 ${r2(results.listProxy.p99)} ms (${Math.round(results.listProxy.perSecond)}/s; ${results.listProxy.requests} requests in all rounds)` +
          `   nginx static copy p50 ${r2(results.listNginx.p50)} ms, p99 ${r2(results.listNginx.p99)} ms (${Math.round(results.listNginx.perSecond)}/s)` +
          `   p99 ratio ${r2(ratio(results.listProxy.p99, results.listNginx.p99))}   target p99 < ${TARGETS.listP99Ms} ms: ${verdict(results.listProxy.p99 < TARGETS.listP99Ms)}`,
      );
      log(cpu(results.listProxy, results.listNginx, 'list request'));
      log(each(results.listProxy, results.listNginx, 'ms p99'));
      log(
        `      list cache off (information): p50 ${r2(results.listUncached.p50)} ms, p99 ${r2(results.listUncached.p99)} ms (${Math.round(results.listUncached.perSecond)}/s), ` +
          `CPU per list request ${r2(results.listUncached.serverCpuMsPerRequest)} ms`,
      );
      log(`      Commerce token checks during the list phase: ${commerceCalls}`);
    }
    if (results.twoHundredProxy) {
      log(
        `peak RSS, 200 concurrent downloads: proxy ${r2(mb(proxyPeak))} MB   nginx ${r2(mb(nginxPeak))} MB (master + worker)   ratio ${r2(ratio(proxyPeak, nginxPeak))}` +
          `   target < ${TARGETS.peakRssMb} MB: ${verdict(mb(proxyPeak) < TARGETS.peakRssMb)}`,
      );
      log(`      (200 downloads: proxy ${r2(results.twoHundredProxy.mbPerSecond)} MB/s, nginx ${r2(results.twoHundredNginx.mbPerSecond)} MB/s)`);
    }
    log('');
    const missed = verdicts.filter((ok) => !ok).length;
    log(missed === 0 ? 'all targets met' : `${missed} target(s) missed`);

    await commerce.close();
    process.exitCode = missed === 0 ? 0 : 1;
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    cleanup();
  }
}

main().catch((error) => {
  process.stderr.write(`benchmark failed: ${error.stack ?? error}\n`);
  process.exit(2);
});

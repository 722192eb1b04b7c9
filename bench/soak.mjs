#!/usr/bin/env node
// Soak: mixed traffic at a steady rate against the proxy (own process, SQLite) in front of the
// sandbox's Commerce stand-in and Exstream emulator, for a long time.
//
//   npm run soak                         10 minutes at 20 requests/s
//   npm run soak -- --minutes=2          shorter (also SOAK_MINUTES); --rate=N (SOAK_RATE) requests/s
//   npm run soak -- --fill=0             no fill first (also SOAK_FILL; default 40,000 requests)
//
// First it sends --fill requests of the mix as fast as the proxy answers, so SQLite's page cache is full
// before anything is measured (at the steady rate it takes over half an hour to fill, which looked like growth).
// Prints per minute: requests, answers by status, unexpected ones, p99 latency, RSS and open file
// descriptors of the proxy. At the end: the RSS slope per hour after warm-up — the slope of its floor
// (the lowest sample of each of eight windows), since garbage collection makes RSS a saw-tooth — and of RSS outside
// V8's committed heap (no saw-tooth there), and the descriptors while idle before and after the traffic (under load they follow
// the requests in flight, so their slope is printed for information only). Exit code 1 when the proxy answered a 5xx or anything it should not,
// died, or a figure grew without bound. Not part of `npm test`.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { growthVerdict, percentile, windowFloors } from './soak/figures.mjs';
import { heapMb, openFds, rssFileMb, rssMb } from './soak/process-figures.mjs';
import { login, SITE, startSoakStack } from './soak/stack.mjs';
import { fillCaches, pickKind, sendRequest, trafficState } from './soak/traffic.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const MINUTES = Number(flag('minutes') ?? process.env.SOAK_MINUTES ?? 10);
const RATE = Number(flag('rate') ?? process.env.SOAK_RATE ?? 20);
/** requests sent as fast as possible before the steady part: 40,000 of the mix fill SQLite's page cache */
const FILL = Number(flag('fill') ?? process.env.SOAK_FILL ?? 40_000);
if (!(MINUTES > 0) || !(RATE > 0)) throw new Error('--minutes and --rate must be positive numbers');
if (!(FILL >= 0)) throw new Error('--fill must be 0 or a positive number');
const WARM_UP_MS = Math.min(15 * 60_000, (MINUTES * 60_000) / 5);
const MAX_IN_FLIGHT = 200;
const SAMPLE_MS = 5_000;
/** above these a steady rise over the run counts as growth; RSS: the target, under 5 MB per hour after warm-up */
const LIMITS = { rssMbPerHour: 5, fdsPerHour: 30, idleFdsMore: 5 };
/** idle keep-alive sockets close after Fastify's keepAliveTimeout (72 s), which clients follow from its Keep-Alive header */
const IDLE_WAIT_MS = 75_000;

const log = (line) => process.stdout.write(`${line}\n`);
const range = (samples, field) => `${Math.min(...samples.map((s) => s[field])).toFixed(1)}–${Math.max(...samples.map((s) => s[field])).toFixed(1)}`;
let seed = 0x9e3779b9;
const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);

const stack = await startSoakStack(root);
let exitCode = 0;
try {
  const tokens = { anna: await login(stack.commerceUrl, 'anna.schmidt@example.com'), ben: await login(stack.commerceUrl, 'ben.miller@example.com') };
  const listed = await fetch(`${stack.proxyUrl}/occ/v2/${SITE}/users/current/documents?pageSize=100`, { headers: { Authorization: `Bearer ${tokens.anna}` } });
  const annaIds = (await listed.json()).documents.map((d) => d.id);
  if (annaIds.length === 0) throw new Error('the demo shopper has no documents');
  const state = trafficState({ proxyUrl: stack.proxyUrl, tokens, annaIds });

  const beforeFill = { rss: rssMb(stack.proxyPid), ...(await heapMb(stack.proxyUrl)) };
  const fillStarted = Date.now();
  const fill = await fillCaches(state, random, { requests: FILL, concurrency: 8 });
  const afterFill = { rss: rssMb(stack.proxyPid), ...(await heapMb(stack.proxyUrl)) };
  const outside = (figures) => (figures.rss - figures.heapTotal).toFixed(1);
  log(`fill: ${fill.requests} requests of the mix in ${((Date.now() - fillStarted) / 1000).toFixed(0)} s, statuses ${JSON.stringify(fill.statuses)}, unexpected ${fill.unexpected.length}; RSS ${beforeFill.rss.toFixed(1)} → ${afterFill.rss.toFixed(1)} MB, outside the committed heap ${outside(beforeFill)} → ${outside(afterFill)} MB`);
  for (const example of fill.unexpected.slice(0, 3)) log(`        unexpected: ${example}`);

  log(`soak: ${MINUTES} min at ${RATE} requests/s, warm-up ${Math.round(WARM_UP_MS / 1000)} s, proxy pid ${stack.proxyPid}, logs in ${stack.logDir}`);
  log('minute  requests  statuses                               unexpected  p99 ms  RSS MB  heap MB  RSS outside heap MB  fds');
  const started = Date.now();
  const end = started + MINUTES * 60_000;
  const samples = [];
  const totals = { requests: 0, unexpected: 0, dropped: 0, statuses: {} };
  let minute = { requests: 0, unexpected: 0, statuses: {}, latencies: [], examples: [] };
  let inFlight = 0;
  let sent = 0;

  const sample = async () => {
    if (!stack.proxyAlive()) return;
    const t = Date.now() - started;
    const figures = { t, rss: rssMb(stack.proxyPid), rssFile: rssFileMb(stack.proxyPid), fds: openFds(stack.proxyPid) };
    const heap = await heapMb(stack.proxyUrl);
    // what RSS holds besides V8's committed heap: native allocations (SQLite's page cache, TLS, zlib) and file pages
    samples.push({ ...figures, ...heap, outsideHeap: figures.rss - heap.heapTotal });
  };
  const printMinute = (index) => {
    const last = samples[samples.length - 1] ?? { rss: NaN, fds: NaN, heapUsed: NaN, outsideHeap: NaN };
    const statuses = Object.entries(minute.statuses).sort().map(([s, n]) => `${s}:${n}`).join(' ');
    const p99 = percentile(minute.latencies.sort((a, b) => a - b), 99);
    log(`${String(index).padStart(6)}  ${String(minute.requests).padStart(8)}  ${statuses.padEnd(38)} ${String(minute.unexpected).padStart(10)}  ${p99.toFixed(1).padStart(6)}  ${last.rss.toFixed(1).padStart(6)}  ${last.heapUsed.toFixed(1).padStart(7)}  ${last.outsideHeap.toFixed(1).padStart(19)}  ${String(last.fds).padStart(3)}`);
    for (const example of minute.examples) log(`        unexpected: ${example}`);
    minute = { requests: 0, unexpected: 0, statuses: {}, latencies: [], examples: [] };
  };

  const fire = () => {
    if (inFlight >= MAX_IN_FLIGHT) {
      totals.dropped++;
      return;
    }
    const { kind, expect } = pickKind(random);
    inFlight++;
    sendRequest(kind, state, random)
      .then(({ status, ms }) => {
        minute.requests++;
        totals.requests++;
        minute.statuses[status] = (minute.statuses[status] ?? 0) + 1;
        totals.statuses[status] = (totals.statuses[status] ?? 0) + 1;
        minute.latencies.push(ms);
        if (!expect.includes(status)) {
          minute.unexpected++;
          totals.unexpected++;
          if (minute.examples.length < 3) minute.examples.push(`${kind} → ${status}`);
        }
      })
      .catch((error) => {
        minute.requests++;
        totals.requests++;
        minute.unexpected++;
        totals.unexpected++;
        minute.statuses['ERR'] = (minute.statuses['ERR'] ?? 0) + 1;
        totals.statuses['ERR'] = (totals.statuses['ERR'] ?? 0) + 1;
        if (minute.examples.length < 3) minute.examples.push(`${kind} → ${error.cause?.code ?? error.message}`);
      })
      .finally(() => inFlight--);
  };

  // descriptors while idle, before and after: sockets of requests in flight come and go with the latency
  const idleFdsBefore = openFds(stack.proxyPid);
  await sample();
  let minuteIndex = 1;
  let nextSample = started + SAMPLE_MS;
  let relogin = started + 20 * 60_000;
  while (Date.now() < end && stack.proxyAlive()) {
    const now = Date.now();
    const due = Math.floor(((now - started) / 1000) * RATE) - sent;
    for (let i = 0; i < due; i++, sent++) fire();
    if (now >= nextSample) {
      await sample();
      nextSample += SAMPLE_MS;
    }
    if (now - started >= minuteIndex * 60_000) printMinute(minuteIndex++);
    if (now >= relogin) {
      // the stand-in's tokens live an hour
      state.tokens.anna = await login(stack.commerceUrl, 'anna.schmidt@example.com');
      state.tokens.ben = await login(stack.commerceUrl, 'ben.miller@example.com');
      relogin += 20 * 60_000;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  while (inFlight > 0) await new Promise((r) => setTimeout(r, 20));
  if (minute.requests > 0) printMinute(minuteIndex);
  const trafficSeconds = (Date.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, IDLE_WAIT_MS));
  const idleFdsAfter = stack.proxyAlive() ? openFds(stack.proxyPid) : NaN;

  const alive = stack.proxyAlive();
  const afterWarmUp = samples.filter((s) => s.t >= WARM_UP_MS);
  // the verdict: the slope of RSS's floor per window (eight windows, at least a minute each: each should hold a trough)
  const floorWindowMs = Math.max(60_000, ((afterWarmUp.at(-1)?.t ?? 0) - (afterWarmUp[0]?.t ?? 0)) / 8);
  const rssFloors = windowFloors(afterWarmUp.map((s) => ({ t: s.t, value: s.rss })), floorWindowMs);
  const rss = growthVerdict(rssFloors, LIMITS.rssMbPerHour);
  const rssLine = growthVerdict(afterWarmUp.map((s) => ({ t: s.t, value: s.rss })), LIMITS.rssMbPerHour);
  const heap = growthVerdict(afterWarmUp.map((s) => ({ t: s.t, value: s.heapUsed })), LIMITS.rssMbPerHour);
  // caches that fill once (V8 sizing its heap, SQLite's page cache as the file grows) rise early; the later half shows what stays
  const laterHalf = afterWarmUp.slice(Math.floor(afterWarmUp.length / 2));
  const rssLater = growthVerdict(laterHalf.map((s) => ({ t: s.t, value: s.rss })), LIMITS.rssMbPerHour);
  // RSS minus the committed heap has no saw-tooth: a native leak shows here first
  const outsideHeap = growthVerdict(afterWarmUp.map((s) => ({ t: s.t, value: s.outsideHeap })), LIMITS.rssMbPerHour);
  const heapTotal = growthVerdict(afterWarmUp.map((s) => ({ t: s.t, value: s.heapTotal })), LIMITS.rssMbPerHour);
  const external = growthVerdict(afterWarmUp.map((s) => ({ t: s.t, value: s.external })), LIMITS.rssMbPerHour);
  const rssFile = growthVerdict(afterWarmUp.map((s) => ({ t: s.t, value: s.rssFile })), LIMITS.rssMbPerHour);
  const fdSlope = growthVerdict(afterWarmUp.map((s) => ({ t: s.t, value: s.fds })), LIMITS.fdsPerHour);
  const fdsGrow = !(idleFdsAfter <= idleFdsBefore + LIMITS.idleFdsMore);
  const fiveXx = Object.entries(totals.statuses).filter(([s]) => s.startsWith('5')).reduce((n, [, c]) => n + c, 0);
  log('');
  log(`total: ${totals.requests} requests (${(totals.requests / trafficSeconds).toFixed(1)}/s), statuses ${JSON.stringify(totals.statuses)}, unexpected ${totals.unexpected}, 5xx ${fiveXx}, not sent (over ${MAX_IN_FLIGHT} in flight) ${totals.dropped}`);
  log(`after warm-up (${afterWarmUp.length} samples): RSS ${range(afterWarmUp, 'rss')} MB; its floor per ${Math.round(floorWindowMs / 1000)} s window ${rssFloors.map((f) => f.value.toFixed(0)).join(' ')} MB, slope ${rss.perHour.toFixed(1)} MB/h (target under ${LIMITS.rssMbPerHour}) → ${rss.grows || rss.perHour > LIMITS.rssMbPerHour ? 'GROWS' : 'bounded'}${rss.note ? ` (${rss.note})` : ''}`);
  log(`after warm-up: RSS outside the committed JavaScript heap ${range(afterWarmUp, 'outsideHeap')} MB, slope ${outsideHeap.perHour.toFixed(1)} MB/h (target under ${LIMITS.rssMbPerHour}) → ${outsideHeap.perHour > LIMITS.rssMbPerHour ? 'GROWS' : 'bounded'}`);
  log(`for information: least-squares slope through every RSS sample ${rssLine.perHour.toFixed(1)} MB/h (it tilts with the garbage collector's saw-tooth)`);
  log(`later half, for information (${laterHalf.length} samples): RSS ${range(laterHalf, 'rss')} MB, slope ${rssLater.perHour.toFixed(1)} MB/h`);
  log(`after warm-up, for information: JavaScript heap used ${range(afterWarmUp, 'heapUsed')} MB, slope ${heap.perHour.toFixed(1)} MB/h, committed ${range(afterWarmUp, 'heapTotal')} MB, slope ${heapTotal.perHour.toFixed(1)} MB/h; outside the heap (Buffers) ${range(afterWarmUp, 'external')} MB, slope ${external.perHour.toFixed(1)} MB/h; file pages in RSS ${range(afterWarmUp, 'rssFile')} MB, slope ${rssFile.perHour.toFixed(1)} MB/h`);
  log(`after warm-up: open fds ${Math.min(...afterWarmUp.map((s) => s.fds))}–${Math.max(...afterWarmUp.map((s) => s.fds))} under load (slope ${fdSlope.perHour.toFixed(1)}/h, for information: they follow the requests in flight); idle before ${idleFdsBefore}, idle after ${idleFdsAfter} → ${fdsGrow ? 'GROWS' : 'bounded'}`);
  log(`proxy ${alive ? 'still running' : 'DIED'}`);
  if (!alive || fiveXx > 0 || totals.unexpected > 0 || fill.unexpected.length > 0 || rss.grows || rss.perHour > LIMITS.rssMbPerHour || outsideHeap.perHour > LIMITS.rssMbPerHour || fdsGrow) exitCode = 1;
} finally {
  await stack.close();
}
process.exit(exitCode);

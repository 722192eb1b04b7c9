// Load from wrk (Debian's package) for the benchmarks, and the server CPU a run cost.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cpuMsOf, log } from './bench-support.mjs';

const mb = (bytes) => bytes / (1024 * 1024);

/** Installs a Debian package (root only), updating the package lists once if the first try fails. */
export function aptInstall(pkg) {
  if (process.getuid?.() !== 0) throw new Error(`${pkg} is missing; install it with: sudo apt-get install -y ${pkg}`);
  log(`installing ${pkg} (apt-get install -y ${pkg}) ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], { stdio: 'inherit', env });
  if (install.status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], { stdio: 'inherit', env });
  }
  if (install.status !== 0) throw new Error(`could not install ${pkg}`);
}

function ensureWrk() {
  const found = () => ['/usr/bin/wrk', '/usr/local/bin/wrk'].find((candidate) => fs.existsSync(candidate));
  if (!found()) aptInstall('wrk');
  const wrk = found();
  if (!wrk) throw new Error('could not install wrk');
  return wrk;
}

// wrk's Lua hook: the run's summary as one JSON line (latencies in microseconds).
const WRK_REPORT = `done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK-REPORT {"requests":%d,"bytes":%d,"durationUs":%d,"socketErrors":%d,"badStatus":%d,"p50Us":%d,"p99Us":%d,"maxUs":%d}\\n',
    summary.requests, summary.bytes, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99), latency.max))
end
`;

/** Installs wrk when missing and writes its report script into `workDir`; answers `wrk(...)` and `wrkVersion()`. */
export function setUpWrk(workDir, threads = 1) {
  const wrkBinary = ensureWrk();
  const wrkScript = path.join(workDir, 'report.lua');
  fs.writeFileSync(wrkScript, WRK_REPORT);
  /**
   * The report script plus wrk's delay hook: before each request a client waits a think time drawn
   * from an exponential distribution with mean `thinkMs` (independent users, so arrivals are Poisson).
   * A fixed pause would line the clients up: after any hiccup they answer together, and 100 ms later
   * all of them ask at once, so the p99 would measure a burst of `connections` requests the benchmark made.
   * Seeded, so runs draw the same pauses; capped at ten means.
   */
  const pacedScript = (thinkMs) => {
    const file = path.join(workDir, `report-think-${thinkMs}.lua`);
    const hook = `math.randomseed(20261203)\ndelay = function()\n  return math.floor(math.min(${10 * thinkMs}, -${thinkMs} * math.log(1 - math.random())))\nend\n`;
    if (!fs.existsSync(file)) fs.writeFileSync(file, `${WRK_REPORT}\n${hook}`);
    return file;
  };

  /**
   * `connections` keep-alive clients requesting `url` again and again for `seconds` (wrk, `threads` threads).
   * Fails on any socket error or non-2xx answer; with `bodyBytes`, also when the bytes read cannot be
   * that many bytes per answer plus headers (unfinished downloads at the end count their bytes so far).
   * With `thinkMs`, each client waits that long on average after an answer before it asks again (a paced
   * load, not the most the server can take), so the latencies show the server's answer time rather than the queue.
   */
  async function wrk({ url, headers = {}, connections, seconds, bodyBytes, thinkMs }) {
    const script = thinkMs === undefined ? wrkScript : pacedScript(thinkMs);
    const args = ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--timeout', '60s', '-s', script];
    for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
    args.push(url);
    const child = spawn(wrkBinary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    const code = await new Promise((resolve) => child.once('close', resolve));
    const line = /WRK-REPORT (\{.*\})/.exec(out)?.[1];
    if (code !== 0 || !line) throw new Error(`wrk failed (exit ${code}): ${out}`);
    const run = JSON.parse(line);
    if (run.socketErrors > 0 || run.badStatus > 0) throw new Error(`${url}: ${run.socketErrors} socket errors, ${run.badStatus} non-2xx answers`);
    if (run.requests === 0) throw new Error(`${url}: no request completed in ${seconds} s`);
    if (bodyBytes !== undefined) {
      const perAnswerMax = bodyBytes + 2048;
      if (run.bytes < run.requests * bodyBytes || run.bytes > (run.requests + connections) * perAnswerMax) {
        throw new Error(`${url}: ${run.bytes} bytes for ${run.requests} answers of ${bodyBytes} bytes`);
      }
    }
    const elapsed = run.durationUs / 1e6;
    return {
      requests: run.requests,
      perSecond: run.requests / elapsed,
      bytes: run.bytes,
      mbPerSecond: mb(run.bytes) / elapsed,
      p50: run.p50Us / 1000,
      p99: run.p99Us / 1000,
    };
  }

  function wrkVersion() {
    const out = spawnSync(wrkBinary, ['--version'], { encoding: 'utf8' });
    return /wrk \S+/.exec(`${out.stdout}${out.stderr}`)?.[0] ?? 'wrk';
  }

  return { wrk, wrkVersion };
}

/**
 * Runs `work` and adds to its result the CPU milliseconds per request that the server (`pids`)
 * spent: a measure of cost that other load on the machine hardly distorts.
 */
export async function withCpu(pids, work) {
  const cpu = () => pids().reduce((sum, pid) => sum + cpuMsOf(pid), 0);
  const before = cpu();
  const result = await work();
  return { ...result, serverCpuMsPerRequest: (cpu() - before) / result.requests };
}

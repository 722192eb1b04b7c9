// What the benchmarks need around the proxy: the built proxy, a free port, a fake SAP Commerce
// that knows one shopper, waiting for a server, and a process's CPU time.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const proxyDir = path.join(root, 'projects/proxy');
export const proxyDist = path.join(proxyDir, 'dist');
export const HOST = '127.0.0.1';
export const SITE = 'electronics-spa';
/** The benchmark shopper's Commerce token, new each run. */
export const TOKEN = `bench-${randomBytes(12).toString('hex')}`;
export const BENCH_USER = 'bench.user@example.com';

export const log = (line) => process.stdout.write(`${line}\n`);

/** Builds the proxy unless `dist/<entry>` exists. */
export function ensureProxyBuilt(entry) {
  if (fs.existsSync(path.join(proxyDist, entry))) return;
  log('building the proxy (npm run build -w projects/proxy) ...');
  execFileSync('npm', ['run', 'build', '-w', 'projects/proxy'], { cwd: root, stdio: 'inherit' });
}

export async function freePort() {
  const server = http.createServer();
  await new Promise((resolve) => server.listen(0, HOST, resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Just what the proxy asks SAP Commerce: who owns the token, and is Commerce there. `users`: uid by token. */
export async function startFakeCommerce(users = { [TOKEN]: BENCH_USER }) {
  let calls = 0;
  const server = http.createServer((req, res) => {
    const url = (req.url ?? '').split('?')[0];
    if (url === `/occ/v2/${SITE}/users/current`) {
      calls++;
      const token = /^bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const uid = token !== undefined && Object.hasOwn(users, token) ? users[token] : undefined;
      if (uid === undefined) {
        res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"errors":[{"type":"InvalidTokenError","message":"bad"}]}');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ uid, name: uid === BENCH_USER ? 'Bench User' : uid }));
      return;
    }
    res.writeHead(url === '/occ/v2/basesites' ? 200 : 404, { 'Content-Type': 'application/json' }).end('{}');
  });
  await new Promise((resolve) => server.listen(0, HOST, resolve));
  return { url: `http://${HOST}:${server.address().port}`, calls: () => calls, close: () => new Promise((r) => server.close(r)) };
}

/** Resolves once `url` answers below 500; rejects when `child` exits first or after 20 s. */
export async function waitForHttp(url, what, child) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not come up at ${url}`);
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/** CPU time (user + system, all threads) a process has used so far, in ms; 0 once it is gone. */
export function cpuMsOf(pid) {
  try {
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th of those.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** CPU ms of this process's children that have exited and been reaped (cutime + cstime). */
export function exitedChildrenCpuMs() {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
}

/** The PostgreSQL the benchmarks use: TEST_DATABASE_URL, or the one scripts/ensure-postgres.mjs sets up. */
export function databaseUrl() {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const out = spawnSync(process.execPath, [path.join(root, 'scripts/ensure-postgres.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (out.status !== 0) throw new Error('PostgreSQL is needed (scripts/ensure-postgres.mjs failed)');
  return out.stdout.trim();
}

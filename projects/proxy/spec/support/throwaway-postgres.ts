import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from './batch';

const run = promisify(execFile);
const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

/** The newest installed PostgreSQL's bin folder (Debian layout), or where PG_BIN points. */
function binDir(): string {
  const configured = process.env['PG_BIN'];
  if (configured) return configured;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  if (versions.length === 0) {
    throw new Error("These specs start a PostgreSQL server of their own: install PostgreSQL ('node scripts/ensure-postgres.mjs' as root) or set PG_BIN");
  }
  return path.join(root, versions.sort((a, b) => Number(a) - Number(b)).pop()!, 'bin');
}

/** initdb refuses to run as root: the server then runs as the `postgres` user. */
function asServerUser(binary: string, args: string[]): Promise<{ stdout: string }> {
  const command = path.join(binDir(), binary);
  return IS_ROOT ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, args);
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A PostgreSQL server of a spec's own, in a temp folder on a free port, that the spec may stop and
 * start (the shared test server is used by other specs at the same time and is never stopped).
 */
export class ThrowawayPostgres {
  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  /** Trust authentication on 127.0.0.1 only, user `postgres`, database `postgres`. */
  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  static async create(): Promise<ThrowawayPostgres> {
    const dir = tempDir('throwaway-pg');
    if (IS_ROOT) await run('chown', ['postgres', dir]);
    await asServerUser('initdb', ['-D', path.join(dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    const server = new ThrowawayPostgres(dir, await freePort());
    await server.start();
    return server;
  }

  async start(): Promise<void> {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await asServerUser('pg_ctl', ['-D', path.join(this.dir, 'data'), '-o', options, '-l', path.join(this.dir, 'log'), '-w', '-t', '20', 'start']);
  }

  /** Fast shutdown: sessions are ended with admin_shutdown (57P01), as when a server restarts. */
  async stop(): Promise<void> {
    await asServerUser('pg_ctl', ['-D', path.join(this.dir, 'data'), '-m', 'fast', '-w', '-t', '20', 'stop']);
  }

  async remove(): Promise<void> {
    await this.stop().catch(() => undefined);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

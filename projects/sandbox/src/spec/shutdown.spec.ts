import { spawn } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';

/** dist/spec → dist/{server}/main.js */
const SERVERS: { name: string; main: string; env: Record<string, string> }[] = [
  { name: 'Commerce stand-in', main: '../commerce/main.js', env: { SANDBOX_PORT: '0' } },
  { name: 'Exstream emulator', main: '../exstream/main.js', env: { EXSTREAM_PORT: '0' } },
  { name: 'ingress', main: '../ingress/main.js', env: { PORT: '0', PROXY_URL: 'http://127.0.0.1:9', COMMERCE_URL: 'http://127.0.0.1:9' } },
];

const GRACE_MS = 1_000;

/** A connection that asked one request and stays open, idle; and one that sent half a request and stalls. */
async function openConnections(port: number): Promise<net.Socket[]> {
  const connect = () =>
    new Promise<net.Socket>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
      socket.on('error', reject);
    });
  const idle = await connect();
  idle.write('GET /no-such-path HTTP/1.1\r\nHost: sandbox\r\nConnection: keep-alive\r\n\r\n');
  await new Promise<void>((resolve) => idle.once('data', () => resolve()));
  const stalled = await connect();
  stalled.write('GET /no-such-path HTTP/1.1\r\nHost: sandbox\r\nX-Half: ');
  return [idle, stalled];
}

describe('sandbox servers on SIGTERM', () => {
  for (const server of SERVERS) {
    it(`${server.name} exits within SHUTDOWN_GRACE_MS with keep-alive and stalled connections open`, async () => {
      const child = spawn(process.execPath, [path.resolve(__dirname, server.main)], {
        env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info', SHUTDOWN_GRACE_MS: String(GRACE_MS), ...server.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      const sockets: net.Socket[] = [];
      try {
        const port = await new Promise<number>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`did not start: ${output}`)), 10_000);
          child.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString('utf8');
            const match = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
            if (match) {
              clearTimeout(timer);
              resolve(Number(match[1]));
            }
          });
        });
        sockets.push(...(await openConnections(port)));
        const closed = sockets.map((socket) => new Promise<void>((resolve) => socket.on('close', () => resolve())));

        const signalled = Date.now();
        child.kill('SIGTERM');
        const code = await exited;
        const afterMs = Date.now() - signalled;
        expect(code).withContext(output.slice(-2000)).toBe(0);
        expect(afterMs).withContext('ms from SIGTERM to exit').toBeLessThan(GRACE_MS + 1_500);
        await Promise.all(closed);
      } finally {
        for (const socket of sockets) socket.destroy();
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    }, 20_000);
  }
});

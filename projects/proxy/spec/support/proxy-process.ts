import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

/** build-spec/spec/support → build-spec/src/main.js: the proxy as `npm start` runs it. */
const MAIN = path.resolve(__dirname, '../../src/main.js');

export interface ProxyProcess {
  child: ChildProcess;
  baseUrl: string;
  /** everything the process wrote so far */
  output(): string;
  /** sends SIGTERM; resolves with the exit code and the milliseconds from the signal to the exit */
  terminate(): Promise<{ code: number | null; afterMs: number }>;
  /** SIGKILL if still running (for `finally`) */
  kill(): void;
}

/** Starts the proxy as its own process and waits until it listens; a variable set to undefined is not inherited. */
export async function startProxyProcess(env: Record<string, string | undefined>): Promise<ProxyProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => (buffered += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (buffered += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    // a loaded machine may take a while; a proxy that did not start is not left running
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`proxy did not start within 30 s: ${buffered}`));
    }, 30_000);
    const look = () => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', look);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`proxy exited: ${buffered}`));
    });
  });
  return {
    child,
    baseUrl,
    output: () => buffered,
    async terminate() {
      const signalled = Date.now();
      child.kill('SIGTERM');
      const code = await exited;
      const afterMs = Date.now() - signalled;
      return { code, afterMs };
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { tempDir } from './batch';

const AZURITE_BLOB = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist/src/blob/main.js');
/** Azurite's well-known development account (documented by Microsoft; not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** A certificate and key (PEM files) Azurite serves https with. */
export interface AzuriteTls {
  certPath: string;
  keyPath: string;
}

/** Microsoft's Azure Storage emulator in a child process, on an ephemeral port, its data in a temp folder. */
export class Azurite {
  private child?: ChildProcess;
  port = 0;

  private constructor(
    readonly location: string,
    private readonly oauthTls?: AzuriteTls,
  ) {}

  /**
   * With `oauthTls`, https with that certificate and bearer tokens accepted (`--oauth basic`: Azurite
   * checks a token's audience, issuer and lifetime, not its signature); shared keys work either way.
   */
  static async start(oauthTls?: AzuriteTls): Promise<Azurite> {
    const azurite = new Azurite(tempDir('azurite'), oauthTls);
    await azurite.resume();
    return azurite;
  }

  get blobEndpoint(): string {
    return `${this.oauthTls ? 'https' : 'http'}://127.0.0.1:${this.port}/${AZURITE_ACCOUNT}`;
  }

  get connectionString(): string {
    return `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=${this.blobEndpoint};`;
  }

  /** A new, empty container; its name. */
  async createContainer(): Promise<string> {
    const name = `c${randomBytes(6).toString('hex')}`;
    await BlobServiceClient.fromConnectionString(this.connectionString).getContainerClient(name).create();
    return name;
  }

  /** The proxy's settings for a container in this emulator (shared key over the container URL). */
  env(container: string): Record<string, string> {
    return { DOCUMENT_STORE_URL: `${this.blobEndpoint}/${container}`, AZURE_STORAGE_ACCOUNT_KEY: AZURITE_KEY };
  }

  /**
   * Stops the emulator as an orchestrator would (SIGTERM: it refuses new requests and cuts open
   * connections; SIGKILL would also lose its own metadata of the last seconds).
   */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }

  /** Starts (again) on the same data, on the same port when it had one; nothing when it runs. */
  async resume(): Promise<void> {
    if (this.child) return;
    const args = [
      AZURITE_BLOB,
      '--blobHost', '127.0.0.1',
      '--blobPort', String(this.port),
      '--location', this.location,
      '--silent', '--skipApiVersionCheck', '--disableTelemetry', '--loose',
      ...(this.oauthTls ? ['--oauth', 'basic', '--cert', this.oauthTls.certPath, '--key', this.oauthTls.keyPath] : []),
    ];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.removeListener('exit', killOnExit));
    this.port = await new Promise<number>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`Azurite did not start in 20 s: ${output}`)), 20_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listens on https?:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Azurite exited with ${code}: ${output}`));
      });
    });
  }

  async remove(): Promise<void> {
    await this.stop();
    fs.rmSync(this.location, { recursive: true, force: true });
  }
}

let shared: Promise<Azurite> | undefined;

/** One emulator for all specs of this process that do not stop it; each takes its own container. */
export function sharedAzurite(): Promise<Azurite> {
  shared ??= Azurite.start().then((azurite) => {
    // the emulator is killed when the spec process exits (see resume); its data goes with it
    process.once('exit', () => fs.rmSync(azurite.location, { recursive: true, force: true }));
    return azurite;
  });
  return shared;
}

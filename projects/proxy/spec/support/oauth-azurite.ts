import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as https from 'node:https';
import { Azurite } from './azurite';
import { tempDir } from './batch';
import { accessToken, STORAGE_RESOURCE, type TokenIdentity } from './entra-access-token';
import { selfSignedCert, type SelfSignedCert } from './self-signed-cert';

/** Azurite as an app with a managed identity meets it: https (a certificate made for the run) and bearer tokens. */
export class OAuthAzurite {
  private constructor(
    readonly azurite: Azurite,
    readonly cert: SelfSignedCert,
    private readonly certDir: string,
  ) {}

  static async start(): Promise<OAuthAzurite> {
    const certDir = tempDir('azurite-cert');
    try {
      const cert = selfSignedCert(certDir);
      return new OAuthAzurite(await Azurite.start(cert), cert, certDir);
    } catch (error) {
      fs.rmSync(certDir, { recursive: true, force: true });
      throw error;
    }
  }

  /**
   * A new, empty container; its name. Created with a token of `identity` over a plain https request:
   * this process cannot make the SDK trust the certificate (NODE_EXTRA_CA_CERTS is read at start-up only).
   */
  async createContainer(identity: TokenIdentity): Promise<string> {
    const name = `c${randomBytes(6).toString('hex')}`;
    const token = accessToken(identity, STORAGE_RESOURCE, Math.floor(Date.now() / 1000) + 300);
    const status = await new Promise<number>((resolve, reject) => {
      const request = https.request(`${this.azurite.blobEndpoint}/${name}?restype=container`, {
        method: 'PUT',
        ca: fs.readFileSync(this.cert.certPath),
        headers: { Authorization: `Bearer ${token}`, 'x-ms-version': '2025-11-05', 'x-ms-date': new Date().toUTCString(), 'Content-Length': 0 },
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.end();
    });
    if (status !== 201) throw new Error(`Azurite answered ${status} to creating container ${name}`);
    return name;
  }

  /** GET `url` (e.g. a SAS URL) as a browser would, trusting the run's certificate. */
  get(url: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      https
        .get(url, { ca: fs.readFileSync(this.cert.certPath) }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
          response.on('error', reject);
        })
        .on('error', reject);
    });
  }

  async remove(): Promise<void> {
    await this.azurite.remove();
    fs.rmSync(this.certDir, { recursive: true, force: true });
  }
}

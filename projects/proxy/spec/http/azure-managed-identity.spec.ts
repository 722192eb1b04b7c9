import * as fs from 'node:fs';
import { AppServiceIdentityEndpoint } from '../support/app-service-identity';
import { tempDir } from '../support/batch';
import { STORAGE_RESOURCE } from '../support/entra-access-token';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { ANNA_TOKEN, TOKENS } from '../support/fixtures';
import { INTEGRATION_ENV, ingestOne } from '../support/ingest-client';
import { OAuthAzurite } from '../support/oauth-azurite';
import { minimalPdf } from '../support/pdf';
import { startProxyProcess, type ProxyProcess } from '../support/proxy-process';
import { bearer, documentsUrl, getJson } from '../support/stack';

/**
 * Whatever identity settings the machine running the specs has (a developer's AZURE_CLIENT_ID, a CI
 * runner's own managed identity) would change which credential of the chain answers.
 */
function withoutInheritedIdentity(): Record<string, undefined> {
  const inherited = Object.keys(process.env).filter((name) => /^(AZURE_|IDENTITY_|MSI_|IMDS_)/.test(name));
  return Object.fromEntries(inherited.map((name) => [name, undefined]));
}

describe('Azure Blob Storage with a managed identity (DefaultAzureCredential, App Service token endpoint, Azurite over https)', () => {
  let identity: AppServiceIdentityEndpoint;
  let storage: OAuthAzurite;
  let commerce: FakeCommerce;
  let container: string;
  const dataDirs: string[] = [];
  const processes: ProxyProcess[] = [];

  beforeAll(async () => {
    [identity, storage, commerce] = await Promise.all([AppServiceIdentityEndpoint.start(), OAuthAzurite.start(), startFakeCommerce(TOKENS)]);
    container = await storage.createContainer(identity.identity);
  }, 30_000);

  afterAll(async () => {
    for (const proxy of processes) proxy.kill();
    await Promise.all([identity?.close(), storage?.remove(), commerce?.close()]);
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The proxy process with the container URL and no key, on the identity the endpoint hands out. */
  async function startProxy(extraEnv: Record<string, string>): Promise<ProxyProcess> {
    const dataDir = tempDir('identity-data');
    dataDirs.push(dataDir);
    const proxy = await startProxyProcess({
      ...withoutInheritedIdentity(),
      DATA_DIR: dataDir,
      COMMERCE_BASE_URL: commerce.url,
      ...INTEGRATION_ENV,
      DOCUMENT_STORE_URL: `${storage.azurite.blobEndpoint}/${container}`,
      NODE_EXTRA_CA_CERTS: storage.cert.certPath,
      ...identity.env(),
      ...extraEnv,
    });
    processes.push(proxy);
    return proxy;
  }

  it('stores and serves document bytes with a token from IDENTITY_ENDPOINT, asked once for https://storage.azure.com with IDENTITY_HEADER', async () => {
    identity.requests.length = 0;
    const proxy = await startProxy({});

    const ingested = await ingestOne(proxy, 'INV-MI-1');
    expect(ingested.status).withContext(JSON.stringify(ingested.body)).toBe(201);
    const download = await fetch(documentsUrl(proxy, 'current', `/${ingested.body.id}/content`), { headers: bearer(ANNA_TOKEN) });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(minimalPdf('INV-MI-1'))).toBeTrue();
    const ready = await getJson(`${proxy.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body.checks.content).toBe('UP');

    // the SDK keeps the hour-long token: one request for the upload, the download and the readiness check
    expect(identity.requests).toEqual([{ identityHeader: identity.header, resource: STORAGE_RESOURCE, apiVersion: '2019-08-01' }]);
  }, 20_000);

  it('redirects signed links to a SAS URL signed with a user delegation key of the identity, which the blob service accepts', async () => {
    const proxy = await startProxy({ DOCUMENT_DELIVERY: 'redirect' });
    const ingested = await ingestOne(proxy, 'INV-MI-SAS');
    expect(ingested.status).withContext(JSON.stringify(ingested.body)).toBe(201);
    const link = await fetch(documentsUrl(proxy, 'current', `/${ingested.body.id}/links`), {
      method: 'POST',
      headers: { ...bearer(ANNA_TOKEN), 'Content-Type': 'application/json' },
      body: JSON.stringify({ disposition: 'attachment' }),
    });
    expect(link.status).toBe(200);
    const redirect = await fetch(`${proxy.baseUrl}${((await link.json()) as { url: string }).url}`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const location = new URL(redirect.headers.get('location')!);
    expect(location.origin).toBe(new URL(storage.azurite.blobEndpoint).origin);
    expect(location.searchParams.get('skoid')).withContext('signed with a key delegated to the identity').toBe(identity.identity.oid);
    expect(location.searchParams.get('sp')).toBe('r');

    const fromStorage = await storage.get(location.href);
    expect(fromStorage.status).toBe(200);
    expect(fromStorage.body.equals(minimalPdf('INV-MI-SAS'))).toBeTrue();
    expect(fromStorage.headers['content-disposition']).toMatch(/^attachment; /);
    location.searchParams.set('sp', 'rw');
    expect((await storage.get(location.href)).status).withContext('a SAS URL changed after signing').toBe(403);
  }, 20_000);

  it('reports the store DOWN and answers ingests with 503 when the identity endpoint refuses IDENTITY_HEADER, and keeps running', async () => {
    identity.requests.length = 0;
    // Only the production credentials of the chain: after a failed managed identity the default chain
    // tries the developer tools, and a developer's `az login` would answer with a real token.
    const proxy = await startProxy({ ...identity.env('not-the-platform-secret'), AZURE_TOKEN_CREDENTIALS: 'prod' });

    const ready = await getJson(`${proxy.baseUrl}/health/ready`);
    expect(ready.status).toBe(503);
    expect(ready.body.checks).toEqual(jasmine.objectContaining({ store: 'UP', content: 'DOWN' }));
    const refused = await ingestOne(proxy, 'INV-MI-REFUSED');
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBe('5');
    expect(refused.body.errors[0].type).toBe('ServiceUnavailableError');
    expect((await getJson(`${proxy.baseUrl}/health/live`)).status).toBe(200);

    expect(identity.requests.length).toBeGreaterThan(0);
    expect(identity.requests.every((r) => r.identityHeader === 'not-the-platform-secret')).toBeTrue();
    expect(proxy.child.exitCode).toBeNull();
    expect(proxy.output()).withContext('the log names the failing credential').toContain('ManagedIdentityCredential: Authentication failed');
  }, 20_000);
});

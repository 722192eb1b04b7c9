import { ConfigError, loadConfig } from '../../src/config';

const KEY = Buffer.from('a test account key that is long enough').toString('base64');

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('content store configuration', () => {
  it('keeps the folder store and proxy delivery when DOCUMENT_STORE_URL is unset', () => {
    const config = loadConfig({}, '/srv/proxy');
    expect(config.azureBlob).toBeUndefined();
    expect(config.documentDelivery).toBe('proxy');
  });

  it('reads azure://<container> with a connection string', () => {
    const connectionString = `DefaultEndpointsProtocol=https;AccountName=exdprod;AccountKey=${KEY};EndpointSuffix=core.windows.net`;
    const config = loadConfig({ DOCUMENT_STORE_URL: 'azure://exstream-documents', AZURE_STORAGE_CONNECTION_STRING: connectionString, DOCUMENT_DELIVERY: 'redirect' });
    expect(config.azureBlob).toEqual({
      containerName: 'exstream-documents',
      credential: { kind: 'connection-string', connectionString },
      timeoutMs: 10_000,
      sasTtlSeconds: 60,
      blockBytes: 4 * 1024 * 1024,
    });
    expect(config.documentDelivery).toBe('redirect');
  });

  it('reads a container URL with a shared key, the account from the host or, path-style, from the first segment', () => {
    const cloud = loadConfig({ DOCUMENT_STORE_URL: 'https://exdprod.blob.core.windows.net/documents', AZURE_STORAGE_ACCOUNT_KEY: KEY });
    expect(cloud.azureBlob?.credential).toEqual({ kind: 'shared-key', accountUrl: 'https://exdprod.blob.core.windows.net', accountName: 'exdprod', accountKey: KEY });
    const emulator = loadConfig({
      DOCUMENT_STORE_URL: 'http://127.0.0.1:10000/devstoreaccount1/documents',
      AZURE_STORAGE_ACCOUNT_KEY: KEY,
      DOCUMENT_STORE_TIMEOUT_MS: '2500',
      DOCUMENT_SAS_TTL_SECONDS: '30',
    });
    expect(emulator.azureBlob).toEqual({
      containerName: 'documents',
      credential: { kind: 'shared-key', accountUrl: 'http://127.0.0.1:10000/devstoreaccount1', accountName: 'devstoreaccount1', accountKey: KEY },
      timeoutMs: 2500,
      sasTtlSeconds: 30,
      blockBytes: 4 * 1024 * 1024,
    });
  });

  it('uses the default token credential (managed or workload identity) for a container URL without a key', () => {
    const config = loadConfig({ DOCUMENT_STORE_URL: 'https://exdprod.blob.core.windows.net/documents' });
    expect(config.azureBlob?.credential).toEqual({ kind: 'token', accountUrl: 'https://exdprod.blob.core.windows.net' });
  });

  it('allows redirect delivery with the token credential (its SAS URLs are signed with a user delegation key)', () => {
    const config = loadConfig({ DOCUMENT_STORE_URL: 'https://exdprod.blob.core.windows.net/documents', DOCUMENT_DELIVERY: 'redirect' });
    expect(config.documentDelivery).toBe('redirect');
  });

  it('refuses each bad combination with a line naming the variable, never echoing a key or connection string', () => {
    const cases: [Record<string, string>, string][] = [
      [{ DOCUMENT_STORE_URL: 'http://exdprod.blob.core.windows.net/documents' }, 'DOCUMENT_STORE_URL must use https'],
      [{ DOCUMENT_STORE_URL: 'https://exdprod.blob.core.windows.net/Bad_Name' }, 'DOCUMENT_STORE_URL must name a container'],
      [{ DOCUMENT_STORE_URL: 'https://exdprod.blob.core.windows.net/documents?sv=2024&sig=abc' }, 'must not carry credentials, a query (SAS)'],
      [{ DOCUMENT_STORE_URL: 'https://exdprod.blob.core.windows.net/a/b/c' }, 'must end in the container name'],
      [{ DOCUMENT_STORE_URL: 'azure://documents' }, 'needs AZURE_STORAGE_CONNECTION_STRING'],
      [{ DOCUMENT_STORE_URL: 'azure://documents', AZURE_STORAGE_CONNECTION_STRING: 'secret-not-a-connection-string' }, 'is not an Azure Storage connection string'],
      [{ DOCUMENT_STORE_URL: 'https://exdprod.blob.core.windows.net/documents', AZURE_STORAGE_ACCOUNT_KEY: 'not base64 !secret!' }, 'AZURE_STORAGE_ACCOUNT_KEY must be'],
      [{ DOCUMENT_STORE_URL: 'https://exdprod.blob.core.windows.net/documents', DOCUMENT_STORE_DIR: '/srv/files' }, 'set either DOCUMENT_STORE_DIR'],
      [{ DOCUMENT_DELIVERY: 'redirect' }, 'DOCUMENT_DELIVERY=redirect needs Azure Blob Storage'],
      [
        { DOCUMENT_STORE_URL: 'azure://documents', AZURE_STORAGE_CONNECTION_STRING: 'BlobEndpoint=https://exdprod.blob.core.windows.net;SharedAccessSignature=sv=2024&sig=secret', DOCUMENT_DELIVERY: 'redirect' },
        'signs SAS URLs with the account key or an identity',
      ],
      [{ DOCUMENT_DELIVERY: 'cdn' }, 'DOCUMENT_DELIVERY must be one of proxy, redirect'],
      [{ DOCUMENT_STORE_URL: 'azure://documents', AZURE_STORAGE_CONNECTION_STRING: `AccountName=a;AccountKey=${KEY}`, DOCUMENT_STORE_TIMEOUT_MS: '0' }, 'DOCUMENT_STORE_TIMEOUT_MS must be an integer'],
    ];
    for (const [env, expected] of cases) {
      const problems = problemsOf(env);
      expect(problems.length).withContext(JSON.stringify(env)).toBe(1);
      expect(problems[0]).withContext(JSON.stringify(env)).toContain(expected);
      expect(problems[0]).not.toContain('secret');
    }
  });
});

import type { EnvReader } from '../../env-reader';

/** How the proxy signs in to the storage account. */
export type AzureBlobCredential =
  | { readonly kind: 'connection-string'; readonly connectionString: string }
  | { readonly kind: 'shared-key'; readonly accountUrl: string; readonly accountName: string; readonly accountKey: string }
  /** managed identity, workload identity, Azure CLI … (the SDK's DefaultAzureCredential) */
  | { readonly kind: 'token'; readonly accountUrl: string };

export interface AzureBlobConfig {
  readonly containerName: string;
  readonly credential: AzureBlobCredential;
  /** longest wait for one operation of the blob service, its retry included (a download: until its bytes start) */
  readonly timeoutMs: number;
  /** lifetime of a SAS URL handed out with DOCUMENT_DELIVERY=redirect */
  readonly sasTtlSeconds: number;
  /** largest block of an upload; a file up to this size is uploaded in one request */
  readonly blockBytes: number;
}

export const AZURE_CONNECTION_STRING_SCHEME = 'azure:';
// Azure's rule: 3–63 characters, lower-case letters, digits and single hyphens, starting with a letter or digit.
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;
const ACCOUNT_NAME = /^[a-z0-9]{3,24}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Reads the Azure Blob settings when DOCUMENT_STORE_URL names a container: `azure://<container>` with
 * AZURE_STORAGE_CONNECTION_STRING, or the container's URL (`https://<account>.blob.core.windows.net/<container>`,
 * or the emulator's `http://127.0.0.1:10000/<account>/<container>`) with AZURE_STORAGE_ACCOUNT_KEY or,
 * without a key, the SDK's default token credential. Secrets are never echoed in a problem line.
 */
export function readAzureBlobConfig(env: EnvReader, storeUrl: string): AzureBlobConfig | undefined {
  const connectionString = env.text('AZURE_STORAGE_CONNECTION_STRING');
  const accountKey = env.text('AZURE_STORAGE_ACCOUNT_KEY');
  const settings = {
    timeoutMs: env.integer('DOCUMENT_STORE_TIMEOUT_MS', 10_000, 1, 600_000),
    sasTtlSeconds: env.integer('DOCUMENT_SAS_TTL_SECONDS', 60, 1, 3600),
    blockBytes: env.integer('DOCUMENT_STORE_BLOCK_BYTES', 4 * 1024 * 1024, 64 * 1024, 100 * 1024 * 1024),
  };
  let url: URL;
  try {
    url = new URL(storeUrl);
  } catch {
    env.problems.push(`DOCUMENT_STORE_URL must be "azure://<container>" or a container URL like "https://<account>.blob.core.windows.net/<container>", got "${storeUrl}"`);
    return undefined;
  }
  if (url.username || url.password || url.search || url.hash) {
    env.problems.push('DOCUMENT_STORE_URL must not carry credentials, a query (SAS) or a fragment; set AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_ACCOUNT_KEY');
    return undefined;
  }

  if (url.protocol === AZURE_CONNECTION_STRING_SCHEME) {
    const containerName = url.hostname;
    if (url.pathname.replace(/\/+$/, '') !== '') {
      env.problems.push(`DOCUMENT_STORE_URL "azure://<container>" takes a container name only, got "${storeUrl}"`);
      return undefined;
    }
    if (!validContainer(env, containerName)) return undefined;
    if (accountKey !== undefined) env.problems.push('AZURE_STORAGE_ACCOUNT_KEY goes with a container URL; with "azure://<container>" the connection string holds the key');
    if (connectionString === undefined) {
      env.problems.push('DOCUMENT_STORE_URL "azure://<container>" needs AZURE_STORAGE_CONNECTION_STRING');
      return undefined;
    }
    if (!/(^|;)\s*(AccountName|BlobEndpoint|SharedAccessSignature)\s*=/i.test(connectionString)) {
      env.problems.push('AZURE_STORAGE_CONNECTION_STRING is not an Azure Storage connection string (no AccountName or BlobEndpoint)');
      return undefined;
    }
    return { containerName, credential: { kind: 'connection-string', connectionString }, ...settings };
  }

  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    env.problems.push(`DOCUMENT_STORE_URL must use https (http only for an emulator on this host), got "${storeUrl}"`);
    return undefined;
  }
  if (connectionString !== undefined) {
    env.problems.push('AZURE_STORAGE_CONNECTION_STRING goes with DOCUMENT_STORE_URL "azure://<container>", not with a container URL');
  }
  const segments = url.pathname.split('/').filter((s) => s !== '');
  // One segment: https://<account>.blob.core.windows.net/<container>; two: path-style (emulator, custom domains).
  const pathStyle = segments.length === 2;
  if (segments.length !== 1 && !pathStyle) {
    env.problems.push(`DOCUMENT_STORE_URL must end in the container name, got "${storeUrl}"`);
    return undefined;
  }
  const containerName = segments[segments.length - 1];
  const accountName = pathStyle ? segments[0] : url.hostname.split('.')[0];
  if (!validContainer(env, containerName)) return undefined;
  const accountUrl = pathStyle ? `${url.origin}/${accountName}` : url.origin;
  if (accountKey === undefined) return { containerName, credential: { kind: 'token', accountUrl }, ...settings };
  if (!ACCOUNT_NAME.test(accountName)) {
    env.problems.push(`DOCUMENT_STORE_URL must name a storage account (3–24 lower-case letters or digits), got "${accountName}"`);
    return undefined;
  }
  if (!BASE64.test(accountKey)) {
    env.problems.push(`AZURE_STORAGE_ACCOUNT_KEY must be the account's base64 key, got ${accountKey.length} characters that are not base64`);
    return undefined;
  }
  return { containerName, credential: { kind: 'shared-key', accountUrl, accountName, accountKey }, ...settings };
}

/** Whether SAS URLs can be signed: with an account key (directly or in the connection string) or, with a token, a user delegation key. */
export function canSignSas(credential: AzureBlobCredential): boolean {
  if (credential.kind === 'shared-key' || credential.kind === 'token') return true;
  return credential.kind === 'connection-string' && /(^|;)\s*AccountKey\s*=/i.test(credential.connectionString);
}

function validContainer(env: EnvReader, name: string): boolean {
  if (CONTAINER_NAME.test(name)) return true;
  env.problems.push(`DOCUMENT_STORE_URL must name a container (3–63 lower-case letters, digits and single hyphens), got "${name}"`);
  return false;
}

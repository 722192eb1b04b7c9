import type { EnvReader } from '../env-reader';
import { canSignSas, readAzureBlobConfig, type AzureBlobConfig } from './azure/azure-blob-config';

export const DOCUMENT_DELIVERIES = ['proxy', 'redirect'] as const;
/** `proxy`: the proxy streams the bytes; `redirect`: a signed link redirects to a short-lived SAS URL of the blob. */
export type DocumentDelivery = (typeof DOCUMENT_DELIVERIES)[number];

export interface ContentStoreConfig {
  /** Azure Blob Storage when DOCUMENT_STORE_URL is set; undefined = the folder DOCUMENT_STORE_DIR */
  readonly azureBlob?: AzureBlobConfig;
  readonly documentDelivery: DocumentDelivery;
}

export function readContentStoreConfig(env: EnvReader): ContentStoreConfig {
  const storeUrl = env.text('DOCUMENT_STORE_URL');
  const documentDelivery = env.oneOf('DOCUMENT_DELIVERY', DOCUMENT_DELIVERIES, 'proxy');
  if (storeUrl === undefined) {
    if (documentDelivery === 'redirect') env.problems.push('DOCUMENT_DELIVERY=redirect needs Azure Blob Storage (DOCUMENT_STORE_URL)');
    return { documentDelivery };
  }
  if (env.text('DOCUMENT_STORE_DIR') !== undefined) {
    env.problems.push('set either DOCUMENT_STORE_DIR (a folder) or DOCUMENT_STORE_URL (Azure Blob Storage), not both');
  }
  const azureBlob = readAzureBlobConfig(env, storeUrl);
  if (azureBlob && documentDelivery === 'redirect' && !canSignSas(azureBlob.credential)) {
    env.problems.push('DOCUMENT_DELIVERY=redirect signs SAS URLs with the account key or an identity: use a connection string with AccountKey, or a container URL');
  }
  return azureBlob ? { azureBlob, documentDelivery } : { documentDelivery };
}

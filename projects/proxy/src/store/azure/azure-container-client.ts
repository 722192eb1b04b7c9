import { DefaultAzureCredential } from '@azure/identity';
import { BlobServiceClient, StorageSharedKeyCredential, type ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { AzureBlobConfig } from './azure-blob-config';

/** The container client for the configured account and credential. */
export function createContainerClient(config: AzureBlobConfig): ContainerClient {
  // One quick retry; the store bounds each operation by DOCUMENT_STORE_TIMEOUT_MS, retry included.
  const options: StoragePipelineOptions = {
    retryOptions: { maxTries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 1_000 },
    userAgentOptions: { userAgentPrefix: 'exstream-spartacus-proxy' },
  };
  const { credential } = config;
  let service: BlobServiceClient;
  switch (credential.kind) {
    case 'connection-string':
      service = BlobServiceClient.fromConnectionString(credential.connectionString, options);
      break;
    case 'shared-key':
      service = new BlobServiceClient(
        credential.accountUrl,
        new StorageSharedKeyCredential(credential.accountName, credential.accountKey),
        options,
      );
      break;
    case 'token':
      service = new BlobServiceClient(credential.accountUrl, new DefaultAzureCredential(), options);
      break;
  }
  return service.getContainerClient(config.containerName);
}

import { DefaultAzureCredential } from '@azure/identity';
import { BlobServiceClient, StorageSharedKeyCredential, type StoragePipelineOptions } from '@azure/storage-blob';
import type { AzureBlobConfig } from './azure-blob-config';

/** The service client for the configured account and credential. */
export function createBlobServiceClient(config: AzureBlobConfig): BlobServiceClient {
  // One quick retry; the store bounds each operation by DOCUMENT_STORE_TIMEOUT_MS, retry included.
  const options: StoragePipelineOptions = {
    retryOptions: { maxTries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 1_000 },
    userAgentOptions: { userAgentPrefix: 'exstream-spartacus-proxy' },
  };
  const { credential } = config;
  switch (credential.kind) {
    case 'connection-string':
      return BlobServiceClient.fromConnectionString(credential.connectionString, options);
    case 'shared-key':
      return new BlobServiceClient(credential.accountUrl, new StorageSharedKeyCredential(credential.accountName, credential.accountKey), options);
    case 'token':
      return new BlobServiceClient(credential.accountUrl, new DefaultAzureCredential(), options);
  }
}

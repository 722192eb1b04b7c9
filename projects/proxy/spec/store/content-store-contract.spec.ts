import * as fs from 'node:fs';
import * as path from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { loadConfig } from '../../src/config';
import { openContentStore } from '../../src/compose';
import { FileContentStore } from '../../src/store/file-content-store';
import { tempDir } from '../support/batch';
import { sharedAzurite } from '../support/azurite';
import { describeContentStoreContract } from './content-store-contract';

describeContentStoreContract('FileContentStore', async () => {
  const dir = tempDir('files');
  return {
    content: new FileContentStore(dir),
    versionOf: async (sha256) => {
      return String(fs.statSync(path.join(dir, sha256.slice(0, 2), sha256)).ino);
    },
    largeFrom: 64 * 1024,
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
});

describeContentStoreContract('AzureBlobContentStore (Azurite)', async () => {
  const azurite = await sharedAzurite();
  const container = await azurite.createContainer();
  const blockBytes = 64 * 1024;
  const config = loadConfig({ ...azurite.env(container), DOCUMENT_STORE_BLOCK_BYTES: String(blockBytes) });
  const containerClient = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(container);
  return {
    content: openContentStore(config),
    versionOf: async (sha256) => String((await containerClient.getBlobClient(`sha256/${sha256.slice(0, 2)}/${sha256}`).getProperties()).createdOn?.getTime()),
    largeFrom: blockBytes,
    cleanup: async () => {
      await containerClient.delete();
    },
  };
});

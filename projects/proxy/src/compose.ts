import { CachedIdentityProvider } from './commerce/cached-identity-provider';
import { commerceProbe } from './commerce/commerce-probe';
import { OccUserClient } from './commerce/occ-user-client';
import type { ProxyConfig } from './config';
import type { ShopperIdentityProvider } from './documents/identity';
import { DocumentService } from './documents/document-service';
import type { UpstreamObserver } from './observability/metrics';
import type { ContentStore } from './store/content-store';
import type { DocumentStore } from './store/document-store';
import { FileContentStore } from './store/file-content-store';
import { SqliteDocumentStore } from './store/sqlite/sqlite-document-store';

export interface Stores {
  store: DocumentStore;
  content: ContentStore;
}

/** The composition root's building blocks, shared by the server and the ingest CLI. */
export function openStores(config: Pick<ProxyConfig, 'databasePath' | 'documentStoreDir'>): Stores {
  return {
    store: SqliteDocumentStore.open(config.databasePath),
    content: new FileContentStore(config.documentStoreDir),
  };
}

export function createIdentityProvider(
  config: Pick<ProxyConfig, 'commerceBaseUrl' | 'commerceOccPrefix' | 'commerceTimeoutMs' | 'tokenCacheTtlMs'>,
  observe?: UpstreamObserver,
): ShopperIdentityProvider {
  const client = new OccUserClient({
    baseUrl: config.commerceBaseUrl,
    occPrefix: config.commerceOccPrefix,
    timeoutMs: config.commerceTimeoutMs,
    observe,
  });
  return new CachedIdentityProvider(client, config.tokenCacheTtlMs);
}

/** Readiness check for SAP Commerce. */
export function createCommerceCheck(
  config: Pick<ProxyConfig, 'commerceBaseUrl' | 'commerceOccPrefix' | 'commerceTimeoutMs'>,
  observe?: UpstreamObserver,
): () => Promise<void> {
  return commerceProbe({
    baseUrl: config.commerceBaseUrl,
    occPrefix: config.commerceOccPrefix,
    timeoutMs: config.commerceTimeoutMs,
    observe,
  });
}

export function createDocumentService(stores: Stores): DocumentService {
  return new DocumentService(stores.store, stores.content);
}

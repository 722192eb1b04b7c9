import { CachedIdentityProvider } from './commerce/cached-identity-provider';
import { commerceProbe } from './commerce/commerce-probe';
import { OccOrderClient } from './commerce/occ-order-client';
import { OccOrgUnitClient } from './commerce/occ-org-unit-client';
import { OccUserClient } from './commerce/occ-user-client';
import { UnitAccess } from './documents/units/unit-access';
import type { ProxyConfig } from './config';
import type { ShopperIdentityProvider } from './documents/identity';
import { DocumentService } from './documents/document-service';
import { GenerationService } from './documents/generation/generation-service';
import type { EntryRules } from './documents/ingest/manifest-entry';
import { ResendService } from './documents/resend/resend-service';
import { DEFAULT_GENERATION_LEASE_MS } from './exstream/exstream-config';
import { OrchestrationClient } from './exstream/orchestration-client';
import { OtdsTokenProvider } from './exstream/otds-token-provider';
import { IntegrationService } from './integration/integration-service';
import type { UpstreamObserver } from './observability/metrics';
import type { ContentStore, DirectContentLinks } from './documents/storage/content-store';
import type { DocumentDelivery } from './store/content-store-config';
import { AzureBlobContentStore } from './store/azure/azure-blob-content-store';
import { createBlobServiceClient } from './store/azure/azure-blob-service-client';
import { UserDelegationKeys } from './store/azure/user-delegation-keys';
import { FileContentStore } from './store/file-content-store';
import { PgDocumentStore } from './store/postgres/pg-document-store';
import { PgRateLimitCounter } from './store/postgres/pg-rate-limit-counter';
import type { RateLimitCounter } from './documents/storage/rate-limit-counter';
import type { ProxyStore } from './documents/storage/proxy-store';
import { SqliteDocumentStore } from './store/sqlite/sqlite-document-store';

export interface Stores {
  store: ProxyStore;
  content: ContentStore;
}

export type StoreConfig = Pick<
  ProxyConfig,
  'databasePath' | 'documentStoreDir' | 'azureBlob' | 'databaseUrl' | 'databaseSchema' | 'databasePoolSize' | 'databaseStatementTimeoutMs'
> &
  Partial<Pick<ProxyConfig, 'sqliteCacheMb'>>;

/** The composition root's building blocks, shared by the server and the CLIs. PostgreSQL when DATABASE_URL is set. */
export async function openStores(config: StoreConfig): Promise<Stores> {
  const store = config.databaseUrl
    ? await PgDocumentStore.open(config.databaseUrl, { schema: config.databaseSchema, poolSize: config.databasePoolSize, statementTimeoutMs: config.databaseStatementTimeoutMs })
    : SqliteDocumentStore.open(config.databasePath, { cacheMb: config.sqliteCacheMb });
  return { store, content: openContentStore(config) };
}

/** With a database, every instance counts a user's requests together; without, the rate limit counts in memory. */
export function createRateLimitCounter(config: Pick<StoreConfig, 'databaseUrl' | 'databaseSchema'>): RateLimitCounter | undefined {
  return config.databaseUrl ? PgRateLimitCounter.open(config.databaseUrl, { schema: config.databaseSchema }) : undefined;
}

/** Azure Blob Storage when configured, else the folder. */
export function openContentStore(config: Pick<StoreConfig, 'documentStoreDir' | 'azureBlob'>): ContentStore {
  const azure = config.azureBlob;
  if (!azure) return new FileContentStore(config.documentStoreDir);
  const service = createBlobServiceClient(azure);
  return new AzureBlobContentStore(service.getContainerClient(azure.containerName), {
    blockBytes: azure.blockBytes,
    sasTtlSeconds: azure.sasTtlSeconds,
    timeoutMs: azure.timeoutMs,
    delegationKeys: azure.credential.kind === 'token' ? new UserDelegationKeys(service, azure.timeoutMs) : undefined,
  });
}

/** Where the index lives, for log lines (never the PostgreSQL URL: it may hold a password). */
export function describeDatabase(config: StoreConfig): string {
  if (!config.databaseUrl) return config.databasePath;
  const url = new URL(config.databaseUrl);
  return `postgres://${url.hostname}:${url.port || '5432'}${url.pathname} (schema ${config.databaseSchema})`;
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

/** Who reads a B2B unit's documents, from Commerce's answers (availableOrgUnitNodes, cached like the token check). */
export function createUnitAccess(
  config: Pick<ProxyConfig, 'commerceBaseUrl' | 'commerceOccPrefix' | 'commerceTimeoutMs' | 'tokenCacheTtlMs'>,
  observe?: UpstreamObserver,
): UnitAccess {
  const client = new OccOrgUnitClient(
    { baseUrl: config.commerceBaseUrl, occPrefix: config.commerceOccPrefix, timeoutMs: config.commerceTimeoutMs, observe },
    config.tokenCacheTtlMs,
  );
  return new UnitAccess(client);
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

export function createDocumentService(stores: Stores, delivery: DocumentDelivery = 'proxy'): DocumentService {
  const direct = delivery === 'redirect' ? directLinksOf(stores.content) : undefined;
  return new DocumentService(stores.store, stores.content, stores.store, direct);
}

export function createResendService(
  config: Pick<ProxyConfig, 'exstream'>,
  stores: Stores,
  documents: DocumentService,
  client: OrchestrationClient | undefined,
): ResendService {
  const exstream = config.exstream;
  return new ResendService({
    documents,
    audit: stores.store,
    exstream: exstream && client ? { runner: client, communication: exstream.resend } : undefined,
  });
}

/** What the /integration/v1 routes call: ingest, delivery events and the audit export over the stores. */
export function createIntegrationService(stores: Stores, rules?: EntryRules): IntegrationService {
  return new IntegrationService(stores, rules);
}

/** The content store's direct URLs; configuration allows `redirect` only for a store that has them. */
function directLinksOf(content: ContentStore): DirectContentLinks {
  if (!('directUrl' in content)) throw new Error(`DOCUMENT_DELIVERY=redirect needs a content store with direct URLs, not ${content.description}`);
  return content as ContentStore & DirectContentLinks;
}

/** One OTDS token source per process, shared by generation and the preference push. */
export function createOtdsTokenProvider(config: Pick<ProxyConfig, 'exstream'>): OtdsTokenProvider | undefined {
  const exstream = config.exstream;
  return exstream
    ? new OtdsTokenProvider({
        tokenUrl: exstream.tokenUrl,
        clientId: exstream.clientId,
        clientSecret: exstream.clientSecret,
        scope: exstream.scope,
        timeoutMs: exstream.timeoutMs,
      })
    : undefined;
}

/** One Orchestration client (and so one circuit breaker) per process, for generation and re-sending. */
export function createOrchestrationClient(
  config: Pick<ProxyConfig, 'exstream'>,
  tokens: OtdsTokenProvider | undefined = createOtdsTokenProvider(config),
): OrchestrationClient | undefined {
  return config.exstream && tokens ? new OrchestrationClient(config.exstream, tokens) : undefined;
}

export function createGenerationService(
  config: Pick<ProxyConfig, 'commerceBaseUrl' | 'commerceOccPrefix' | 'commerceTimeoutMs' | 'exstream'>,
  stores: Stores,
  tokens: OtdsTokenProvider | undefined = createOtdsTokenProvider(config),
  generator: OrchestrationClient | undefined = createOrchestrationClient(config, tokens),
): GenerationService {
  const exstream = config.exstream;
  return new GenerationService({
    store: stores.store,
    content: stores.content,
    orders: new OccOrderClient({
      baseUrl: config.commerceBaseUrl,
      occPrefix: config.commerceOccPrefix,
      timeoutMs: config.commerceTimeoutMs,
    }),
    generator,
    communications: exstream?.communications ?? {},
    leaseMs: exstream?.generationLeaseMs ?? DEFAULT_GENERATION_LEASE_MS,
  });
}

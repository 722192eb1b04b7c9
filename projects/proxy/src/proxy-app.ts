import type { FastifyInstance } from 'fastify';
import {
  createCommerceCheck,
  createDocumentService,
  createGenerationService,
  createIdentityProvider,
  createUnitAccess,
  createIntegrationService,
  createOrchestrationClient,
  createOtdsTokenProvider,
  createRateLimitCounter,
  createResendService,
  type Stores,
} from './compose';
import type { ProxyConfig } from './config';
import { buildApp } from './http/app';
import type { LoggingOptions } from './http/logging';
import { LinkSigner } from './links/link-signer';
import { ProxyMetrics } from './observability/metrics';
import { PreferencePusher } from './preferences/preference-pusher';
import { PreferenceService } from './preferences/preference-service';

/** The proxy's HTTP app wired from configuration: what main.ts serves (and the specs start). */
export async function createProxyApp(
  config: ProxyConfig,
  stores: Stores,
  logging: LoggingOptions | false,
): Promise<FastifyInstance> {
  const metrics = new ProxyMetrics();
  const observeCommerce = metrics.commerceObserver();
  const links = LinkSigner.fromSecret(config.signedLinkSecret);
  const otds = createOtdsTokenProvider(config);
  const exstream = createOrchestrationClient(config, otds);
  const documents = createDocumentService(stores, config.documentDelivery);
  let pusher: PreferencePusher | undefined;
  // with a database, every instance counts a user's requests together
  const rateCounter = createRateLimitCounter(config);
  const app = await buildApp({
    documents,
    generation: createGenerationService(config, stores, otds, exstream),
    resend: createResendService(config, stores, documents, exstream),
    integration: {
      service: createIntegrationService(stores, { actionUrlAllowedHosts: config.actionUrlAllowedHosts }),
      config: config.integration,
    },
    preferences: new PreferenceService(stores.store.preferences, {
      languages: config.preferences.languages,
      defaultLanguage: config.preferences.defaultLanguage,
      push: config.preferences.push !== undefined,
      onQueued: () => pusher?.nudge(),
    }),
    identity: createIdentityProvider(config, observeCommerce),
    units: createUnitAccess(config, observeCommerce),
    checkReady: () => stores.store.ping(),
    checkContent: () => stores.content.ping(),
    checkCommerce: createCommerceCheck(config, observeCommerce),
    corsOrigins: config.corsOrigins,
    logging,
    links,
    linkTtlSeconds: config.signedLinkTtlSeconds,
    publicBaseUrl: config.publicBaseUrl,
    metrics,
    listCacheBytes: config.listCacheBytes,
    bulkLimits: config.bulkLimits,
    limits: {
      bodyBytes: config.bodyLimitBytes,
      queryLength: config.maxQueryLength,
      rateMax: config.rateLimitMax,
      rateWindowMs: config.rateLimitWindowMs,
      rateCounter,
    },
  });
  if (rateCounter) app.addHook('onClose', () => rateCounter.close());
  if (exstream) metrics.watchBreaker('exstream', () => exstream.breaker.currentState);
  if (config.preferences.push && otds) {
    metrics.watchOutbox(() => stores.store.preferences.outboxBacklog());
    const push = new PreferencePusher(stores.store.preferences, config.preferences.push, otds, app.log);
    pusher = push;
    push.start();
    app.addHook('onClose', () => push.stop());
  }
  if (links.ephemeral) {
    app.log.warn(
      'SIGNED_LINK_SECRET is not set: signed links use a random key made at start, so they stop working ' +
        'after a restart and are not accepted by other instances. Set it (same value on every instance).',
    );
  }
  return app;
}

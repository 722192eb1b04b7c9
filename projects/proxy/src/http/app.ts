import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { DocumentService } from '../documents/document-service';
import type { GenerationService } from '../documents/generation/generation-service';
import type { ResendService } from '../documents/resend/resend-service';
import type { ShopperIdentityProvider } from '../documents/identity';
import type { IntegrationConfig } from '../integration/integration-config';
import type { IntegrationService } from '../integration/integration-service';
import type { BulkLimits } from '../documents/bulk-limits';
import type { RateLimitCounter } from '../documents/storage/rate-limit-counter';
import { LinkSigner } from '../links/link-signer';
import { ProxyMetrics } from '../observability/metrics';
import { INTEGRATION_API_PREFIX, SHOPPER_API_PREFIX, UNIT_API_PREFIX } from './api-prefixes';
import { documentUnitListRoutes, unitDocumentRoutes } from './routes/unit-documents';
import type { UnitAccess } from '../documents/units/unit-access';
import { trackConnections } from './close';
import { registerCors } from './cors';
import { registerErrorHandling } from './error-handler';
import { clientErrorHandler, frameworkErrors } from './framework-errors';
import { HTTP_DEFAULTS } from './http-defaults';
import { registerQueryLengthLimit, registerRateLimit } from './limits';
import { loggerOptions, requestId, type LoggingOptions } from './logging';
import { metricsRoutes, registerMetricsHooks } from './metrics-hooks';
import { openApiRoute, registerOpenApi } from './openapi';
import { documentRoutes } from './routes/documents';
import { healthRoutes } from './routes/health';
import { integrationRoutes } from './routes/integration';
import { orderDocumentRoutes } from './routes/order-documents';
import { preferenceRoutes } from './routes/preferences';
import type { PreferenceService } from '../preferences/preference-service';
import { documentListSchema, documentSchema, occErrorListSchema } from './schemas';
import { registerSecurityHeaders } from './security-headers';
import { DEFAULT_LIST_CACHE_BYTES } from './list-response-cache';

export interface AppDependencies {
  documents: DocumentService;
  identity: ShopperIdentityProvider;
  /** readiness probe: resolves when the store answers */
  checkReady: () => Promise<void>;
  /** readiness probe: resolves when the content store (folder or blob container) answers; none = not checked */
  checkContent?: () => Promise<void>;
  /** readiness probe: resolves when SAP Commerce answers; none = not checked */
  checkCommerce?: () => Promise<void>;
  /** allowed CORS origins; empty = CORS off */
  corsOrigins?: readonly string[];
  /** false = no logs */
  logging?: LoggingOptions | false;
  /** who reads a B2B unit's documents; the unit routes are absent when not given */
  units?: UnitAccess;
  /** order documents and on-demand generation; routes absent when not given */
  generation?: GenerationService;
  /** sending a document to its customer again; route absent when not given */
  resend?: ResendService;
  /** /integration/v1 (ingest, audit export); routes absent when not given */
  integration?: { service: IntegrationService; config: IntegrationConfig };
  /** communication preferences; routes absent when not given */
  preferences?: PreferenceService;
  /** signs and checks download links; default: a random key */
  links?: LinkSigner;
  /** default HTTP_DEFAULTS.signedLinkTtlSeconds */
  linkTtlSeconds?: number;
  /** origin in front of signed links (e.g. https://shop.example.com); default: path-absolute links */
  publicBaseUrl?: string;
  metrics?: ProxyMetrics;
  /** bytes of serialized list answers cached per instance (checked against the store's owner revision); default 8 MiB, 0 = off */
  listCacheBytes?: number;
  /** archive and export limits; default DEFAULT_BULK_LIMITS */
  bulkLimits?: BulkLimits;
  /** defaults: HTTP_DEFAULTS */
  limits?: { bodyBytes?: number; queryLength?: number; rateMax?: number; rateWindowMs?: number; rateCounter?: RateLimitCounter };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route the app serves (method and URL pattern), for the OpenAPI check and operators. */
    routeCatalogue: ReadonlyArray<{ method: string; url: string }>;
  }
}

/** Builds the HTTP application without listening, so tests can start it on port 0. */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const limits = deps.limits ?? {};
  const app = Fastify({
    logger: deps.logging === false || deps.logging === undefined ? false : loggerOptions(deps.logging),
    genReqId: requestId,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    trustProxy: false,
    bodyLimit: limits.bodyBytes ?? HTTP_DEFAULTS.bodyLimitBytes,
    frameworkErrors,
    clientErrorHandler,
  });
  trackConnections(app.server);
  const metrics = deps.metrics ?? new ProxyMetrics();
  const routeCatalogue: { method: string; url: string }[] = [];
  app.decorate('routeCatalogue', routeCatalogue);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeCatalogue.push({ method, url: route.url });
  });

  app.addSchema(occErrorListSchema);
  app.addSchema(documentSchema);
  app.addSchema(documentListSchema);

  registerQueryLengthLimit(app, limits.queryLength ?? HTTP_DEFAULTS.maxQueryLength);
  registerErrorHandling(app);
  registerSecurityHeaders(app);
  registerCors(app, deps.corsOrigins ?? []);
  registerMetricsHooks(app, metrics);
  await registerOpenApi(app);
  await registerRateLimit(app, {
    max: limits.rateMax ?? HTTP_DEFAULTS.rateLimitMax,
    windowMs: limits.rateWindowMs ?? HTTP_DEFAULTS.rateLimitWindowMs,
    counter: limits.rateCounter,
  });

  const checks: Record<string, () => Promise<void>> = { store: deps.checkReady };
  if (deps.checkContent) checks['content'] = deps.checkContent;
  if (deps.checkCommerce) checks['commerce'] = deps.checkCommerce;
  await app.register(healthRoutes, { checks });
  await app.register(metricsRoutes, { metrics });
  await app.register(openApiRoute);
  // one signer for both scopes: a unit document's link is opened under the user scope's content route
  const documentOptions = {
    documents: deps.documents,
    identity: deps.identity,
    links: deps.links ?? LinkSigner.fromSecret(undefined),
    linkTtlSeconds: deps.linkTtlSeconds ?? HTTP_DEFAULTS.signedLinkTtlSeconds,
    publicBaseUrl: deps.publicBaseUrl,
    listCacheBytes: deps.listCacheBytes ?? DEFAULT_LIST_CACHE_BYTES,
    bulkLimits: deps.bulkLimits,
  };
  await app.register(documentRoutes, { prefix: SHOPPER_API_PREFIX, ...documentOptions, resend: deps.resend });
  if (deps.units) {
    await app.register(unitDocumentRoutes, { prefix: UNIT_API_PREFIX, ...documentOptions, units: deps.units });
    await app.register(documentUnitListRoutes, { prefix: SHOPPER_API_PREFIX, identity: deps.identity, units: deps.units });
  }
  await app.register(orderDocumentRoutes, {
    prefix: SHOPPER_API_PREFIX,
    documents: deps.documents,
    identity: deps.identity,
    generation: deps.generation,
  });
  if (deps.integration) await app.register(integrationRoutes, { prefix: INTEGRATION_API_PREFIX, ...deps.integration });
  if (deps.preferences) {
    await app.register(preferenceRoutes, { prefix: SHOPPER_API_PREFIX, preferences: deps.preferences, identity: deps.identity });
  }
  return app;
}

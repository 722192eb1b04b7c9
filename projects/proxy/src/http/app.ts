import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { DocumentService } from '../documents/document-service';
import type { GenerationService } from '../documents/generation/generation-service';
import type { ShopperIdentityProvider } from '../documents/identity';
import type { IntegrationConfig } from '../integration/integration-config';
import type { ContentStore } from '../store/content-store';
import type { ProxyStore } from '../store/proxy-store';
import { registerCors } from './cors';
import { registerErrorHandling } from './error-handler';
import { loggerOptions, requestId, type LoggingOptions } from './logging';
import { documentRoutes } from './routes/documents';
import { healthRoutes } from './routes/health';
import { integrationRoutes } from './routes/integration';
import { orderDocumentRoutes } from './routes/order-documents';
import { documentListSchema, documentSchema, occErrorListSchema } from './schemas';
import { registerSecurityHeaders } from './security-headers';

export interface AppDependencies {
  documents: DocumentService;
  identity: ShopperIdentityProvider;
  /** readiness probe: resolves when the store answers */
  checkReady: () => Promise<void>;
  /** allowed CORS origins; empty = CORS off */
  corsOrigins?: readonly string[];
  /** false = no logs */
  logging?: LoggingOptions | false;
  /** order documents and on-demand generation; routes absent when not given */
  generation?: GenerationService;
  /** /integration/v1 (ingest, audit export); routes absent when not given */
  integration?: { store: ProxyStore; content: ContentStore; config: IntegrationConfig };
}

/** Builds the HTTP application without listening, so tests can start it on port 0. */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logging === false || deps.logging === undefined ? false : loggerOptions(deps.logging),
    genReqId: requestId,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    trustProxy: false,
    bodyLimit: 1024 * 1024,
  });

  app.addSchema(occErrorListSchema);
  app.addSchema(documentSchema);
  app.addSchema(documentListSchema);

  registerErrorHandling(app);
  registerSecurityHeaders(app);
  registerCors(app, deps.corsOrigins ?? []);

  await app.register(healthRoutes, { checkReady: deps.checkReady });
  await app.register(documentRoutes, { documents: deps.documents, identity: deps.identity });
  if (deps.generation) await app.register(orderDocumentRoutes, { generation: deps.generation, identity: deps.identity });
  if (deps.integration) await app.register(integrationRoutes, deps.integration);
  return app;
}

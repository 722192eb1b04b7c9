import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { DocumentService } from '../documents/document-service';
import type { ShopperIdentityProvider } from '../documents/identity';
import { registerCors } from './cors';
import { registerErrorHandling } from './error-handler';
import { loggerOptions, requestId, type LoggingOptions } from './logging';
import { documentRoutes } from './routes/documents';
import { healthRoutes } from './routes/health';
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
  return app;
}

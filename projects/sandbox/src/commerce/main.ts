import { buildCommerceApp } from './app';
import { envInt } from '../env';

async function main(): Promise<void> {
  const port = envInt('SANDBOX_PORT', 9002);
  const host = process.env.HOST ?? '0.0.0.0';
  const app = await buildCommerceApp({
    tokenTtlSeconds: envInt('TOKEN_TTL_SECONDS', 3600),
    testHooks: process.env.SANDBOX_TEST_HOOKS === '1',
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    requestLog: process.env.OCC_REQUEST_LOG || undefined,
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app.close().then(() => process.exit(0));
    });
  }
  await app.listen({ port, host });
  app.log.info(`Commerce OCC stand-in ready: http://localhost:${port}/occ/v2/electronics-spa/ (token endpoint /authorizationserver/oauth/token)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { envInt } from '../env';
import { buildExstreamApp } from './app';

async function main(): Promise<void> {
  const port = envInt('EXSTREAM_PORT', 9004);
  const host = process.env.HOST ?? '0.0.0.0';
  const clientId = process.env.EXSTREAM_CLIENT_ID ?? 'exd-proxy';
  const clientSecret = process.env.EXSTREAM_CLIENT_SECRET ?? 'exd-sandbox-secret';
  const app = await buildExstreamApp({
    clients: { [clientId]: clientSecret },
    tokenTtlSeconds: envInt('EXSTREAM_TOKEN_TTL_SECONDS', 3600),
    testHooks: process.env.SANDBOX_TEST_HOOKS === '1',
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app.close().then(() => process.exit(0));
    });
  }
  await app.listen({ port, host });
  app.log.info(`Exstream emulator ready: http://localhost:${port}/orchestration/api/v1/inputs/ondemand/{domain}/generate`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

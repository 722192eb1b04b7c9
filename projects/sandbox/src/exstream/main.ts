import { envInt } from '../env';
import { buildExstreamApp, otdsTokenPath, type EmulatedOtds } from './app';

/** EXSTREAM_OTDS_MODE (self-hosted, ot2, cloud), EXSTREAM_OTDS_TENANT (empty: none), EXSTREAM_OTDS_SUBSCRIPTION. */
function otdsFromEnv(): EmulatedOtds {
  const mode = process.env.EXSTREAM_OTDS_MODE ?? 'self-hosted';
  if (mode !== 'self-hosted' && mode !== 'ot2' && mode !== 'cloud') throw new Error(`EXSTREAM_OTDS_MODE must be self-hosted, ot2 or cloud, got "${mode}"`);
  const tenant = process.env.EXSTREAM_OTDS_TENANT ?? 'exd';
  return { mode, tenant: tenant === '' ? undefined : tenant, subscription: process.env.EXSTREAM_OTDS_SUBSCRIPTION };
}

async function main(): Promise<void> {
  const port = envInt('EXSTREAM_PORT', 9004);
  const host = process.env.HOST ?? '0.0.0.0';
  const clientId = process.env.EXSTREAM_CLIENT_ID ?? 'exd-proxy';
  const clientSecret = process.env.EXSTREAM_CLIENT_SECRET ?? 'exd-sandbox-secret';
  const otds = otdsFromEnv();
  const app = await buildExstreamApp({
    clients: { [clientId]: clientSecret },
    otds,
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
  app.log.info(`Exstream emulator ready: http://localhost:${port}/orchestration/api/v1/inputs/ondemand/{domain}/generate (OTDS ${otds.mode}: ${otdsTokenPath(otds)})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

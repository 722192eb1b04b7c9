import { closeApp } from './http/close';
import { ConfigError, loadConfig } from './config';
import { describeDatabase, openStores } from './compose';
import { createProxyApp } from './proxy-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const stores = await openStores(config);
  const app = await createProxyApp(config, stores, { level: config.logLevel });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      app.log.error('graceful shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + 2_000);
    force.unref();
    closeApp(app, config.shutdownGraceMs)
      .then(() => stores.store.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        app.log.error({ err: error }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { commerce: `${config.commerceBaseUrl}${config.commerceOccPrefix}`, database: describeDatabase(config), content: stores.content.description, cors: config.corsOrigins, exstream: config.exstream?.baseUrl ?? 'off' },
    'document proxy ready',
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`Document proxy failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

import { envInt } from '../env';
import { stopOnSignals } from '../shutdown';
import { buildIngressApp, resolveStorefrontDist } from './app';

async function main(): Promise<void> {
  const port = envInt('PORT', 4200);
  const host = process.env.HOST ?? '0.0.0.0';
  const storefrontDist = resolveStorefrontDist(process.env.STOREFRONT_DIST);
  const proxyUrl = process.env.PROXY_URL ?? 'http://localhost:9100';
  const commerceUrl = process.env.COMMERCE_URL ?? 'http://localhost:9002';
  const app = await buildIngressApp({ storefrontDist, proxyUrl, commerceUrl, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  stopOnSignals(app);
  await app.listen({ port, host });
  app.log.info(
    `Ingress ready: http://localhost:${port} (storefront ${storefrontDist}; documents -> ${proxyUrl}; other /occ and /authorizationserver -> ${commerceUrl})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

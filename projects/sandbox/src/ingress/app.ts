import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';

import Fastify, { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import replyFrom from '@fastify/reply-from';
import fastifyStatic from '@fastify/static';

export interface IngressOptions {
  /** Folder with the built storefront (index.html and assets). */
  storefrontDist: string;
  /** Document proxy, e.g. http://localhost:9100. */
  proxyUrl: string;
  /** Commerce (OCC) stand-in or real Commerce, e.g. http://localhost:9002. */
  commerceUrl: string;
  /** Upstream header/body timeout in milliseconds (default 120 s: generation can take a while). */
  upstreamTimeoutMs?: number;
  logger?: FastifyServerOptions['logger'];
}

/**
 * Paths that belong to the document proxy (everything else under /occ goes to Commerce), as the
 * proxy derives them from its own routes into deploy/ingress/proxy-paths.json
 * (`npm run ingress:rules -- json --write`). The production rules in docs/install.md and
 * deploy/kubernetes come from the same derivation.
 */
const proxyPaths = readProxyPaths();

export const PROXY_ROUTES: readonly string[] = proxyPaths.fastifyRoutes;

/** Commerce's OCC API, OAuth server and media (product images under `/medias`). */
export const COMMERCE_ROUTES = ['/occ/*', '/authorizationserver/*', '/assistedservicewebservices/*', '/medias/*'];

/** The same decision as a regular expression (on the path, without the query), for documentation and tests. */
export const PROXY_PATH = new RegExp(proxyPaths.regex);

function readProxyPaths(): { fastifyRoutes: string[]; regex: string } {
  const relative = join('deploy', 'ingress', 'proxy-paths.json');
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, relative);
    if (existsSync(file)) {
      return JSON.parse(readFileSync(file, 'utf8')) as { fastifyRoutes: string[]; regex: string };
    }
  }
  throw new Error(`${relative} not found above ${__dirname}`);
}

/**
 * Finds the built storefront: `STOREFRONT_DIST` if given (relative to the working directory),
 * else `dist/storefront` at the repository root (two levels above this package). Angular ≥ 17
 * puts the files into a `browser/` subfolder; that is followed when present.
 */
export function resolveStorefrontDist(configured?: string, packageRoot = resolve(__dirname, '..', '..')): string {
  const candidates = configured
    ? [resolve(configured)]
    : [resolve(packageRoot, '..', '..', 'dist', 'storefront'), resolve(process.cwd(), 'dist', 'storefront')];
  for (const candidate of candidates) {
    for (const dir of [candidate, join(candidate, 'browser')]) {
      if (existsSync(join(dir, 'index.html'))) {
        return dir;
      }
    }
  }
  return candidates[0];
}

/** Builds the demo ingress: static storefront with SPA fallback, path routing to proxy and Commerce. */
export async function buildIngressApp(options: IngressOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false });
  const timeout = options.upstreamTimeoutMs ?? 120_000;

  app.register(upstreamScope, { base: options.proxyUrl, routes: PROXY_ROUTES, timeout, name: 'document proxy' });
  app.register(upstreamScope, { base: options.commerceUrl, routes: COMMERCE_ROUTES, timeout, name: 'commerce' });

  const dist = options.storefrontDist;
  const hasStorefront = existsSync(join(dist, 'index.html')) && statSync(dist).isDirectory();
  if (hasStorefront) {
    await app.register(fastifyStatic, {
      root: dist,
      index: ['index.html'],
      // index.html must always be revalidated; hashed bundles may be cached.
      setHeaders: (staticReply, path) => {
        if (path.endsWith('index.html')) {
          staticReply.header('Cache-Control', 'no-cache');
        }
      },
    });
  } else {
    app.log.warn(`storefront not built: no index.html in ${dist} (set STOREFRONT_DIST)`);
  }

  app.setNotFoundHandler((request, reply) => {
    if ((request.method === 'GET' || request.method === 'HEAD') && wantsSpaFallback(request)) {
      if (hasStorefront) {
        return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
      }
      return reply
        .code(503)
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><title>Storefront not built</title><h1>Storefront not built</h1>' +
            `<p>No index.html in <code>${escapeHtml(dist)}</code>. Build the storefront or set STOREFRONT_DIST.</p>`,
        );
    }
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
  });

  return app;
}

/** Client-side routes get index.html; a missing asset (with a file extension) stays a 404. */
function wantsSpaFallback(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0];
  if ((request.headers.accept ?? '').includes('text/html')) {
    return true;
  }
  return extname(path) === '';
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface UpstreamScopeOptions {
  base: string;
  routes: readonly string[];
  timeout: number;
  name: string;
}

/**
 * One upstream in its own encapsulated scope: bodies are not parsed but streamed through, all
 * headers (Authorization included) are forwarded, status codes and response bodies come back
 * unchanged, and X-Forwarded-* tell the upstream the public origin.
 */
async function upstreamScope(scope: FastifyInstance, opts: UpstreamScopeOptions): Promise<void> {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
  await scope.register(replyFrom, {
    base: opts.base,
    undici: { connections: 128, pipelining: 1, keepAliveTimeout: 60_000, headersTimeout: opts.timeout, bodyTimeout: opts.timeout },
  });
  const handler = (request: FastifyRequest, reply: FastifyReply) =>
    reply.from(request.url, {
      rewriteRequestHeaders: (req, headers) => {
        const forwardedFor = req.headers['x-forwarded-for'];
        return {
          ...headers,
          'x-forwarded-for': forwardedFor ? `${forwardedFor}, ${req.ip}` : req.ip,
          'x-forwarded-host': req.headers['x-forwarded-host'] ?? req.headers.host ?? '',
          'x-forwarded-proto': req.headers['x-forwarded-proto'] ?? req.protocol,
        };
      },
      onError: (errorReply, { error }) => {
        const status = (error as { statusCode?: number }).statusCode ?? 502;
        request.log.warn({ err: error, upstream: opts.base }, `${opts.name} unavailable`);
        errorReply
          // Timeouts (504) and "unavailable" (503) stay; anything else, e.g. a refused connection, is a bad gateway.
          .code(status === 503 || status === 504 ? status : 502)
          .type('application/json; charset=utf-8')
          .send({ errors: [{ type: 'BadGatewayError', message: `The ${opts.name} at ${opts.base} did not answer: ${error.message}` }] });
      },
    });
  for (const route of opts.routes) {
    scope.all(route, handler);
  }
}

import Fastify, { FastifyInstance, FastifyServerOptions } from 'fastify';
import formbody from '@fastify/formbody';

import { PRODUCTS } from '../data/demo-data';
import { assistedServiceRoutes } from './assisted-service';
import { cmsModel, findComponents, findPage } from './cms';
import { sendOccError } from './occ-errors';
import { registerOAuthRoutes } from './oauth-routes';
import { isProductImageFormat, MEDIA_PREFIX, productImageSvg } from './product-media';
import { single, type Query } from './query-params';
import { logRequestsTo } from './request-log';
import { shopperAuth, type SiteParams } from './shopper-auth';
import { SITE_LOGO_URL, siteLogoSvg } from './site-logo';
import { TokenStore } from './tokens';
import { registerUserRoutes } from './user-routes';
import { registerOrgRoutes } from './org-routes';
import { B2B_SITE } from '../data/demo-org';


export interface CommerceOptions {
  /** Lifetime of access tokens (env TOKEN_TTL_SECONDS, default 3600). */
  tokenTtlSeconds?: number;
  /** Enables `/sandbox/...` test hooks (env SANDBOX_TEST_HOOKS=1). */
  testHooks?: boolean;
  /** Base sites that exist (default electronics-spa, electronics and the B2B site powertools-spa). */
  baseSites?: string[];
  /** OAuth clients allowed to use the token endpoint (default mobile_android / secret). */
  clients?: Record<string, string>;
  logger?: FastifyServerOptions['logger'];
  /** Appends every answered request to this file (env OCC_REQUEST_LOG). */
  requestLog?: string;
}


const OCC = '/occ/v2/:site';

/**
 * Builds the SAP Commerce OCC stand-in: OAuth token endpoint, CMS pages/components, users,
 * carts, consents, order history and order details — enough for Spartacus 4.3 and for the
 * document proxy (token → user, order ownership).
 */
export async function buildCommerceApp(options: CommerceOptions = {}): Promise<FastifyInstance> {
  const tokens = new TokenStore(options.tokenTtlSeconds ?? 3600);
  const baseSites = new Set(options.baseSites ?? ['electronics-spa', 'electronics', B2B_SITE]);
  const clients = options.clients ?? { mobile_android: 'secret' };
  // reads docs/impex now, so a broken ImpEx stops the start instead of a page request
  cmsModel();

  const app = Fastify({ logger: options.logger ?? false, routerOptions: { ignoreTrailingSlash: true } });
  await app.register(formbody);
  if (options.requestLog) logRequestsTo(app, options.requestLog);

  // ---- CORS for dev setups where the storefront runs on another origin ----
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (origin) {
      reply.header('Access-Control-Allow-Origin', origin);
      reply.header('Access-Control-Allow-Credentials', 'true');
      reply.header('Vary', 'Origin');
    }
  });
  app.options('/*', async (request, reply) => {
    const requestedHeaders = request.headers['access-control-request-headers'];
    reply.header('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
    if (requestedHeaders) {
      reply.header('Access-Control-Allow-Headers', requestedHeaders);
    }
    reply.header('Access-Control-Max-Age', '600');
    return reply.code(204).send();
  });

  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
    }
    return sendOccError(reply, status, {
      type: status === 400 || error.validation ? 'ValidationError' : status === 415 ? 'UnsupportedMediaTypeError' : 'ServerError',
      message: status >= 500 ? 'Internal server error' : error.message,
    });
  });
  app.setNotFoundHandler((request, reply) =>
    sendOccError(reply, 404, { type: 'UnknownResourceError', message: `No resource at ${request.method} ${request.url.split('?')[0]}` }),
  );

  // ---- OAuth ----
  registerOAuthRoutes(app, tokens, clients);

  // ---- Base site check for everything under /occ/v2/{site} ----
  app.addHook('preHandler', async (request, reply) => {
    const site = (request.params as Partial<SiteParams> | undefined)?.site;
    if (site !== undefined && request.url.startsWith('/occ/v2/') && !baseSites.has(site)) {
      return sendOccError(reply, 400, { type: 'InvalidResourceError', message: `Base site ${site} doesn't exist` });
    }
    return undefined;
  });

  // ---- Base sites (outside any site) ----
  app.get('/occ/v2/basesites', async () => ({
    baseSites: [...baseSites].map((uid) => {
      const b2b = uid === B2B_SITE;
      return {
        uid,
        name: b2b ? 'Powertools Site' : 'Electronics Site',
        channel: b2b ? 'B2B' : 'B2C',
        defaultLanguage: { isocode: 'en' },
        urlEncodingAttributes: ['language', 'currency'],
        urlPatterns: [],
        stores: [{ currencies: [{ isocode: 'USD' }], defaultCurrency: { isocode: 'USD' }, languages: [{ isocode: 'en' }], defaultLanguage: { isocode: 'en' } }],
        theme: 'sparta',
        ...(b2b ? { requiresAuthentication: true } : {}),
      };
    }),
  }));

  // ---- Media: product images (OCC answers with URLs under /medias, as real Commerce does) ----
  app.get<{ Params: { code: string; file: string } }>(
    `${MEDIA_PREFIX}/:code/:file`,
    {
      schema: {
        params: {
          type: 'object',
          properties: { code: { type: 'string', maxLength: 64 }, file: { type: 'string', maxLength: 64 } },
          required: ['code', 'file'],
        },
      },
    },
    async (request, reply) => {
      const product = Object.prototype.hasOwnProperty.call(PRODUCTS, request.params.code) ? PRODUCTS[request.params.code] : undefined;
      const format = /^(.+)\.svg$/.exec(request.params.file)?.[1];
      if (!product || !format || !isProductImageFormat(format)) {
        return sendOccError(reply, 404, { type: 'UnknownIdentifierError', message: `No media at ${request.url.split('?')[0]}` });
      }
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('Cache-Control', 'public, max-age=86400')
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
        .send(productImageSvg(product, format));
    },
  );

  // the site logo, a media of the content catalog
  app.get(SITE_LOGO_URL, async (_request, reply) =>
    reply
      .type('image/svg+xml; charset=utf-8')
      .header('Cache-Control', 'public, max-age=86400')
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(siteLogoSvg()),
  );

  // ---- CMS ----
  app.get<{ Params: SiteParams }>(`${OCC}/cms/pages`, async (request, reply) => {
    const query = request.query as Query;
    const pageType = single(query.pageType);
    const label = single(query.pageLabelOrId);
    const page = findPage(pageType, label, request.params.site);
    if (!page) {
      return sendOccError(reply, 404, {
        type: 'CMSItemNotFoundError',
        message: `No page found matching the label or id: ${label ?? '(none)'}`,
      });
    }
    return page;
  });

  app.get<{ Params: SiteParams }>(`${OCC}/cms/components`, async (request) => {
    const query = request.query as Query;
    const raw = query.componentIds;
    const ids = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    const components = findComponents(ids, request.params.site);
    return {
      component: components,
      pagination: { currentPage: 0, pageSize: Math.max(components.length, 1), totalPages: 1, totalResults: components.length },
    };
  });

  app.get<{ Params: SiteParams & { uid: string } }>(`${OCC}/cms/components/:uid`, async (request, reply) => {
    const [component] = findComponents([request.params.uid], request.params.site);
    if (!component) {
      return sendOccError(reply, 404, { type: 'CMSItemNotFoundError', message: `No component with uid ${request.params.uid}` });
    }
    return component;
  });

  // ---- Users ----
  const auth = shopperAuth(tokens);
  registerUserRoutes(app, OCC, auth);
  registerOrgRoutes(app, OCC, auth);
  await app.register(assistedServiceRoutes, { authenticate: auth.authenticate, baseSites });

  // Every other path answers 404 UnknownResourceError (the not-found handler above), as real OCC does:
  // the routes here are what Spartacus 4.3.8 and 2211 request during the journeys (see OCC_REQUEST_LOG).

  // ---- Test hooks ----
  if (options.testHooks) {
    app.post('/sandbox/tokens/expire', async (request) => {
      const query = request.query as Query;
      const includeRefresh = single(query.refresh) === 'true';
      return { expired: tokens.expireAll(includeRefresh), refreshTokensExpired: includeRefresh };
    });
  }

  return app;
}

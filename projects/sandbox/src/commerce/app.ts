import Fastify, { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import formbody from '@fastify/formbody';

import { agentMayAssist, findAgent, findCustomer } from '../data/demo-agents';
import { findOrder, findShopper, ordersOf, PRODUCTS } from '../data/demo-data';
import { assistedServiceRoutes } from './assisted-service';
import { cmsModel, findComponents, findPage } from './cms';
import { sendOccError } from './occ-errors';
import { occAgent, occConsignmentTracking, occOrder, occOrderHistory, occUser } from './occ-mappers';
import { isProductImageFormat, MEDIA_PREFIX, productImageSvg } from './product-media';
import { logRequestsTo } from './request-log';
import { SITE_LOGO_URL, siteLogoSvg } from './site-logo';
import { TokenStore } from './tokens';

export interface CommerceOptions {
  /** Lifetime of access tokens (env TOKEN_TTL_SECONDS, default 3600). */
  tokenTtlSeconds?: number;
  /** Enables `/sandbox/...` test hooks (env SANDBOX_TEST_HOOKS=1). */
  testHooks?: boolean;
  /** Base sites that exist (default electronics-spa and electronics). */
  baseSites?: string[];
  /** OAuth clients allowed to use the token endpoint (default mobile_android / secret). */
  clients?: Record<string, string>;
  logger?: FastifyServerOptions['logger'];
  /** Appends every answered request to this file (env OCC_REQUEST_LOG). */
  requestLog?: string;
}

type Query = Record<string, string | string[] | undefined>;
type SiteParams = { site: string };
type UserParams = SiteParams & { userId: string };

const OCC = '/occ/v2/:site';
const SCOPE = 'basic openid';

/**
 * Builds the SAP Commerce OCC stand-in: OAuth token endpoint, CMS pages/components, users,
 * carts, consents, order history and order details — enough for Spartacus 4.3 and for the
 * document proxy (token → user, order ownership).
 */
export async function buildCommerceApp(options: CommerceOptions = {}): Promise<FastifyInstance> {
  const tokens = new TokenStore(options.tokenTtlSeconds ?? 3600);
  const baseSites = new Set(options.baseSites ?? ['electronics-spa', 'electronics']);
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
  app.post('/authorizationserver/oauth/token', async (request, reply) => {
    reply.header('Cache-Control', 'no-store').header('Pragma', 'no-cache');
    const body = { ...(request.query as Query), ...((request.body as Query | undefined) ?? {}) };
    const field = (name: string) => {
      const value = body[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const basic = parseBasicAuth(request.headers.authorization);
    const clientId = field('client_id') ?? basic?.user;
    const clientSecret = field('client_secret') ?? basic?.password;
    if (!clientId || clients[clientId] === undefined || clients[clientId] !== clientSecret) {
      return reply.code(401).send({ error: 'invalid_client', error_description: 'Bad client credentials' });
    }
    const grantType = field('grant_type');
    if (grantType === 'password') {
      // customers and customer-service agents (ASM) log in through the same client
      const principal = findShopper(field('username') ?? '') ?? findAgent(field('username') ?? '');
      if (!principal || principal.password !== field('password')) {
        return reply.code(400).send({ error: 'invalid_grant', error_description: 'Bad credentials' });
      }
      return tokenResponse(tokens.issue(principal.uid));
    }
    if (grantType === 'refresh_token') {
      const issued = tokens.refreshGrant(field('refresh_token') ?? '');
      if (!issued) {
        return reply.code(400).send({ error: 'invalid_grant', error_description: 'Invalid refresh token' });
      }
      return tokenResponse(issued);
    }
    if (!grantType) {
      return reply.code(400).send({ error: 'invalid_request', error_description: 'Missing grant type' });
    }
    return reply.code(400).send({ error: 'unsupported_grant_type', error_description: `Unsupported grant type: ${grantType}` });
  });

  app.post('/authorizationserver/oauth/revoke', async (request) => {
    const body = (request.body as Query | undefined) ?? {};
    const token = body.token;
    if (typeof token === 'string') {
      tokens.revoke(token);
    }
    return {};
  });

  // ---- Authentication helpers ----
  /** Resolves the shopper behind the bearer token, or sends 401 and returns undefined. */
  function authenticate(request: FastifyRequest, reply: FastifyReply): string | undefined {
    const header = request.headers.authorization ?? '';
    const match = /^bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) {
      sendOccError(reply, 401, { type: 'UnauthorizedError', message: 'Full authentication is required to access this resource' });
      return undefined;
    }
    const check = tokens.check(match[1]);
    if (!check.ok) {
      sendOccError(reply, 401, {
        type: 'InvalidTokenError',
        message: check.reason === 'expired' ? 'Invalid access token: the access token expired' : 'Invalid access token: unknown token',
      });
      return undefined;
    }
    return check.uid;
  }

  /**
   * Authenticates and resolves `{userId}` (`current`, a uid or a customerId) to the customer the
   * request acts for: the token's own user, or a customer an agent's token may act for (ASM).
   */
  function authorizeUser(request: FastifyRequest<{ Params: UserParams }>, reply: FastifyReply): string | undefined {
    const uid = authenticate(request, reply);
    if (uid === undefined) {
      return undefined;
    }
    const requested = request.params.userId.toLowerCase();
    if (requested === 'current') {
      return uid;
    }
    const customer = findCustomer(requested);
    if (customer?.uid === uid) {
      return uid;
    }
    const agent = findAgent(uid);
    if (agent && customer && agentMayAssist(agent, customer)) {
      return customer.uid;
    }
    sendOccError(reply, 403, { type: 'AccessDeniedError', message: 'Access is denied' });
    return undefined;
  }

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
    baseSites: [...baseSites].map((uid) => ({
      uid,
      name: 'Electronics Site',
      channel: 'B2C',
      defaultLanguage: { isocode: 'en' },
      urlEncodingAttributes: ['language', 'currency'],
      urlPatterns: [],
      stores: [{ currencies: [{ isocode: 'USD' }], defaultCurrency: { isocode: 'USD' }, languages: [{ isocode: 'en' }], defaultLanguage: { isocode: 'en' } }],
      theme: 'sparta',
    })),
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
    const page = findPage(pageType, label);
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
    const components = findComponents(ids);
    return {
      component: components,
      pagination: { currentPage: 0, pageSize: Math.max(components.length, 1), totalPages: 1, totalResults: components.length },
    };
  });

  app.get<{ Params: SiteParams & { uid: string } }>(`${OCC}/cms/components/:uid`, async (request, reply) => {
    const [component] = findComponents([request.params.uid]);
    if (!component) {
      return sendOccError(reply, 404, { type: 'CMSItemNotFoundError', message: `No component with uid ${request.params.uid}` });
    }
    return component;
  });

  // ---- Users ----
  app.get<{ Params: UserParams }>(`${OCC}/users/:userId`, async (request, reply) => {
    const uid = authorizeUser(request, reply);
    if (uid === undefined) {
      return reply;
    }
    const agent = findAgent(uid);
    if (agent) {
      return occAgent(agent);
    }
    const shopper = findShopper(uid);
    if (!shopper) {
      return sendOccError(reply, 404, { type: 'UnknownIdentifierError', message: `Cannot find user with uid '${uid}'` });
    }
    return occUser(shopper);
  });

  app.get<{ Params: UserParams }>(`${OCC}/users/:userId/carts`, async (request, reply) => {
    if (request.params.userId !== 'anonymous' && authorizeUser(request, reply) === undefined) {
      return reply;
    }
    return { carts: [] };
  });

  app.get<{ Params: UserParams }>(`${OCC}/users/:userId/consenttemplates`, async (request, reply) => {
    if (request.params.userId !== 'anonymous' && authorizeUser(request, reply) === undefined) {
      return reply;
    }
    return { consentTemplates: [] };
  });

  app.get<{ Params: UserParams }>(`${OCC}/users/:userId/orders`, async (request, reply) => {
    const uid = authorizeUser(request, reply);
    if (uid === undefined) {
      return reply;
    }
    const query = request.query as Query;
    const currentPage = intParam(query.currentPage, 0);
    const pageSize = intParam(query.pageSize, 20);
    if (currentPage === undefined || currentPage < 0) {
      return sendOccError(reply, 400, { type: 'ValidationError', message: 'currentPage must be a non-negative integer', subject: 'currentPage' });
    }
    if (pageSize === undefined || pageSize < 1) {
      return sendOccError(reply, 400, { type: 'ValidationError', message: 'pageSize must be a positive integer', subject: 'pageSize' });
    }
    const sort = single(query.sort) === 'byOrderNumber' ? 'byOrderNumber' : 'byDate';
    const statuses = (single(query.statuses) ?? '').split(',').map((s) => s.trim()).filter(Boolean);

    let orders = ordersOf(uid).filter((o) => statuses.length === 0 || statuses.includes(o.status));
    orders = [...orders].sort((a, b) =>
      sort === 'byOrderNumber' ? b.code.localeCompare(a.code) : b.created.localeCompare(a.created),
    );
    const totalResults = orders.length;
    const page = orders.slice(currentPage * pageSize, currentPage * pageSize + pageSize);
    return {
      orders: page.map(occOrderHistory),
      pagination: { currentPage, pageSize, sort, totalPages: Math.ceil(totalResults / pageSize), totalResults },
      sorts: [
        { code: 'byDate', selected: sort === 'byDate' },
        { code: 'byOrderNumber', selected: sort === 'byOrderNumber' },
      ],
    };
  });

  app.get<{ Params: UserParams & { code: string } }>(`${OCC}/users/:userId/orders/:code`, async (request, reply) => {
    const uid = authorizeUser(request, reply);
    if (uid === undefined) {
      return reply;
    }
    const order = findOrder(request.params.code);
    // real OCC answers an unknown and a foreign order alike: 400 UnknownIdentifierError
    if (!order || order.ownerUid !== uid) {
      return sendOccError(reply, 400, {
        type: 'UnknownIdentifierError',
        message: `Order with guid ${request.params.code} not found for current user in current BaseStore`,
      });
    }
    return occOrder(order);
  });

  app.get<{ Params: UserParams & { code: string; consignment: string } }>(
    `${OCC}/users/:userId/orders/:code/consignments/:consignment/tracking`,
    async (request, reply) => {
      const uid = authorizeUser(request, reply);
      if (uid === undefined) {
        return reply;
      }
      const order = findOrder(request.params.code);
      const consignment = order?.ownerUid === uid ? order.consignments.find((c) => c.code === request.params.consignment) : undefined;
      if (!consignment) {
        return sendOccError(reply, 404, {
          type: 'UnknownIdentifierError',
          message: `Consignment ${request.params.consignment} not found for order ${request.params.code}`,
        });
      }
      return occConsignmentTracking(consignment);
    },
  );

  await app.register(assistedServiceRoutes, { authenticate, baseSites });

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

function tokenResponse(issued: { accessToken: string; refreshToken: string; expiresIn: number }) {
  return {
    access_token: issued.accessToken,
    token_type: 'bearer',
    refresh_token: issued.refreshToken,
    expires_in: issued.expiresIn,
    scope: SCOPE,
  };
}

function parseBasicAuth(header: string | undefined): { user: string; password: string } | undefined {
  const match = /^basic\s+(\S+)$/i.exec(header ?? '');
  if (!match) {
    return undefined;
  }
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function intParam(value: string | string[] | undefined, fallback: number): number | undefined {
  const raw = single(value);
  if (raw === undefined || raw === '') {
    return fallback;
  }
  return /^\d+$/.test(raw) ? Number(raw) : undefined;
}

import type { FastifyInstance } from 'fastify';
import { findAgent } from '../data/demo-agents';
import { findShopper } from '../data/demo-data';
import { findB2BUser } from '../data/demo-org';
import type { Query } from './query-params';
import type { TokenStore } from './tokens';

const SCOPE = 'basic openid';

/** The OAuth token and revoke endpoints: password and refresh-token grants for the demo shoppers. */
export function registerOAuthRoutes(app: FastifyInstance, tokens: TokenStore, clients: Record<string, string>): void {
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
      // customers, B2B customers and customer-service agents (ASM) log in through the same client
      const username = field('username') ?? '';
      const principal = findShopper(username) ?? findB2BUser(username) ?? findAgent(username);
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

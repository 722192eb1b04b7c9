import { randomBytes, randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { accessToken, newTokenIdentity, type TokenIdentity } from './entra-access-token';

/** What one token request asked for. */
export interface IdentityRequest {
  /** the X-IDENTITY-HEADER it sent */
  identityHeader: string | undefined;
  resource: string | null;
  apiVersion: string | null;
}

const TOKEN_PATH = '/msi/token';
const API_VERSION = '2019-08-01';
const TOKEN_LIFETIME_SECONDS = 3600;

/**
 * A stand-in for the local token endpoint of App Service / Azure Functions (the 2019-08-01 managed
 * identity API that IDENTITY_ENDPOINT and IDENTITY_HEADER point the Azure SDK at): answers a GET
 * with the right X-IDENTITY-HEADER with a token for the resource asked for, issued to its one
 * identity, and records every request.
 */
export class AppServiceIdentityEndpoint {
  readonly requests: IdentityRequest[] = [];
  readonly identity: TokenIdentity = newTokenIdentity();
  private readonly clientId = randomUUID();
  /** the secret the platform hands the app in IDENTITY_HEADER */
  readonly header = randomBytes(16).toString('hex');

  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<AppServiceIdentityEndpoint> {
    const server = http.createServer();
    const endpoint = new AppServiceIdentityEndpoint(server);
    server.on('request', (request, response) => endpoint.answer(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return endpoint;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${TOKEN_PATH}`;
  }

  /** The variables App Service sets for the app; `header` replaces the secret (to send a wrong one). */
  env(header = this.header): { IDENTITY_ENDPOINT: string; IDENTITY_HEADER: string } {
    return { IDENTITY_ENDPOINT: this.url, IDENTITY_HEADER: header };
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(request: http.IncomingMessage, response: http.ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const asked: IdentityRequest = {
      identityHeader: request.headers['x-identity-header'] as string | undefined,
      resource: url.searchParams.get('resource'),
      apiVersion: url.searchParams.get('api-version'),
    };
    this.requests.push(asked);
    const send = (status: number, body: object): void => {
      response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    };
    if (request.method !== 'GET' || url.pathname !== TOKEN_PATH) return send(404, { message: 'not found' });
    if (asked.identityHeader !== this.header) return send(401, { statusCode: 401, message: 'X-IDENTITY-HEADER is missing or wrong' });
    if (asked.apiVersion !== API_VERSION || !asked.resource) return send(400, { statusCode: 400, message: 'api-version 2019-08-01 and resource are required' });
    const expiresOn = Math.floor(Date.now() / 1000) + TOKEN_LIFETIME_SECONDS;
    send(200, {
      access_token: accessToken(this.identity, asked.resource, expiresOn),
      expires_on: String(expiresOn),
      resource: asked.resource,
      token_type: 'Bearer',
      client_id: this.clientId,
    });
  }
}

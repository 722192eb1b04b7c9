import type { FastifyInstance } from 'fastify';

/** Starts a Fastify app on an ephemeral port and returns its base URL. */
export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') {
    throw new Error('no TCP address');
  }
  return `http://127.0.0.1:${address.port}`;
}

export const OCC = '/occ/v2/electronics-spa';
export const ANNA = 'anna.schmidt@example.com';
export const BEN = 'ben.miller@example.com';
export const CHRIS = 'chris.new@example.com';
export const PASSWORD = 'Demo1234!';

export interface TokenBody {
  access_token: string;
  token_type: string;
  refresh_token: string;
  expires_in: number;
  scope: string;
}

export async function tokenRequest(base: string, form: Record<string, string>): Promise<Response> {
  return fetch(`${base}/authorizationserver/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
}

export async function login(base: string, username: string, password = PASSWORD): Promise<TokenBody> {
  const response = await tokenRequest(base, {
    grant_type: 'password',
    username,
    password,
    client_id: 'mobile_android',
    client_secret: 'secret',
  });
  if (response.status !== 200) {
    throw new Error(`login of ${username} failed with ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as TokenBody;
}

export async function getJson(base: string, path: string, token?: string, scheme = 'bearer') {
  const response = await fetch(`${base}${path}`, {
    headers: token ? { authorization: `${scheme} ${token}` } : {},
  });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const body: any = text ? JSON.parse(text) : undefined;
  return { status: response.status, headers: response.headers, body };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function jsonOf(response: Response): Promise<any> {
  return response.json();
}

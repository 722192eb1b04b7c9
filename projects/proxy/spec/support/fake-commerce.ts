import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  uid: string;
  name: string;
  /** the id Spartacus' ASM emulation puts into OCC paths */
  customerId?: string;
  /** uids of the customers this user (a customer-service agent) may act for */
  assists?: string[];
  /** B2B customers: their unit, as b2bcommercewebservices adds it to users/current */
  orgUnit?: { uid: string; name: string };
  /** B2B customers: Commerce user groups (b2bcustomergroup, b2badmingroup, …) */
  roles?: string[];
  /** b2badmingroup members: what availableOrgUnitNodes answers (their unit and those below it) */
  administers?: { id: string; name: string; parent?: string }[];
}

export interface FakeCommerce {
  url: string;
  /** calls to users/current per token (the fake may see tokens; the proxy must not log them) */
  callsFor(token: string): number;
  /** calls to users/current/availableOrgUnitNodes per token */
  unitCallsFor(token: string): number;
  totalCalls(): number;
  reset(): void;
  /** delays every answer (to provoke client timeouts) */
  setDelay(ms: number): void;
  /** the order call for this code answers this status and OCC error instead */
  failOrder(code: string, status: number, error: { type: string; message: string }): void;
  close(): Promise<void>;
}

/**
 * A tiny SAP Commerce OCC stand-in: GET /occ/v2/{site}/users/{userId} with a bearer token, and
 * GET …/users/{userId}/orders/{code} answering only that user's orders; `{userId}` is `current`,
 * the token's own uid or customerId, or a customer the token's user `assists` (403 otherwise).
 * Like real OCC, an unknown or foreign order is 400 UnknownIdentifierError and a missing token
 * 401 UnauthorizedError.
 */
export async function startFakeCommerce(
  tokens: Record<string, FakeUser>,
  orders: Record<string, Record<string, unknown>[]> = {},
): Promise<FakeCommerce> {
  const calls = new Map<string, number>();
  const unitCalls = new Map<string, number>();
  const orderFailures = new Map<string, { status: number; error: { type: string; message: string } }>();
  let delay = 0;
  const sockets = new Set<import('node:net').Socket>();

  const server = http.createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      const answer = () => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (delay > 0) setTimeout(answer, delay);
      else answer();
    };
    const users = Object.values(tokens);
    /** The user `{userId}` names, when the token's user may act for them. */
    const actingFor = (caller: FakeUser, userId: string): FakeUser | undefined => {
      if (userId === 'current') return caller;
      const wanted = userId.toLowerCase();
      const named = users.find((u) => u.uid.toLowerCase() === wanted || u.customerId === userId);
      if (!named) return undefined;
      return named.uid === caller.uid || caller.assists?.includes(named.uid) ? named : undefined;
    };
    const unitsMatch = /^\/occ\/v2\/([^/]+)\/users\/([^/]+)\/availableOrgUnitNodes$/.exec((req.url ?? '').split('?')[0]);
    if (req.method === 'GET' && unitsMatch) {
      const token = /^bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
      unitCalls.set(token, (unitCalls.get(token) ?? 0) + 1);
      const caller = tokens[token];
      if (!caller) return send(401, { errors: [{ type: 'InvalidTokenError', message: 'Invalid access token' }] });
      if (actingFor(caller, decodeURIComponent(unitsMatch[2])) !== caller || !caller.roles?.includes('b2badmingroup')) {
        return send(403, { errors: [{ type: 'ForbiddenError', message: 'Access is denied' }] });
      }
      return send(200, { unitNodes: (caller.administers ?? []).map((node) => ({ ...node, active: true, children: [] })) });
    }
    const orderMatch = /^\/occ\/v2\/([^/]+)\/users\/([^/]+)\/orders\/([^/]+)$/.exec((req.url ?? '').split('?')[0]);
    if (req.method === 'GET' && orderMatch) {
      const token = /^bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (token === undefined) return send(401, { errors: [{ type: 'UnauthorizedError', message: 'Full authentication is required to access this resource' }] });
      const caller = tokens[token];
      if (!caller) return send(401, { errors: [{ type: 'InvalidTokenError', message: 'Invalid access token' }] });
      const user = actingFor(caller, decodeURIComponent(orderMatch[2]));
      if (!user) return send(403, { errors: [{ type: 'AccessDeniedError', message: 'Access is denied' }] });
      const code = decodeURIComponent(orderMatch[3]);
      const failure = orderFailures.get(code);
      if (failure) return send(failure.status, { errors: [failure.error] });
      const order = (orders[user.uid] ?? []).find((o) => o['code'] === code);
      if (!order) {
        return send(400, { errors: [{ type: 'UnknownIdentifierError', message: `Order with guid ${code} not found for current user in current BaseStore` }] });
      }
      return send(200, order);
    }
    const match = /^\/occ\/v2\/([^/]+)\/users\/([^/]+)$/.exec((req.url ?? '').split('?')[0]);
    if (req.method !== 'GET' || !match) {
      send(404, { errors: [{ type: 'UnknownResourceError', message: 'not found' }] });
      return;
    }
    const header = req.headers.authorization ?? '';
    const token = /^bearer\s+(.+)$/i.exec(header)?.[1] ?? '';
    calls.set(token, (calls.get(token) ?? 0) + 1);
    const caller = tokens[token];
    if (!caller) {
      send(401, { errors: [{ type: 'InvalidTokenError', message: `Invalid access token: ${token}` }] });
      return;
    }
    const user = actingFor(caller, decodeURIComponent(match[2]));
    if (!user) return send(403, { errors: [{ type: 'AccessDeniedError', message: 'Access is denied' }] });
    const [firstName, lastName] = user.name.split(' ');
    const b2b = user.orgUnit ? { orgUnit: { ...user.orgUnit, active: true }, roles: user.roles ?? [], active: true } : {};
    send(200, { type: 'customerWsDTO', uid: user.uid, name: user.name, firstName, lastName, customerId: user.customerId, ...b2b });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    callsFor: (token) => calls.get(token) ?? 0,
    unitCallsFor: (token) => unitCalls.get(token) ?? 0,
    totalCalls: () => [...calls.values()].reduce((a, b) => a + b, 0),
    reset: () => {
      calls.clear();
      unitCalls.clear();
    },
    setDelay: (ms) => {
      delay = ms;
    },
    failOrder: (code, status, error) => orderFailures.set(code, { status, error }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A URL on which nothing listens (a port that was just freed). */
export async function unusedUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

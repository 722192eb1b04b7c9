import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { minimalPdf } from './pdf';

export const EXSTREAM_CLIENT = { id: 'exd-proxy', secret: 'exd-proxy-secret' };

/** One scripted answer of the generate endpoint; answers are used in order, then the default applies. */
export type ScriptedAnswer =
  | { kind: 'status-error'; status: number; message: string }
  | { kind: 'spring-error'; status: number; message: string; errorCode: string }
  | { kind: 'unauthorized' }
  /** what some OpenText services answer for an expired token */
  | { kind: 'server-error' }
  | { kind: 'drop' }
  | { kind: 'delay'; ms: number };

export interface GenerateCall {
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

/** A preference push the fake received (every attempt, also the failed ones). */
export interface PushCall {
  key: string | undefined;
  authorization: string | undefined;
  body: any;
  /** what the fake answered */
  status: number;
}

export const PUSH_PATH = '/api/v1/communication-preferences';

export interface FakeExstream {
  url: string;
  /** every push attempt, in order */
  pushes: PushCall[];
  /** the next pushes answer these statuses (0 = drop the connection), then 202 again */
  failPushes(...statuses: number[]): void;
  /** accepted pushes per Idempotency-Key (a real receiver processes each key once) */
  acceptedKeys(): Map<string, number>;
  /** env for the proxy pointing at this fake */
  env(extra?: Record<string, string>): Record<string, string>;
  calls: GenerateCall[];
  tokenRequests: { form: URLSearchParams }[];
  script(...answers: ScriptedAnswer[]): void;
  /** every later generate answer waits this long */
  setDelay(ms: number): void;
  /** lifetime of new tokens */
  setTokenLifetime(seconds: number): void;
  /** forgets every token issued so far (Exstream answers 401 for them) */
  expireTokens(): void;
  close(): Promise<void>;
}

/** Which OTDS the fake plays: the token path and the scope it insists on follow OpenText's. */
export interface FakeOtds {
  mode: 'self-hosted' | 'ot2' | 'cloud';
  tenant?: string;
  subscription?: string;
}

const DEFAULT_OTDS: FakeOtds = { mode: 'self-hosted', tenant: 'exd' };

function tokenPathOf(otds: FakeOtds): string {
  if (otds.mode === 'cloud') return `/tenants/${otds.tenant}/oauth2/token`;
  if (otds.mode === 'ot2') return `/otdstenant/${otds.tenant}/oauth2/token`;
  return otds.tenant === undefined ? '/otdsws/oauth2/token' : `/otdsws/otdstenant/${otds.tenant}/oauth2/token`;
}

/** The scope each OTDS needs for a token Exstream accepts; undefined when none is needed. */
function requiredScopeOf(otds: FakeOtds): string | undefined {
  if (otds.mode === 'self-hosted') return 'otds:groups';
  if (otds.mode === 'ot2') return `subscription:${otds.subscription}`;
  return undefined;
}

/** An Exstream Orchestration + OTDS stand-in for the proxy's specs. */
export async function startFakeExstream(otds: FakeOtds = DEFAULT_OTDS): Promise<FakeExstream> {
  const tokenPath = tokenPathOf(otds);
  const requiredScope = requiredScopeOf(otds);
  const calls: GenerateCall[] = [];
  const tokenRequests: { form: URLSearchParams }[] = [];
  const scripted: ScriptedAnswer[] = [];
  const validTokens = new Set<string>();
  let delay = 0;
  let lifetime = 3600;
  let issued = 0;
  const sockets = new Set<Socket>();
  const pushes: PushCall[] = [];
  const pushFailures: number[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'POST' && req.url === tokenPath) {
        const form = new URLSearchParams(body);
        tokenRequests.push({ form });
        if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== EXSTREAM_CLIENT.id || form.get('client_secret') !== EXSTREAM_CLIENT.secret) {
          return json(401, { error: 'invalid_client', error_description: 'bad client' });
        }
        if (requiredScope !== undefined && !(form.get('scope') ?? '').split(' ').includes(requiredScope)) {
          return json(400, { error: 'invalid_scope', error_description: `scope ${requiredScope} is required` });
        }
        const token = `otds-token-${++issued}`;
        validTokens.add(token);
        return json(200, { access_token: token, token_type: 'Bearer', expires_in: lifetime, scope: form.get('scope') ?? '' });
      }
      if (req.method === 'POST' && req.url === PUSH_PATH) {
        const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        const key = req.headers['idempotency-key'] as string | undefined;
        let parsed: unknown;
        try {
          parsed = JSON.parse(body);
        } catch {
          parsed = undefined;
        }
        const failure = pushFailures.shift();
        const status = !validTokens.has(token) ? 401 : failure ?? 202;
        pushes.push({ key, authorization: req.headers.authorization, body: parsed, status });
        if (status === 0) return req.socket.destroy();
        return json(status, status === 202 ? { accepted: key } : { status: 'error' });
      }
      if (req.method === 'POST' && req.url === '/orchestration/api/v1/inputs/ondemand/shop/generate') {
        const answer = async () => {
          const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
          let parsed: unknown;
          try {
            parsed = JSON.parse(body);
          } catch {
            parsed = undefined;
          }
          calls.push({ headers: req.headers, body: parsed });
          if (delay > 0) await new Promise((r) => setTimeout(r, delay));
          const next = scripted.shift();
          if (next?.kind === 'delay') await new Promise((r) => setTimeout(r, next.ms));
          if (next?.kind === 'drop') return req.socket.destroy();
          if (!validTokens.has(token) || next?.kind === 'unauthorized') {
            return json(401, { status: 'error', data: [{ errorMessage: 'Invalid or expired token', statusCode: 401 }] });
          }
          if (next?.kind === 'server-error') return json(500, { status: 'error', data: [{ errorMessage: 'Internal Server Error', statusCode: 500 }] });
          if (next?.kind === 'status-error') return json(next.status, { status: 'error', data: [{ errorMessage: next.message, statusCode: next.status }] });
          if (next?.kind === 'spring-error') {
            return json(next.status, { timestamp: new Date().toISOString(), status: next.status, message: next.message, errorCode: next.errorCode });
          }
          const doc = (parsed as { document?: { number?: string } })?.document;
          const pdf = minimalPdf(`${String(req.headers['communicationid'])} ${doc?.number ?? ''}`);
          // a specific Accept asks for that output's content only, as Orchestration does
          if (req.headers.accept === 'application/pdf') {
            res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': pdf.length });
            return res.end(pdf);
          }
          if (req.headers.accept === 'application/json') return json(200, { documentNumber: doc?.number ?? null });
          return json(200, {
            status: 'success',
            data: [
              { content: Buffer.from('<html><body>notice</body></html>').toString('base64'), mimeType: 'text/html', engineOutputContext: { channel: 'EMAIL' } },
              { content: pdf.toString('base64'), mimeType: 'application/pdf', engineOutputContext: { channel: 'PRINT', pages: 1 } },
            ],
          });
        };
        void answer();
        return;
      }
      json(404, { status: 'error', data: [{ errorMessage: `no route ${req.url}`, statusCode: 404 }] });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    pushes,
    failPushes: (...statuses) => pushFailures.push(...statuses),
    acceptedKeys: () => {
      const keys = new Map<string, number>();
      for (const p of pushes) if (p.status === 202 && p.key) keys.set(p.key, (keys.get(p.key) ?? 0) + 1);
      return keys;
    },
    calls,
    tokenRequests,
    env: (extra = {}) => ({
      EXSTREAM_BASE_URL: url,
      EXSTREAM_DOMAIN: 'shop',
      OTDS_BASE_URL: url,
      OTDS_MODE: otds.mode,
      ...(otds.tenant === undefined ? {} : { OTDS_TENANT: otds.tenant }),
      ...(otds.subscription === undefined ? {} : { OTDS_SUBSCRIPTION: otds.subscription }),
      OTDS_CLIENT_ID: EXSTREAM_CLIENT.id,
      OTDS_CLIENT_SECRET: EXSTREAM_CLIENT.secret,
      EXSTREAM_RETRY_BASE_MS: '10',
      EXSTREAM_COMMUNICATIONS: JSON.stringify({
        ORDER_CONFIRMATION: { communicationId: 'OrderConfirmation', driverDataSource: 'order' },
        INVOICE: { communicationId: 'Invoice', driverDataSource: 'order' },
        SHIPMENT_NOTICE: { communicationId: 'ShipmentNotice', driverDataSource: 'consignment' },
        WARRANTY: { communicationId: 'WarrantyCertificate', driverDataSource: 'entry' },
      }),
      ...extra,
    }),
    script: (...answers) => scripted.push(...answers),
    setDelay: (ms) => {
      delay = ms;
    },
    setTokenLifetime: (seconds) => {
      lifetime = seconds;
    },
    expireTokens: () => validTokens.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

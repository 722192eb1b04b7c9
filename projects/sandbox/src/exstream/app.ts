import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import formbody from '@fastify/formbody';
import { DataSource, type MappingReport } from './data-source';
import { COMMUNICATIONS, renderHtmlNotice, renderJsonSummary, renderPdf, type Communication } from './render';
import { readResend, RESEND_COMMUNICATION, type RecordedResend } from './resend';

export interface ExstreamOptions {
  /** OTDS OAuth clients (client_credentials); default exd-proxy / exd-sandbox-secret */
  clients?: Record<string, string>;
  tokenTtlSeconds?: number;
  /** which OTDS the emulator plays (default self-hosted with tenant `exd`) */
  otds?: EmulatedOtds;
  /** the sample driver file the communications' data source is designed from (default docs/driver-data/sample-driver.json) */
  sampleDriverFile?: string;
  /** Enables `/sandbox/exstream/...` test hooks (env SANDBOX_TEST_HOOKS=1). */
  testHooks?: boolean;
  logger?: FastifyServerOptions['logger'];
}

export type ErrorShape = 'status-data' | 'timestamp';

/** An OTDS shape: where its token endpoint is, and the scope it needs for a token Exstream accepts. */
export interface EmulatedOtds {
  mode: 'self-hosted' | 'ot2' | 'cloud';
  /** optional for self-hosted OTDS only */
  tenant?: string;
  /** the OT2 subscription the scope must name */
  subscription?: string;
}

export function otdsTokenPath(otds: EmulatedOtds): string {
  const tenant = encodeURIComponent(otds.tenant ?? '');
  if (otds.mode === 'cloud') return `/tenants/${tenant}/oauth2/token`;
  if (otds.mode === 'ot2') return `/otdstenant/${tenant}/oauth2/token`;
  return otds.tenant === undefined ? '/otdsws/oauth2/token' : `/otdsws/otdstenant/${tenant}/oauth2/token`;
}

/** OTDS on premises gives group claims only for `otds:groups`; OT2 needs the subscription in the scope; the current cloud needs none. */
function requiredScope(otds: EmulatedOtds): string | undefined {
  if (otds.mode === 'self-hosted') return 'otds:groups';
  if (otds.mode === 'ot2') return `subscription:${otds.subscription ?? ''}`;
  return undefined;
}

/** The outputs every communication produces, by channel. */
type Output = { mimeType: string; channel: string; content: Buffer };

/** What the test hooks can make the generate endpoint do. */
interface Behaviour {
  delayMs: number;
  failNext: number;
  failStatus: number;
  errorShape: ErrorShape;
}

const DEFAULT_BEHAVIOUR: Behaviour = { delayMs: 0, failNext: 0, failStatus: 503, errorShape: 'status-data' };

/** Where the proxy pushes a shopper's communication preferences (PREFERENCES_PUSH_URL in the demo stack). */
export const PREFERENCES_PATH = '/api/v1/communication-preferences';

/** A preference push the emulator accepted (one per Idempotency-Key). */
export interface RecordedPush {
  idempotencyKey: string;
  customerId: string;
  changedAt: string;
  preferences: unknown[];
  receivedAt: string;
}

/**
 * Exstream stand-in: the OTDS token endpoint of one configured shape and Orchestration on-demand
 * generation (`POST /orchestration/api/v1/inputs/ondemand/{domain}/generate`), rendering a real PDF,
 * an HTML notice and a JSON summary from the driver data mapped through the data source designed
 * from the sample driver file. A specific `Accept` answers that output's content alone, otherwise
 * the full `{status, data[]}` envelope. Answers errors in both shapes Exstream uses.
 */
export async function buildExstreamApp(options: ExstreamOptions = {}): Promise<FastifyInstance> {
  const clients = options.clients ?? { 'exd-proxy': 'exd-sandbox-secret' };
  const otds = options.otds ?? { mode: 'self-hosted', tenant: 'exd' };
  const scopeNeeded = requiredScope(otds);
  const dataSource = DataSource.fromFile(options.sampleDriverFile);
  const ttl = options.tokenTtlSeconds ?? 3600;
  const tokens = new Map<string, number>();
  let behaviour: Behaviour = { ...DEFAULT_BEHAVIOUR };
  const calls = {
    token: 0,
    generate: 0,
    byCommunication: {} as Record<string, number>,
    preferencePushes: 0,
    /** what mapping the last driver file through the data source found */
    lastMapping: undefined as MappingReport | undefined,
  };
  /** accepted pushes by Idempotency-Key: a repeated key is answered again, not recorded twice */
  const pushes = new Map<string, RecordedPush>();
  /** documents the delivery communication was asked to send again */
  const resends: RecordedResend[] = [];
  let failNextPushes = 0;
  let failPushStatus = 503;

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 5 * 1024 * 1024 });
  await app.register(formbody);

  const sendError = (reply: FastifyReply, status: number, message: string, shape: ErrorShape, errorCode = `E${status}`) =>
    shape === 'status-data'
      ? reply.code(status).send({ status: 'error', data: [{ errorMessage: message, statusCode: status }] })
      : reply.code(status).send({ timestamp: new Date().toISOString(), status, message, errorCode });

  const tokenRoute = async (request: { body: unknown }, reply: FastifyReply) => {
    calls.token += 1;
    const form = (request.body ?? {}) as Record<string, string | undefined>;
    if (form['grant_type'] !== 'client_credentials') {
      return reply.code(400).send({ error: 'unsupported_grant_type', error_description: 'only client_credentials is supported' });
    }
    const id = form['client_id'] ?? '';
    if (!(id in clients) || clients[id] !== form['client_secret']) {
      return reply.code(401).send({ error: 'invalid_client', error_description: 'Unknown client or wrong secret' });
    }
    if (scopeNeeded !== undefined && !(form['scope'] ?? '').split(' ').includes(scopeNeeded)) {
      return reply.code(400).send({ error: 'invalid_scope', error_description: `The scope must include ${scopeNeeded}` });
    }
    const token = randomBytes(24).toString('base64url');
    tokens.set(token, Date.now() + ttl * 1000);
    return { access_token: token, token_type: 'Bearer', expires_in: ttl, scope: form['scope'] ?? '' };
  };
  app.post(otdsTokenPath(otds), tokenRoute);

  app.post<{ Params: { domain: string } }>('/orchestration/api/v1/inputs/ondemand/:domain/generate', async (request, reply) => {
    calls.generate += 1;
    if (behaviour.delayMs > 0) await new Promise((r) => setTimeout(r, behaviour.delayMs));
    const token = /^bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const expiresAt = token ? tokens.get(token) : undefined;
    if (!token || expiresAt === undefined || expiresAt <= Date.now()) {
      return sendError(reply, 401, 'The access token is missing, unknown or expired', 'status-data');
    }
    if (behaviour.failNext > 0) {
      behaviour.failNext -= 1;
      return sendError(reply, behaviour.failStatus, 'Simulated failure of the Exstream engine', behaviour.errorShape, 'E_SIMULATED');
    }
    const communicationId = String(request.headers['communicationid'] ?? '');
    const driverDataSource = String(request.headers['driverdatasource'] ?? '');
    if (communicationId === RESEND_COMMUNICATION) {
      const resend = readResend(request.body);
      if (typeof resend === 'string') return sendError(reply, 400, resend, 'timestamp', 'E_DRIVER_DATA');
      resends.push(resend);
      calls.byCommunication[communicationId] = (calls.byCommunication[communicationId] ?? 0) + 1;
      const receipt = { delivery: 'QUEUED', channel: resend.channel, documentNumber: resend.documentNumber };
      return {
        status: 'success',
        data: [{ content: Buffer.from(JSON.stringify(receipt)).toString('base64'), mimeType: 'application/json', engineOutputContext: { channel: resend.channel, communicationId, driverDataSource } }],
      };
    }
    if (!(COMMUNICATIONS as readonly string[]).includes(communicationId)) {
      return sendError(reply, 404, `Communication '${communicationId}' is not published in domain '${request.params.domain}'`, 'status-data');
    }
    if (driverDataSource === '') return sendError(reply, 400, 'Header driverDataSource is required', 'timestamp', 'E_DRIVER_SOURCE');
    if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) {
      return sendError(reply, 400, 'Driver data rejected: the driver file must be a JSON object', 'timestamp', 'E_DRIVER_DATA');
    }
    const { variables, report } = dataSource.map(request.body);
    calls.lastMapping = report;
    if (report.missing.length > 0 || report.unmapped.length > 0) request.log.info({ mapping: report }, 'driver data does not match the data source');

    calls.byCommunication[communicationId] = (calls.byCommunication[communicationId] ?? 0) + 1;
    const communication = communicationId as Communication;
    const outputs: Output[] = [
      { mimeType: 'application/pdf', channel: 'PRINT', content: await renderPdf(communication, variables) },
      { mimeType: 'text/html', channel: 'EMAIL', content: Buffer.from(renderHtmlNotice(communication, variables), 'utf8') },
      { mimeType: 'application/json', channel: 'WEB', content: Buffer.from(renderJsonSummary(communication, variables), 'utf8') },
    ];
    const accepted = acceptedTypes(request.headers.accept);
    if (accepted.length > 0) {
      const output = accepted.map((type) => outputs.find((o) => o.mimeType === type)).find((o) => o !== undefined);
      if (!output) return sendError(reply, 406, `The communication has no output of type ${accepted.join(', ')}`, 'status-data');
      return reply.type(output.mimeType).send(output.content);
    }
    return {
      status: 'success',
      data: outputs.map((o) => ({ content: o.content.toString('base64'), mimeType: o.mimeType, engineOutputContext: { channel: o.channel, communicationId, driverDataSource } })),
    };
  });

  app.post(PREFERENCES_PATH, async (request, reply) => {
    calls.preferencePushes += 1;
    const token = /^bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const expiresAt = token ? tokens.get(token) : undefined;
    if (!token || expiresAt === undefined || expiresAt <= Date.now()) {
      return sendError(reply, 401, 'The access token is missing, unknown or expired', 'status-data');
    }
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key.trim() === '' || key.length > 200) {
      return sendError(reply, 400, 'Header Idempotency-Key is required', 'timestamp', 'E_IDEMPOTENCY_KEY');
    }
    if (failNextPushes > 0) {
      failNextPushes -= 1;
      return sendError(reply, failPushStatus, 'Simulated failure of the preference service', 'status-data');
    }
    const body = request.body as { customerId?: unknown; changedAt?: unknown; preferences?: unknown } | null;
    if (!body || typeof body.customerId !== 'string' || typeof body.changedAt !== 'string' || !Array.isArray(body.preferences)) {
      return sendError(reply, 400, 'Body must be {customerId, changedAt, preferences[]}', 'timestamp', 'E_PREFERENCES');
    }
    const known = pushes.get(key);
    if (known) return reply.code(200).send({ status: 'success', idempotencyKey: key, duplicate: true });
    pushes.set(key, {
      idempotencyKey: key,
      customerId: body.customerId,
      changedAt: body.changedAt,
      preferences: body.preferences,
      receivedAt: new Date().toISOString(),
    });
    return reply.code(202).send({ status: 'success', idempotencyKey: key, duplicate: false });
  });

  if (options.testHooks) {
    app.post<{ Body: { failNext?: number; failStatus?: number } }>('/sandbox/exstream/preferences/behaviour', async (request) => {
      failNextPushes = Math.max(0, Number(request.body?.failNext ?? 0));
      failPushStatus = Number(request.body?.failStatus ?? 503);
      return { failNext: failNextPushes, failStatus: failPushStatus };
    });
    app.get<{ Querystring: { customerId?: string } }>('/sandbox/exstream/preferences', async (request) => ({
      pushes: [...pushes.values()].filter((p) => !request.query.customerId || p.customerId === request.query.customerId),
    }));
    app.post<{ Body: Partial<Behaviour> }>('/sandbox/exstream/behaviour', async (request) => {
      const body = request.body ?? {};
      behaviour = {
        delayMs: Number(body.delayMs ?? 0),
        failNext: Number(body.failNext ?? 0),
        failStatus: Number(body.failStatus ?? 503),
        errorShape: body.errorShape === 'timestamp' ? 'timestamp' : 'status-data',
      };
      return behaviour;
    });
    app.post('/sandbox/exstream/tokens/expire', async () => {
      const expired = tokens.size;
      tokens.clear();
      return { expired };
    });
    app.get('/sandbox/exstream/calls', async () => calls);
    app.get('/sandbox/exstream/resends', async () => ({ resends }));
    app.post('/sandbox/exstream/reset', async () => {
      behaviour = { ...DEFAULT_BEHAVIOUR };
      calls.token = 0;
      calls.generate = 0;
      calls.byCommunication = {};
      calls.preferencePushes = 0;
      calls.lastMapping = undefined;
      pushes.clear();
      resends.length = 0;
      failNextPushes = 0;
      return { reset: true };
    });
  }
  return app;
}

// The specific media types an Accept header asks for; none (a wildcard for all, or no header) means the full envelope.
function acceptedTypes(header: string | undefined): string[] {
  const types = (header ?? '').split(',').map((part) => part.split(';')[0].trim().toLowerCase()).filter((t) => t !== '');
  return types.includes('*/*') ? [] : types;
}

import * as http from 'node:http';
import { PassThrough } from 'node:stream';
import { ANNA, ANNA_TOKEN, BEN, BEN_TOKEN, DEMO_BATCH, UNKNOWN_TOKEN } from '../support/fixtures';
import { fuzzRequests, type FuzzRequest } from '../support/fuzz-requests';
import { INTEGRATION_ENV } from '../support/ingest-client';
import { fc } from '../support/property';
import { rawExchange, slowLoris } from '../support/raw-http';
import { bearer, documentsUrl, getJson } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

/** FUZZ_SEED replays a run; FUZZ_REQUESTS and FUZZ_SECONDS bound it (whichever comes first). */
const SEED = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const REQUESTS = Number(process.env['FUZZ_REQUESTS'] ?? 5000);
const SECONDS = Number(process.env['FUZZ_SECONDS'] ?? 25);
const CONCURRENCY = 12;

interface Answer {
  request: FuzzRequest;
  status: number;
  contentType: string;
  body: Buffer;
}

/** What one shopper's answers must never contain of the other's: the PDF bytes, numbers and titles. */
interface Secrets {
  bytes: Buffer[];
  texts: string[];
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function send(baseUrl: string, request: FuzzRequest, via: http.Agent | false = agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(`${baseUrl}${request.path}`, { method: request.method, headers: request.headers, agent: via }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ request, status: response.statusCode ?? 0, contentType: String(response.headers['content-type'] ?? ''), body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    // A server may answer before reading a large body and reset the connection while the client still
    // writes it: the answer counts; the reset of the write that follows is not this request's outcome.
    outgoing.on('socket', (socket) => socket.on('error', () => undefined));
    outgoing.end(request.body);
  });
}

function isOccErrorBody(body: Buffer): boolean {
  try {
    const parsed = JSON.parse(body.toString('utf8'));
    return Array.isArray(parsed.errors) && parsed.errors.length > 0 && parsed.errors.every((e: any) => typeof e.type === 'string' && typeof e.message === 'string');
  } catch {
    return false;
  }
}

function describeRequest(r: FuzzRequest): string {
  return `${r.as}: ${r.method} ${r.path.slice(0, 160)} ${JSON.stringify(Object.keys(r.headers))} body ${r.body?.length ?? 0} B`;
}

describe(`HTTP fuzz (seed ${SEED}; FUZZ_SEED=${SEED} replays it)`, () => {
  let logText = '';
  const logs = new PassThrough();
  logs.on('data', (chunk: Buffer) => (logText += chunk.toString('utf8')));
  const suite = stackForSuite({ batch: DEMO_BATCH, env: { RATE_LIMIT_MAX: '1000000', ...INTEGRATION_ENV }, logStream: logs, logLevel: 'info' });

  const answers: Answer[] = [];
  const transportErrors: string[] = [];
  const rawAnswers: { status?: number; text: string }[] = [];
  const secrets: Record<'anna' | 'ben', Secrets> = { anna: { bytes: [], texts: [] }, ben: { bytes: [], texts: [] } };
  let slowClientsServedMeanwhile = false;
  let elapsedMs = 0;

  beforeAll(async () => {
    const { stack } = suite;
    for (const [who, token] of [['anna', ANNA_TOKEN], ['ben', BEN_TOKEN]] as const) {
      const list = await getJson(documentsUrl(stack, 'current', '?pageSize=100'), bearer(token));
      for (const d of list.body.documents as { id: string; number: string; title: string }[]) {
        const content = await fetch(documentsUrl(stack, 'current', `/${d.id}/content`), { headers: bearer(token) });
        secrets[who].bytes.push(Buffer.from(await content.arrayBuffer()));
        secrets[who].texts.push(d.number, d.title);
      }
    }
    const ids = (owner: string) => DEMO_BATCH.filter((d) => d.ownerUid?.toLowerCase() === owner).map((d) => stack.idOf(d.number));
    const world = { annaIds: ids(ANNA.uid), benIds: ids(BEN.uid), tokens: { anna: ANNA_TOKEN, ben: BEN_TOKEN, unknown: UNKNOWN_TOKEN }, annaUid: ANNA.uid, benUid: BEN.uid };
    const requests = fc.sample(fuzzRequests(world), { seed: SEED, numRuns: REQUESTS });
    process.stdout.write(`\nHTTP fuzz: seed ${SEED}, up to ${REQUESTS} requests in ${SECONDS} s\n`);

    const loris = Array.from({ length: 4 }, () => slowLoris(stack.baseUrl, 250));
    const started = Date.now();
    const deadline = started + SECONDS * 1000;
    let next = 0;
    const worker = async () => {
      while (next < requests.length && Date.now() < deadline) {
        const request = requests[next++];
        try {
          answers.push(await send(stack.baseUrl, request));
        } catch {
          // a kept-alive connection the server closed after an earlier answer: once more on a connection of its own
          try {
            answers.push(await send(stack.baseUrl, request, false));
          } catch (error) {
            transportErrors.push(`${describeRequest(request)}: ${(error as Error).message}`);
          }
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    slowClientsServedMeanwhile = loris.every((l) => !l.closedByServer()) && answers.length > 0;

    // what no HTTP client library sends: malformed request lines, truncated and contradictory bodies
    const raw: (string | Buffer)[][] = [
      ['GET /health/live HTTP/9.9\r\nHost: x\r\n\r\n'],
      ['GET /\u0000 HTTP/1.1\r\nHost: x\r\n\r\n'],
      ['GET /occ/v2/x\r\n\r\n'],
      ['BROKEN\r\n\r\n'],
      [Buffer.from([0x47, 0x45, 0x54, 0x20, 0x2f, 0xff, 0xfe, 0x20, 0x48, 0x54, 0x54, 0x50, 0x2f, 0x31, 0x2e, 0x31, 0x0d, 0x0a, 0x0d, 0x0a])],
      [`GET /occ/v2/electronics-spa/users/current/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ANNA_TOKEN}\r\nNo colon here\r\n\r\n`],
      [`PUT /occ/v2/electronics-spa/users/current/communicationPreferences HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${BEN_TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"preferences":[`],
      [`POST /integration/v1/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Basic ${Buffer.from(`${INTEGRATION_ENV.INTEGRATION_CLIENT_ID}:${INTEGRATION_ENV.INTEGRATION_CLIENT_SECRET}`).toString('base64')}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n--b\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n{"ownerUid":"x"`],
      ['POST /integration/v1/delivery-events HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n{}'],
      ['POST /integration/v1/delivery-events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n'],
      [`PATCH /occ/v2/electronics-spa/users/current/documents/x HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ANNA_TOKEN}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"rea`],
      [`GET /occ/v2/electronics-spa/users/current/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ANNA_TOKEN}\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`],
    ];
    for (const chunks of raw) rawAnswers.push(await rawExchange(stack.baseUrl, chunks));
    for (const l of loris) l.close();
    elapsedMs = Date.now() - started;
    const byStatus: Record<number, number> = {};
    for (const a of answers) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
    process.stdout.write(`HTTP fuzz: ${JSON.stringify(byStatus)}\n`);
    process.stdout.write(`HTTP fuzz: ${answers.length} answers, ${transportErrors.length} transport errors, ${rawAnswers.length} raw exchanges in ${elapsedMs} ms\n`);
  }, 120_000);

  it('sends at least a thousand generated requests and gets an answer to every one of them', () => {
    expect(answers.length).toBeGreaterThanOrEqual(Math.min(REQUESTS, 1000));
    expect(transportErrors).toEqual([]);
    // not only rejections: the generator reaches the handlers with real ids and tokens
    expect(answers.filter((a) => a.status >= 200 && a.status < 300).length).toBeGreaterThan(answers.length / 50);
  });

  it('answers none of them with a 5xx, and none of the malformed raw requests either', () => {
    const serverErrors = answers.filter((a) => a.status >= 500).map((a) => `${a.status} ${describeRequest(a.request)} → ${a.body.toString('utf8').slice(0, 200)}`);
    expect(serverErrors).toEqual([]);
    expect(rawAnswers.filter((a) => a.status !== undefined && a.status >= 500).map((a) => a.text.slice(0, 200))).toEqual([]);
  });

  it('gives every error answer with a body an OCC error body {errors:[{type, message}]}', () => {
    const bad = answers
      .filter((a) => a.status >= 400 && a.request.method !== 'HEAD')
      .filter((a) => !isOccErrorBody(a.body))
      .map((a) => `${a.status} ${describeRequest(a.request)} → ${a.contentType} ${a.body.toString('utf8').slice(0, 120)}`);
    expect(bad).toEqual([]);
    const rawBodies = rawAnswers.filter((a) => a.status !== undefined && a.status >= 400).map((a) => a.text.slice(a.text.indexOf('\r\n\r\n') + 4));
    expect(rawBodies.length).toBeGreaterThanOrEqual(5);
    expect(rawBodies.filter((b) => !isOccErrorBody(Buffer.from(b, 'latin1')))).toEqual([]);
  });

  it("never shows one shopper (or a caller without a token) the other shopper's document bytes, numbers or titles", () => {
    const leaks: string[] = [];
    for (const a of answers) {
      const forbidden = a.request.as === 'anna' ? [secrets.ben] : a.request.as === 'ben' ? [secrets.anna] : [secrets.anna, secrets.ben];
      for (const s of forbidden) {
        if (s.bytes.some((b) => a.body.includes(b)) || s.texts.some((t) => a.body.includes(t))) leaks.push(`${a.status} ${describeRequest(a.request)}`);
      }
    }
    expect(secrets.ben.bytes.length).toBe(3);
    expect(leaks).toEqual([]);
  });

  it('writes no token or credential into its logs', () => {
    expect(logText.length).toBeGreaterThan(answers.length * 50);
    for (const secret of [ANNA_TOKEN, BEN_TOKEN, UNKNOWN_TOKEN, 'YWRtaW46YWRtaW4=', INTEGRATION_ENV.INTEGRATION_CLIENT_SECRET]) {
      expect(logText.includes(secret)).withContext(secret).toBeFalse();
    }
  });

  it('keeps serving other clients while slow-loris clients hold connections, and is live, ready and lists normally afterwards', async () => {
    expect(slowClientsServedMeanwhile).toBeTrue();
    const { stack } = suite;
    expect((await fetch(`${stack.baseUrl}/health/live`)).status).toBe(200);
    expect((await fetch(`${stack.baseUrl}/health/ready`)).status).toBe(200);
    const list = await getJson(documentsUrl(stack, 'current', '?pageSize=100'), bearer(ANNA_TOKEN));
    expect(list.status).toBe(200);
    expect(list.body.documents.length).toBeGreaterThanOrEqual(8);
  });
});

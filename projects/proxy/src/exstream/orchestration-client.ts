import { CircuitBreaker } from './circuit-breaker';
import type { ExstreamConfig } from './exstream-config';
import { describeExstreamError, describeNetworkError, ExstreamRejectedError, ExstreamTransientError } from './exstream-errors';
import { OtdsTokenProvider } from './otds-token-provider';
import { withRetries } from './retry';

export interface GenerateRequest {
  communicationId: string;
  driverDataSource: string;
  driverData: unknown;
}

export interface GeneratedOutput {
  bytes: Buffer;
  mimeType: string;
  engineOutputContext?: unknown;
}

/** What generation needs from Exstream; the proxy's domain depends on this, not on HTTP. */
export interface DocumentGenerator {
  generate(request: GenerateRequest): Promise<GeneratedOutput>;
}

/** Runs a delivery communication (e.g. send a document again): Exstream answers outputs, not a document. */
export interface CommunicationRunner {
  /** Resolves with the media types Exstream produced; rejects like `generate`. */
  run(request: GenerateRequest): Promise<string[]>;
}

/** Answers that may mean an expired token: 401, and 500 from services that answer it so. */
const TOKEN_SUSPECT = new Set([401, 500]);
const PDF_MAGIC = Buffer.from('%PDF-', 'ascii');
const MAX_OUTPUT_BYTES = 100 * 1024 * 1024;

export type OrchestrationOptions = Pick<
  ExstreamConfig,
  'baseUrl' | 'domain' | 'output' | 'timeoutMs' | 'retries' | 'retryBaseMs' | 'breakerFailures' | 'breakerResetMs'
>;

/**
 * Exstream Orchestration on-demand generation:
 * `POST {exstream}/orchestration/api/v1/inputs/ondemand/{domain}/generate` with the headers
 * `communicationId` and `driverDataSource` and the driver data as the JSON body.
 * Each call runs through the circuit breaker; inside it, transient failures are retried with
 * back-off, and the first 401 or 500 of a call gets one fresh token.
 */
export class OrchestrationClient implements DocumentGenerator, CommunicationRunner {
  readonly breaker: CircuitBreaker;

  constructor(
    private readonly options: OrchestrationOptions,
    private readonly tokens: OtdsTokenProvider,
    sleep?: (ms: number) => Promise<void>,
  ) {
    this.breaker = new CircuitBreaker({ name: 'Exstream', failureThreshold: options.breakerFailures, resetMs: options.breakerResetMs });
    this.sleep = sleep;
  }

  private readonly sleep?: (ms: number) => Promise<void>;

  generate(request: GenerateRequest): Promise<GeneratedOutput> {
    const accept = this.options.output === 'pdf' ? 'application/pdf' : '*/*';
    return this.call(request, accept, (body, contentType, status) => {
      if (contentType === 'application/pdf') return { bytes: checkedPdf(body), mimeType: 'application/pdf' };
      const parsed = contentType.includes('json') ? parseJson(body) : undefined;
      if (parsed !== undefined) return fromEnvelope(parsed);
      throw new ExstreamRejectedError(`Exstream answered with an unexpected content type '${contentType || 'none'}'`, status);
    });
  }

  run(request: GenerateRequest): Promise<string[]> {
    return this.call(request, '*/*', (body, contentType, status) => {
      const parsed = contentType.includes('json') ? parseJson(body) : undefined;
      if (parsed === undefined) throw new ExstreamRejectedError(`Exstream answered a delivery with '${contentType || 'none'}', not its JSON envelope`, status);
      return outputTypesOf(parsed);
    });
  }

  /** Through the breaker, with retries of transient failures. */
  private call<T>(request: GenerateRequest, accept: string, readOk: OkReader<T>): Promise<T> {
    const transient = (error: unknown) => error instanceof ExstreamTransientError;
    const call = { freshTokenTried: false };
    return this.breaker.run(
      () => withRetries(() => this.attempt(request, accept, readOk, call), { retries: this.options.retries, baseMs: this.options.retryBaseMs, isRetryable: transient, sleep: this.sleep }),
      transient,
    );
  }

  /**
   * One attempt. The first 401 or 500 of a call gets a fresh token and one immediate retry:
   * some OpenText services answer an expired token with 500, not 401.
   */
  private async attempt<T>(request: GenerateRequest, accept: string, readOk: OkReader<T>, call: { freshTokenTried: boolean }): Promise<T> {
    const token = await this.tokens.token();
    const first = await this.post(request, token, accept);
    if (!TOKEN_SUSPECT.has(first.status) || call.freshTokenTried) return this.read(first, call.freshTokenTried, readOk);
    call.freshTokenTried = true;
    await discard(first);
    this.tokens.invalidate(token);
    return this.read(await this.post(request, await this.tokens.token(), accept), true, readOk);
  }

  private async post(request: GenerateRequest, token: string, accept: string): Promise<Response> {
    const url = `${this.options.baseUrl}/orchestration/api/v1/inputs/ondemand/${encodeURIComponent(this.options.domain)}/generate`;
    try {
      return await fetch(url, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          // without a specific type Orchestration answers the full {status, data[]} envelope;
          // `application/json` would ask for the content of a JSON output only
          Accept: accept,
          communicationId: request.communicationId,
          driverDataSource: request.driverDataSource,
        },
        body: JSON.stringify(request.driverData),
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'error',
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new ExstreamTransientError(
        timedOut ? `Exstream did not answer within ${this.options.timeoutMs} ms` : `Exstream is not reachable: ${describeNetworkError(error)}`,
      );
    }
  }

  private async read<T>(response: Response, withFreshToken: boolean, readOk: OkReader<T>): Promise<T> {
    if (response.status === 401 && withFreshToken) {
      await discard(response);
      throw new ExstreamRejectedError('Exstream refused a freshly issued OTDS token (401)', 401);
    }
    let body: Buffer;
    try {
      body = await readLimited(response, MAX_OUTPUT_BYTES);
    } catch (error) {
      if (error instanceof ExstreamRejectedError) throw error;
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new ExstreamTransientError(timedOut ? `Exstream did not finish its answer within ${this.options.timeoutMs} ms` : `Exstream answer broke off: ${describeNetworkError(error)}`);
    }
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!response.ok) {
      const { message, errorCode } = describeExstreamError(response.status, contentType.includes('json') ? parseJson(body) : undefined);
      if (response.status >= 500) throw new ExstreamTransientError(message);
      throw new ExstreamRejectedError(message, response.status, errorCode);
    }
    return readOk(body, contentType, response.status);
  }
}

/** Reads a successful answer: its bytes, its media type (lower case, no parameters) and status. */
type OkReader<T> = (body: Buffer, contentType: string, status: number) => T;

/** `{status, data:[{mimeType}]}` of a delivery communication: what it produced. */
function outputTypesOf(body: unknown): string[] {
  const o = body as { status?: unknown; data?: unknown };
  if (o?.status === 'error') {
    const { message, errorCode } = describeExstreamError(200, body);
    throw new ExstreamRejectedError(message, 200, errorCode);
  }
  if (!Array.isArray(o?.data)) throw new ExstreamRejectedError("Exstream's delivery answer holds no data[]", 200);
  return (o.data as { mimeType?: unknown }[]).map((item) => String(item?.mimeType ?? 'unknown'));
}

/** `{status, data:[{content (base64), mimeType, engineOutputContext}]}`: takes the PDF item. */
function fromEnvelope(body: unknown): GeneratedOutput {
  const o = body as { status?: unknown; data?: unknown };
  if (o?.status === 'error') {
    const { message, errorCode } = describeExstreamError(200, body);
    throw new ExstreamRejectedError(message, 200, errorCode);
  }
  const items = Array.isArray(o?.data) ? (o.data as { content?: unknown; mimeType?: unknown; engineOutputContext?: unknown }[]) : [];
  const pdf = items.find((i) => typeof i?.content === 'string' && String(i.mimeType ?? '').toLowerCase() === 'application/pdf');
  if (!pdf) {
    const kinds = items.map((i) => String(i?.mimeType ?? 'unknown')).join(', ') || 'nothing';
    throw new ExstreamRejectedError(`Exstream's answer holds no application/pdf output (got ${kinds})`, 200);
  }
  const bytes = Buffer.from(pdf.content as string, 'base64');
  return { bytes: checkedPdf(bytes), mimeType: 'application/pdf', engineOutputContext: pdf.engineOutputContext };
}

function checkedPdf(bytes: Buffer): Buffer {
  if (bytes.length < PDF_MAGIC.length || !bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
    throw new ExstreamRejectedError('Exstream answered application/pdf, but the bytes are not a PDF', 200);
  }
  return bytes;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

async function readLimited(response: Response, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  if (!response.body) return Buffer.alloc(0);
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw new ExstreamRejectedError(`Exstream's answer is larger than ${maxBytes} bytes`, 502);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

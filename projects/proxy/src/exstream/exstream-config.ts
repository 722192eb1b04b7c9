import type { EnvReader } from '../env-reader';
import { GENERATABLE_TYPES, type GeneratableType } from '../documents/generation/targets';

/** Which Exstream communication (and driver data source) produces a document type. */
export interface CommunicationRoute {
  communicationId: string;
  driverDataSource: string;
}

/**
 * Where the OTDS token comes from: `self-hosted` OTDS (with or without a tenant), the older OT2
 * cloud, or OpenText's current cloud (`https://<region>.api.opentext.com`).
 */
/** How long a generation claim holds before another instance may take it over. */
export const DEFAULT_GENERATION_LEASE_MS = 120_000;

export const OTDS_MODES = ['self-hosted', 'ot2', 'cloud'] as const;
export type OtdsMode = (typeof OTDS_MODES)[number];
export type ExstreamOutput = 'pdf' | 'json';

export interface ExstreamConfig {
  readonly baseUrl: string;
  readonly domain: string;
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** sent with every token request; a default per OTDS mode unless OTDS_SCOPE is set */
  readonly scope?: string;
  /** `pdf`: ask for `Accept: application/pdf` (raw bytes); `json`: base64 content in a JSON envelope */
  readonly output: ExstreamOutput;
  readonly timeoutMs: number;
  /** extra attempts after the first, on 5xx and network errors */
  readonly retries: number;
  readonly retryBaseMs: number;
  /** consecutive failures that open the circuit */
  readonly breakerFailures: number;
  /** how long the circuit stays open before one trial call */
  readonly breakerResetMs: number;
  readonly communications: Readonly<Partial<Record<GeneratableType, CommunicationRoute>>>;
  /** how long a generation claim lives before another instance may take it over */
  readonly generationLeaseMs: number;
  /** the delivery communication that sends a stored document to its customer again */
  readonly resend: CommunicationRoute;
}

/** The token URL of each OTDS mode; `tenant` is optional only for self-hosted OTDS. */
export function otdsTokenUrl(otdsBaseUrl: string, mode: OtdsMode, tenant?: string): string {
  const t = tenant === undefined ? undefined : encodeURIComponent(tenant);
  switch (mode) {
    case 'self-hosted':
      return t === undefined ? `${otdsBaseUrl}/otdsws/oauth2/token` : `${otdsBaseUrl}/otdsws/otdstenant/${t}/oauth2/token`;
    case 'ot2':
      return `${otdsBaseUrl}/otdstenant/${t}/oauth2/token`;
    case 'cloud':
      return `${otdsBaseUrl}/tenants/${t}/oauth2/token`;
  }
}

/**
 * The scope OpenText's own clients ask for: `otds:groups` from self-hosted OTDS,
 * `search otds:groups subscription:<name>` from OT2; the current cloud's token endpoint needs none.
 */
export function defaultOtdsScope(mode: OtdsMode, subscription?: string): string | undefined {
  switch (mode) {
    case 'self-hosted':
      return 'otds:groups';
    case 'ot2':
      return `search otds:groups subscription:${subscription ?? ''}`;
    case 'cloud':
      return undefined;
  }
}

/** Generation is on when EXSTREAM_BASE_URL is set; then the OTDS settings are required. */
export function readExstreamConfig(env: EnvReader): ExstreamConfig | undefined {
  const baseUrl = env.httpUrl('EXSTREAM_BASE_URL');
  if (baseUrl === undefined) return undefined;
  const required = (name: string): string => {
    const value = env.text(name);
    if (value === undefined) env.problems.push(`${name} is required when EXSTREAM_BASE_URL is set`);
    return value ?? '';
  };
  const domain = required('EXSTREAM_DOMAIN');
  if (domain !== '' && !/^[A-Za-z0-9._-]{1,128}$/.test(domain)) {
    env.problems.push(`EXSTREAM_DOMAIN must be letters, digits, ".", "_" or "-", got "${domain}"`);
  }
  const mode = env.oneOf<OtdsMode>('OTDS_MODE', OTDS_MODES, 'self-hosted');
  const tenant = env.text('OTDS_TENANT');
  let tokenUrl = env.httpUrl('OTDS_TOKEN_URL');
  if (tokenUrl === undefined) {
    const otds = env.httpUrl('OTDS_BASE_URL');
    if (otds === undefined) env.problems.push('OTDS_BASE_URL (or OTDS_TOKEN_URL) is required when EXSTREAM_BASE_URL is set');
    if (tenant === undefined && mode !== 'self-hosted') env.problems.push(`OTDS_TENANT is required with OTDS_MODE=${mode}`);
    tokenUrl = otdsTokenUrl(otds ?? '', mode, tenant);
  }
  let scope = env.text('OTDS_SCOPE');
  if (scope === undefined) {
    const subscription = env.text('OTDS_SUBSCRIPTION');
    if (mode === 'ot2' && subscription === undefined) env.problems.push('OTDS_SUBSCRIPTION (or OTDS_SCOPE) is required with OTDS_MODE=ot2');
    scope = defaultOtdsScope(mode, subscription);
  }
  return {
    baseUrl,
    domain,
    tokenUrl,
    clientId: required('OTDS_CLIENT_ID'),
    clientSecret: required('OTDS_CLIENT_SECRET'),
    scope,
    output: env.oneOf<ExstreamOutput>('EXSTREAM_OUTPUT', ['pdf', 'json'], 'pdf'),
    timeoutMs: env.integer('EXSTREAM_TIMEOUT_MS', 20_000, 1, 600_000),
    retries: env.integer('EXSTREAM_RETRIES', 2, 0, 10),
    retryBaseMs: env.integer('EXSTREAM_RETRY_BASE_MS', 250, 0, 60_000),
    breakerFailures: env.integer('EXSTREAM_BREAKER_FAILURES', 5, 1, 1000),
    breakerResetMs: env.integer('EXSTREAM_BREAKER_RESET_MS', 30_000, 1, 3_600_000),
    communications: readCommunications(env),
    generationLeaseMs: env.integer('GENERATION_LEASE_MS', DEFAULT_GENERATION_LEASE_MS, 1_000, 3_600_000),
    resend: {
      communicationId: communicationName(env, 'EXSTREAM_RESEND_COMMUNICATION_ID', 'DocumentResend'),
      driverDataSource: communicationName(env, 'EXSTREAM_RESEND_DRIVER_DATA_SOURCE', 'resend'),
    },
  };
}

const COMMUNICATION_NAME = /^[A-Za-z0-9._:-]{1,200}$/;

function communicationName(env: EnvReader, name: string, fallback: string): string {
  const value = env.text(name) ?? fallback;
  if (!COMMUNICATION_NAME.test(value)) env.problems.push(`${name} must be letters, digits, ".", "_", ":" or "-", got "${value}"`);
  return value;
}

function readCommunications(env: EnvReader): Partial<Record<GeneratableType, CommunicationRoute>> {
  const raw = env.json('EXSTREAM_COMMUNICATIONS');
  if (raw === undefined) {
    env.problems.push('EXSTREAM_COMMUNICATIONS (or EXSTREAM_COMMUNICATIONS_FILE) is required when EXSTREAM_BASE_URL is set');
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    env.problems.push('EXSTREAM_COMMUNICATIONS must be a JSON object keyed by document type');
    return {};
  }
  const result: Partial<Record<GeneratableType, CommunicationRoute>> = {};
  for (const [type, value] of Object.entries(raw)) {
    if (!(GENERATABLE_TYPES as readonly string[]).includes(type)) {
      env.problems.push(`EXSTREAM_COMMUNICATIONS has type "${type}"; generatable types are ${GENERATABLE_TYPES.join(', ')}`);
      continue;
    }
    const route = value as Partial<CommunicationRoute> | null;
    const ok = (s: unknown) => typeof s === 'string' && COMMUNICATION_NAME.test(s);
    if (!route || !ok(route.communicationId) || !ok(route.driverDataSource)) {
      env.problems.push(`EXSTREAM_COMMUNICATIONS.${type} needs "communicationId" and "driverDataSource" (letters, digits, . _ : -)`);
      continue;
    }
    result[type as GeneratableType] = { communicationId: route.communicationId!, driverDataSource: route.driverDataSource! };
  }
  return result;
}

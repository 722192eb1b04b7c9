import * as path from 'node:path';
import { EnvReader } from './env-reader';
import { readExstreamConfig, type ExstreamConfig } from './exstream/exstream-config';
import { readIntegrationConfig, type IntegrationConfig } from './integration/integration-config';
import { readDatabaseConfig, type DatabaseConfig } from './store/store-config';
import { readContentStoreConfig, type ContentStoreConfig } from './store/content-store-config';
import { parseAllowedHosts } from './documents/action-url';
import { readPreferenceConfig, type PreferenceConfig } from './preferences/preference-config';
import { HTTP_DEFAULTS } from './http/http-defaults';
import { DEFAULT_LIST_CACHE_BYTES } from './http/list-response-cache';
import { DEFAULT_BULK_LIMITS, type BulkLimits } from './documents/bulk-limits';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface ProxyConfig extends DatabaseConfig, ContentStoreConfig {
  readonly port: number;
  readonly host: string;
  readonly commerceBaseUrl: string;
  readonly commerceOccPrefix: string;
  readonly commerceTimeoutMs: number;
  readonly tokenCacheTtlMs: number;
  /** bytes of serialized list answers each instance keeps; 0 = no list cache */
  readonly listCacheBytes: number;
  /** archive (ZIP of many documents) and CSV export limits */
  readonly bulkLimits: BulkLimits;
  readonly dataDir: string;
  readonly databasePath: string;
  readonly documentStoreDir: string;
  /** Origins allowed for CORS; empty means CORS is off. */
  readonly corsOrigins: readonly string[];
  readonly logLevel: LogLevel;
  /** on-demand generation through Exstream; undefined = off */
  readonly exstream?: ExstreamConfig;
  readonly integration: IntegrationConfig;
  /** Absolute origin prefixed to signed links; undefined = links are path-absolute (same origin as the API). */
  readonly publicBaseUrl?: string;
  /** HMAC key for signed links; undefined = a random key is made at start (links then die with the process). */
  readonly signedLinkSecret?: string;
  readonly signedLinkTtlSeconds: number;
  readonly rateLimitMax: number;
  readonly rateLimitWindowMs: number;
  readonly bodyLimitBytes: number;
  readonly maxQueryLength: number;
  /** on SIGTERM/SIGINT: how long in-flight requests may take before every connection is cut */
  readonly shutdownGraceMs: number;
  /** hosts an https call-to-action URL of a document may point at (same-site paths are always allowed) */
  readonly actionUrlAllowedHosts: readonly string[];
  /** communication preferences: languages offered, default, and the push to Exstream */
  readonly preferences: PreferenceConfig;
}

export const MIN_SIGNED_LINK_SECRET_LENGTH = 32;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the configuration from environment variables, applying defaults.
 * Every invalid value is reported (all at once) with the variable's name.
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): ProxyConfig {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return Number(raw);
  };

  const httpUrl = (name: string, fallback: string): string => {
    const raw = read(name) ?? fallback;
    try {
      const url = new URL(raw);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
      if (url.search || url.hash || url.username || url.password) throw new Error('extras');
      return url.toString().replace(/\/+$/, '');
    } catch {
      problems.push(`${name} must be an http(s) URL without query, fragment or credentials, got "${raw}"`);
      return fallback;
    }
  };

  const urlPath = (name: string, fallback: string): string => {
    const raw = read(name) ?? fallback;
    if (!/^\/[A-Za-z0-9._~\-/]*$/.test(raw)) {
      problems.push(`${name} must be a URL path starting with "/", got "${raw}"`);
      return fallback;
    }
    return raw.replace(/\/+$/, '');
  };

  const origins = (name: string): string[] => {
    const raw = read(name);
    if (raw === undefined) return [];
    const result: string[] = [];
    for (const item of raw.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
      let origin: string | undefined;
      try {
        const url = new URL(item);
        if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === item.replace(/\/$/, '')) {
          origin = url.origin;
        }
      } catch {
        origin = undefined;
      }
      if (origin) result.push(origin);
      else problems.push(`${name} entries must be origins like "http://localhost:4200", got "${item}"`);
    }
    return result;
  };

  const logLevel = (): LogLevel => {
    const raw = read('LOG_LEVEL');
    if (raw === undefined) return 'info';
    const level = raw.toLowerCase() as LogLevel;
    if (!LOG_LEVELS.includes(level)) {
      problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
      return 'info';
    }
    return level;
  };

  const optionalHttpUrl = (name: string): string | undefined =>
    read(name) === undefined ? undefined : httpUrl(name, 'http://invalid.invalid');

  const secret = (name: string, minLength: number): string | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    if (raw.length < minLength) {
      // The value itself is a secret: only its length is reported.
      problems.push(`${name} must be at least ${minLength} characters long, got ${raw.length} characters`);
      return undefined;
    }
    return raw;
  };

  const dataDir = path.resolve(cwd, read('DATA_DIR') ?? './data');
  const config: ProxyConfig = {
    port: integer('PORT', 9100, 0, 65535),
    host: read('HOST') ?? '127.0.0.1',
    commerceBaseUrl: httpUrl('COMMERCE_BASE_URL', 'http://localhost:9002'),
    commerceOccPrefix: urlPath('COMMERCE_OCC_PREFIX', '/occ/v2'),
    commerceTimeoutMs: integer('COMMERCE_TIMEOUT_MS', 5000, 1, 600_000),
    tokenCacheTtlMs: integer('TOKEN_CACHE_TTL_MS', 30_000, 0, 3_600_000),
    listCacheBytes: integer('LIST_CACHE_BYTES', DEFAULT_LIST_CACHE_BYTES, 0, 1024 * 1024 * 1024),
    bulkLimits: {
      archiveMaxDocuments: integer('ARCHIVE_MAX_DOCUMENTS', DEFAULT_BULK_LIMITS.archiveMaxDocuments, 1, 100_000),
      archiveMaxBytes: integer('ARCHIVE_MAX_BYTES', DEFAULT_BULK_LIMITS.archiveMaxBytes, 1, Number.MAX_SAFE_INTEGER),
      exportMaxRows: integer('EXPORT_MAX_ROWS', DEFAULT_BULK_LIMITS.exportMaxRows, 1, 10_000_000),
    },
    dataDir,
    databasePath: path.resolve(cwd, read('DATABASE_PATH') ?? path.join(dataDir, 'documents.sqlite')),
    documentStoreDir: path.resolve(cwd, read('DOCUMENT_STORE_DIR') ?? path.join(dataDir, 'files')),
    corsOrigins: origins('CORS_ORIGINS'),
    logLevel: logLevel(),
    ...readDatabaseConfig(new EnvReader(env, problems)),
    ...readContentStoreConfig(new EnvReader(env, problems)),
    ...optional('exstream', readExstreamConfig(new EnvReader(env, problems))),
    integration: readIntegrationConfig(new EnvReader(env, problems)),
    publicBaseUrl: optionalHttpUrl('PUBLIC_BASE_URL'),
    signedLinkSecret: secret('SIGNED_LINK_SECRET', MIN_SIGNED_LINK_SECRET_LENGTH),
    signedLinkTtlSeconds: integer('SIGNED_LINK_TTL_SECONDS', HTTP_DEFAULTS.signedLinkTtlSeconds, 1, 3600),
    rateLimitMax: integer('RATE_LIMIT_MAX', HTTP_DEFAULTS.rateLimitMax, 1, 1_000_000),
    rateLimitWindowMs: integer('RATE_LIMIT_WINDOW_MS', HTTP_DEFAULTS.rateLimitWindowMs, 1000, 3_600_000),
    bodyLimitBytes: integer('BODY_LIMIT_BYTES', HTTP_DEFAULTS.bodyLimitBytes, 1024, 100 * 1024 * 1024),
    maxQueryLength: integer('MAX_QUERY_LENGTH', HTTP_DEFAULTS.maxQueryLength, 64, 16_384),
    shutdownGraceMs: integer('SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    actionUrlAllowedHosts: parseAllowedHosts(read('ACTION_URL_ALLOWED_HOSTS'), problems),
    preferences: readPreferenceConfig(new EnvReader(env, problems)),
  };
  if (config.preferences.push && !config.exstream) {
    problems.push('PREFERENCES_PUSH_URL needs EXSTREAM_BASE_URL and the OTDS settings: the push uses the same OTDS client token as generation');
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** `{key: value}`, or nothing when the value is undefined (keeps the config free of undefined keys). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

import type { EnvReader } from '../env-reader';

export interface IntegrationConfig {
  /** machine credentials for /integration/v1; undefined = the integration API refuses every call */
  readonly clientId?: string;
  readonly clientSecret?: string;
  /** how far an HMAC-signed request's timestamp may be from the proxy's clock */
  readonly hmacMaxSkewSeconds: number;
  readonly ingestMaxBytes: number;
}

export function readIntegrationConfig(env: EnvReader): IntegrationConfig {
  const clientId = env.text('INTEGRATION_CLIENT_ID');
  const clientSecret = env.text('INTEGRATION_CLIENT_SECRET');
  if ((clientId === undefined) !== (clientSecret === undefined)) {
    env.problems.push('INTEGRATION_CLIENT_ID and INTEGRATION_CLIENT_SECRET must be set together');
  }
  if (clientId !== undefined && !/^[A-Za-z0-9._-]{1,128}$/.test(clientId)) {
    env.problems.push('INTEGRATION_CLIENT_ID must be letters, digits, ".", "_" or "-"');
  }
  if (clientSecret !== undefined && clientSecret.length < 16) {
    env.problems.push('INTEGRATION_CLIENT_SECRET must be at least 16 characters');
  }
  return {
    ...(clientId !== undefined && clientSecret !== undefined ? { clientId, clientSecret } : {}),
    hmacMaxSkewSeconds: env.integer('INTEGRATION_HMAC_MAX_SKEW_SECONDS', 300, 1, 3600),
    ingestMaxBytes: env.integer('INGEST_MAX_BYTES', 50 * 1024 * 1024, 1024, 2 * 1024 * 1024 * 1024),
  };
}

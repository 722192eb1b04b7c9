/** Defaults of the HTTP app's tunables, shared by the environment reader (config.ts) and buildApp. */
export const HTTP_DEFAULTS = {
  signedLinkTtlSeconds: 60,
  /** requests per user per rate-limit window */
  rateLimitMax: 300,
  rateLimitWindowMs: 60_000,
  bodyLimitBytes: 1024 * 1024,
  /** characters after the `?` */
  maxQueryLength: 2048,
} as const;

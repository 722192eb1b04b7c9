import type { EnvReader } from '../env-reader';

export interface PreferencePushConfig {
  /** where the full preferences are POSTed after each effective change */
  readonly url: string;
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  readonly pollIntervalMs: number;
  readonly timeoutMs: number;
  /** how long a claimed row stays with its instance before another may take it over */
  readonly leaseMs: number;
}

export interface PreferenceConfig {
  readonly languages: readonly string[];
  readonly defaultLanguage: string;
  /** undefined = changes are not pushed anywhere */
  readonly push?: PreferencePushConfig;
}

const LANGUAGE = /^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/;

export function readPreferenceConfig(env: EnvReader): PreferenceConfig {
  const rawLanguages = env.text('PREFERENCE_LANGUAGES') ?? 'en,de';
  const languages = [...new Set(rawLanguages.split(',').map((s) => s.trim()).filter((s) => s !== ''))];
  const bad = languages.filter((l) => !LANGUAGE.test(l));
  if (languages.length === 0 || bad.length > 0) {
    env.problems.push(`PREFERENCE_LANGUAGES must be comma-separated language tags like "en,de", got "${rawLanguages}"`);
  }
  const defaultLanguage = env.text('PREFERENCE_DEFAULT_LANGUAGE') ?? 'en';
  if (!languages.includes(defaultLanguage)) {
    env.problems.push(`PREFERENCE_DEFAULT_LANGUAGE must be one of PREFERENCE_LANGUAGES (${languages.join(', ')}), got "${defaultLanguage}"`);
  }
  const url = env.httpUrl('PREFERENCES_PUSH_URL');
  const config: PreferenceConfig = { languages, defaultLanguage };
  if (url === undefined) return config;
  const retryBaseMs = env.integer('PREFERENCES_PUSH_RETRY_BASE_MS', 1_000, 1, 3_600_000);
  const timeoutMs = env.integer('PREFERENCES_PUSH_TIMEOUT_MS', 10_000, 1, 600_000);
  return {
    ...config,
    push: {
      url,
      maxAttempts: env.integer('PREFERENCES_PUSH_MAX_ATTEMPTS', 10, 1, 1000),
      retryBaseMs,
      retryMaxMs: Math.max(retryBaseMs, env.integer('PREFERENCES_PUSH_RETRY_MAX_MS', 300_000, 1, 86_400_000)),
      pollIntervalMs: env.integer('PREFERENCES_PUSH_POLL_MS', 1_000, 10, 3_600_000),
      timeoutMs,
      leaseMs: Math.max(timeoutMs * 2, env.integer('PREFERENCES_PUSH_LEASE_MS', 60_000, 1_000, 3_600_000)),
    },
  };
}

import { ValidationErrors } from '../errors';
import {
  CATEGORY_CODES,
  PREFERENCE_CHANNELS,
  PREFERENCE_FIELDS,
  PREFERENCE_FORMATS,
  type CategoryPreference,
  type PreferenceCategory,
  type PreferenceChange,
  type PreferenceValues,
} from './model';

export interface PreferenceOptions {
  channels: readonly string[];
  formats: readonly string[];
  languages: readonly string[];
}

export function preferenceOptions(languages: readonly string[]): PreferenceOptions {
  return { channels: [...PREFERENCE_CHANNELS], formats: [...PREFERENCE_FORMATS], languages: [...languages] };
}

type Problem = { subject: string; message: string; reason?: 'invalid' | 'missing' };

const ITEM_KEYS = ['category', ...PREFERENCE_FIELDS];

/**
 * Checks a PUT body's `preferences` list against the options; every problem is reported with the
 * field it belongs to (`preferences[1].channel`), and nothing is changed when there is one.
 */
export function readPreferenceUpdate(items: unknown, options: PreferenceOptions): CategoryPreference[] {
  if (!Array.isArray(items)) {
    throw new ValidationErrors([{ subject: 'preferences', message: "Body field 'preferences' must be a list" }]);
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const result: CategoryPreference[] = [];
  items.forEach((item, i) => {
    const at = `preferences[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ subject: at, message: `${at} must be an object {category, channel, paperless, format, language}` });
      return;
    }
    const o = item as Record<string, unknown>;
    const before = problems.length;
    for (const key of Object.keys(o).filter((k) => !ITEM_KEYS.includes(k))) {
      problems.push({ subject: `${at}.${key}`, message: `${at} has an unknown field '${key}'` });
    }
    const oneOf = (field: string, allowed: readonly string[]) => {
      const value = o[field];
      if (value === undefined || value === null) {
        problems.push({ subject: `${at}.${field}`, message: `${at}.${field} is required`, reason: 'missing' });
      } else if (typeof value !== 'string' || !allowed.includes(value)) {
        problems.push({ subject: `${at}.${field}`, message: `${at}.${field} must be one of ${allowed.join(', ')}` });
      }
    };
    oneOf('category', CATEGORY_CODES);
    if (typeof o['category'] === 'string' && CATEGORY_CODES.includes(o['category'] as PreferenceCategory)) {
      if (seen.has(o['category'])) {
        problems.push({ subject: `${at}.category`, message: `${at}.category ${o['category']} is listed more than once` });
      }
      seen.add(o['category']);
    }
    oneOf('channel', options.channels);
    oneOf('format', options.formats);
    oneOf('language', options.languages);
    if (o['paperless'] === undefined || o['paperless'] === null) {
      problems.push({ subject: `${at}.paperless`, message: `${at}.paperless is required`, reason: 'missing' });
    } else if (typeof o['paperless'] !== 'boolean') {
      problems.push({ subject: `${at}.paperless`, message: `${at}.paperless must be true or false` });
    } else if (o['paperless'] && o['channel'] === 'POST') {
      problems.push({ subject: `${at}.paperless`, message: `${at}: paperless cannot be chosen together with channel POST` });
    }
    if (problems.length === before) {
      result.push({
        category: o['category'] as PreferenceCategory,
        channel: o['channel'] as CategoryPreference['channel'],
        paperless: o['paperless'] as boolean,
        format: o['format'] as CategoryPreference['format'],
        language: o['language'] as string,
      });
    }
  });
  if (problems.length > 0) throw new ValidationErrors(problems);
  return result;
}

export function defaultPreferences(defaultLanguage: string): CategoryPreference[] {
  return CATEGORY_CODES.map((category) => ({ category, channel: 'EMAIL', paperless: false, format: 'PDF', language: defaultLanguage }));
}

/** Every category in API order: saved values where there are some, defaults otherwise. */
export function completePreferences(saved: readonly CategoryPreference[] | undefined, defaultLanguage: string): CategoryPreference[] {
  return defaultPreferences(defaultLanguage).map((d) => saved?.find((s) => s.category === d.category) ?? d);
}

/** One change row per field whose value differs. */
export function diffPreferences(
  current: readonly CategoryPreference[],
  next: readonly CategoryPreference[],
  changedAt: Date,
  changedBy: string,
): PreferenceChange[] {
  const changes: PreferenceChange[] = [];
  for (const after of next) {
    const before = current.find((c) => c.category === after.category);
    for (const field of PREFERENCE_FIELDS) {
      const from = before ? String(before[field as keyof PreferenceValues]) : '';
      const to = String(after[field as keyof PreferenceValues]);
      if (from !== to) changes.push({ changedAt, changedBy, category: after.category, field, from, to });
    }
  }
  return changes;
}

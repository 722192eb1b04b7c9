import { randomUUID } from 'node:crypto';
import type { Shopper } from '../documents/model';
import { ownerKey } from '../documents/owner';
import { documentTypesOf, type CategoryPreference, type PreferenceChange, type PreferenceChangeSet } from './model';
import { completePreferences, diffPreferences, preferenceOptions, readPreferenceUpdate, type PreferenceOptions } from './preference-rules';
import type { PreferenceStore } from './preference-store';

export interface PreferencesView {
  preferences: (CategoryPreference & { documentTypes: readonly string[] })[];
  options: PreferenceOptions;
  updatedAt?: string;
  updatedBy?: string;
}

export interface PreferenceHistoryPage {
  changes: (Omit<PreferenceChange, 'changedAt'> & { changedAt: string })[];
  pagination: { currentPage: number; pageSize: number; totalPages: number; totalResults: number };
}

export interface PreferenceServiceOptions {
  languages: readonly string[];
  defaultLanguage: string;
  /** queue an outbox row with each effective change (PREFERENCES_PUSH_URL is set) */
  push: boolean;
  /** told after a change was queued, so that the poller need not wait for its next tick */
  onQueued?: () => void;
  now?: () => Date;
}

/** The shopper's communication preferences: read with defaults, change with history and outbox. */
export class PreferenceService {
  private readonly options: PreferenceOptions;
  private readonly now: () => Date;

  constructor(
    private readonly store: PreferenceStore,
    private readonly config: PreferenceServiceOptions,
  ) {
    this.options = preferenceOptions(config.languages);
    this.now = config.now ?? (() => new Date());
  }

  async get(shopper: Shopper): Promise<PreferencesView> {
    const saved = await this.store.readPreferences(ownerKey(shopper.uid));
    return this.view(saved?.preferences, saved?.updatedAt, saved?.updatedBy);
  }

  /** Replaces the listed categories; throws ValidationErrors (nothing changed) on bad input. */
  async update(shopper: Shopper, items: unknown): Promise<PreferencesView> {
    const updates = readPreferenceUpdate(items, this.options);
    const uid = ownerKey(shopper.uid);
    // an agent changing preferences for the customer is named as who changed them
    const changedBy = shopper.assistedBy ? ownerKey(shopper.assistedBy.uid) : uid;
    let queued = false;
    const saved = await this.store.changePreferences(uid, (current): PreferenceChangeSet | undefined => {
      const before = completePreferences(current?.preferences, this.config.defaultLanguage);
      const after = before.map((p) => updates.find((u) => u.category === p.category) ?? p);
      const changedAt = this.now();
      const changes = diffPreferences(before, after, changedAt, changedBy);
      if (changes.length === 0) return undefined;
      const set: PreferenceChangeSet = { preferences: after, changedAt, changedBy, changes };
      if (this.config.push) {
        queued = true;
        set.outbox = {
          id: randomUUID(),
          payload: {
            customerId: uid,
            changedAt: changedAt.toISOString(),
            preferences: after.map((p) => ({ ...p, documentTypes: documentTypesOf(p.category) })),
          },
        };
      }
      return set;
    });
    if (queued) this.config.onQueued?.();
    return this.view(saved?.preferences, saved?.updatedAt, saved?.updatedBy);
  }

  async history(shopper: Shopper, currentPage: number, pageSize: number): Promise<PreferenceHistoryPage> {
    const { changes, total } = await this.store.listPreferenceChanges(ownerKey(shopper.uid), currentPage * pageSize, pageSize);
    return {
      changes: changes.map((c) => ({ ...c, changedAt: c.changedAt.toISOString() })),
      pagination: { currentPage, pageSize, totalPages: Math.ceil(total / pageSize), totalResults: total },
    };
  }

  private view(saved: CategoryPreference[] | undefined, updatedAt?: Date, updatedBy?: string): PreferencesView {
    const view: PreferencesView = {
      preferences: completePreferences(saved, this.config.defaultLanguage).map((p) => ({
        category: p.category,
        documentTypes: documentTypesOf(p.category),
        channel: p.channel,
        paperless: p.paperless,
        format: p.format,
        language: p.language,
      })),
      options: this.options,
    };
    if (updatedAt) view.updatedAt = updatedAt.toISOString();
    if (updatedBy) view.updatedBy = updatedBy;
    return view;
  }
}

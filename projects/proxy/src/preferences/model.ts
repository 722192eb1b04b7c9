import { PREFERENCE_CATEGORY_CODES, type DocumentType, type PreferenceCategory } from '../documents/document-types';

export { documentTypesOf, type PreferenceCategory } from '../documents/document-types';
/** The preference categories, in the order the API lists them. */
export const CATEGORY_CODES: readonly PreferenceCategory[] = PREFERENCE_CATEGORY_CODES;

export const PREFERENCE_CHANNELS = ['EMAIL', 'POST', 'ACCOUNT_ONLY'] as const;
export type PreferenceChannel = (typeof PREFERENCE_CHANNELS)[number];
export const PREFERENCE_FORMATS = ['PDF', 'HTML'] as const;
export type PreferenceFormat = (typeof PREFERENCE_FORMATS)[number];

/** What a shopper chooses for one category. */
export interface PreferenceValues {
  channel: PreferenceChannel;
  paperless: boolean;
  format: PreferenceFormat;
  language: string;
}

export const PREFERENCE_FIELDS = ['channel', 'paperless', 'format', 'language'] as const;
export type PreferenceField = (typeof PREFERENCE_FIELDS)[number];

export interface CategoryPreference extends PreferenceValues {
  category: PreferenceCategory;
}

/** The shopper's saved preferences (every category), as the store keeps them. */
export interface StoredPreferences {
  preferences: CategoryPreference[];
  updatedAt: Date;
  updatedBy: string;
}

/** One changed field of one category, as the history lists it. */
export interface PreferenceChange {
  changedAt: Date;
  changedBy: string;
  category: PreferenceCategory;
  field: PreferenceField;
  from: string;
  to: string;
}

/** The message the outbox pushes to Exstream after an effective change. */
export interface PreferencePush {
  customerId: string;
  changedAt: string;
  preferences: (CategoryPreference & { documentTypes: readonly DocumentType[] })[];
}

/** What one effective change writes, in one transaction. */
export interface PreferenceChangeSet {
  preferences: CategoryPreference[];
  changedAt: Date;
  changedBy: string;
  changes: PreferenceChange[];
  /** the push to queue; absent when pushing is off */
  outbox?: { id: string; payload: PreferencePush };
}

import { DocumentType } from './documents.model';

/** Groups of document types the shopper sets preferences for. */
export enum CommunicationCategory {
  ORDER_UPDATES = 'ORDER_UPDATES',
  BILLING = 'BILLING',
  PRODUCT_DOCUMENTS = 'PRODUCT_DOCUMENTS',
  CUSTOMER_SERVICE = 'CUSTOMER_SERVICE',
  OFFERS = 'OFFERS',
}

export type CommunicationChannel = 'EMAIL' | 'POST' | 'ACCOUNT_ONLY';
export type CommunicationFormat = 'PDF' | 'HTML';

/** How the documents of one category reach the shopper. */
export interface CommunicationPreference {
  category: CommunicationCategory | string;
  /** the document types of the category (read only) */
  documentTypes?: (DocumentType | string)[];
  channel: CommunicationChannel | string;
  /** consent to receive no paper for this category */
  paperless: boolean;
  format: CommunicationFormat | string;
  /** ISO language code, e.g. `en` */
  language: string;
}

/** What the shopper may choose from. */
export interface CommunicationPreferenceOptions {
  channels: string[];
  formats: string[];
  languages: string[];
}

export interface CommunicationPreferences {
  /** one entry per category, in a stable order */
  preferences: CommunicationPreference[];
  options: CommunicationPreferenceOptions;
  /** ISO timestamp of the last change; missing when never saved */
  updatedAt?: string;
  /** who made the last change (uid); missing when never saved */
  updatedBy?: string;
}

/** The fields of one category the shopper can change. */
export type CommunicationPreferenceUpdate = Pick<
  CommunicationPreference,
  'category' | 'channel' | 'paperless' | 'format' | 'language'
>;

/** One changed field, as the history lists it. */
export interface CommunicationPreferenceChange {
  /** ISO timestamp */
  changedAt: string;
  changedBy: string;
  category: CommunicationCategory | string;
  field: string;
  from?: string | boolean | null;
  to?: string | boolean | null;
}

export interface CommunicationPreferenceHistory {
  changes: CommunicationPreferenceChange[];
  pagination: {
    currentPage: number;
    pageSize: number;
    totalPages: number;
    totalResults: number;
  };
}

/** A validation problem the server reported for one field of the request. */
export interface CommunicationPreferenceFieldError {
  /** e.g. `preferences[1].channel` */
  subject?: string;
  reason?: string;
  message?: string;
  /** index into the `preferences` array that was sent */
  index?: number;
  /** `channel`, `paperless`, `format`, `language` or `category` */
  field?: string;
}

/** Why saving failed: `fieldErrors` for a 400 with validation errors. */
export interface CommunicationPreferencesError {
  status?: number;
  message?: string;
  /** seconds to wait before trying again (from `Retry-After`) */
  retryAfterSeconds?: number;
  fieldErrors: CommunicationPreferenceFieldError[];
}

/** Reads `preferences[3].language` into index 3 and field `language`. */
export function parsePreferenceSubject(
  subject: string | undefined
): { index: number; field: string } | undefined {
  const match = /^preferences\[(\d+)\]\.(\w+)$/.exec(subject ?? '');
  return match ? { index: Number(match[1]), field: match[2] } : undefined;
}

import type { CategoryPreference, PreferenceChange, PreferenceChangeSet, StoredPreferences } from '../preferences/model';
import type { OutboxBacklog, OutboxRow, OutboxStatus } from '../preferences/preference-store';

/** Rows of the preference tables as either driver returns them (PostgreSQL: bigints as strings). */
export interface PreferencesRow {
  preferences: string;
  updated_at: number | string;
  updated_by: string;
}

export interface PreferenceChangeRow {
  changed_at: number | string;
  changed_by: string;
  category: string;
  field: string;
  from_value: string | null;
  to_value: string | null;
}

export interface OutboxDbRow {
  id: string;
  user_uid: string;
  payload: string;
  status: string;
  attempts: number | string;
  next_attempt_at: number | string;
  last_error: string | null;
  created_at: number | string;
  sent_at: number | string | null;
}

export function toStoredPreferences(row: PreferencesRow): StoredPreferences {
  return {
    preferences: JSON.parse(row.preferences) as CategoryPreference[],
    updatedAt: new Date(Number(row.updated_at)),
    updatedBy: row.updated_by,
  };
}

export function toPreferenceChange(row: PreferenceChangeRow): PreferenceChange {
  return {
    changedAt: new Date(Number(row.changed_at)),
    changedBy: row.changed_by,
    category: row.category as PreferenceChange['category'],
    field: row.field as PreferenceChange['field'],
    from: row.from_value ?? '',
    to: row.to_value ?? '',
  };
}

export function toOutboxRow(row: OutboxDbRow): OutboxRow {
  const result: OutboxRow = {
    id: row.id,
    userUid: row.user_uid,
    payload: row.payload,
    status: row.status as OutboxStatus,
    attempts: Number(row.attempts),
    nextAttemptAt: new Date(Number(row.next_attempt_at)),
    createdAt: new Date(Number(row.created_at)),
  };
  if (row.last_error !== null) result.lastError = row.last_error;
  if (row.sent_at !== null) result.sentAt = new Date(Number(row.sent_at));
  return result;
}

/** Values for `INSERT INTO preference_changes (user_uid, changed_at, changed_by, category, field, from_value, to_value)`. */
export function changeValues(userUid: string, change: PreferenceChange): unknown[] {
  return [userUid, change.changedAt.getTime(), change.changedBy, change.category, change.field, change.from, change.to];
}

/** Values for `INSERT INTO preference_outbox (id, user_uid, payload, status, attempts, next_attempt_at, created_at)`. */
export function outboxValues(userUid: string, set: PreferenceChangeSet): unknown[] {
  const outbox = set.outbox!;
  const at = set.changedAt.getTime();
  return [outbox.id, userUid, JSON.stringify(outbox.payload), 'PENDING', 0, at, at];
}

/** One pass over the unsent outbox rows (the due index covers the status); both dialects. */
export const OUTBOX_BACKLOG_SQL = `SELECT
    COALESCE(SUM(CASE WHEN status IN ('PENDING', 'SENDING') THEN 1 ELSE 0 END), 0) AS waiting,
    COALESCE(SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END), 0) AS failed,
    MIN(CASE WHEN status IN ('PENDING', 'SENDING') THEN created_at END) AS oldest
  FROM preference_outbox WHERE status IN ('PENDING', 'SENDING', 'FAILED')`;

export function toOutboxBacklog(row: { waiting: number | string; failed: number | string; oldest: number | string | null }): OutboxBacklog {
  const backlog: OutboxBacklog = { waiting: Number(row.waiting), failed: Number(row.failed) };
  if (row.oldest !== null) backlog.oldestWaitingSince = new Date(Number(row.oldest));
  return backlog;
}

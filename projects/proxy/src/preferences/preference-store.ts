import type { PreferenceChange, PreferenceChangeSet, StoredPreferences } from './model';

export type OutboxStatus = 'PENDING' | 'SENDING' | 'SENT' | 'FAILED' | 'SUPERSEDED';

/** A queued push of one shopper's preferences. */
export interface OutboxRow {
  id: string;
  userUid: string;
  payload: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError?: string;
  createdAt: Date;
  sentAt?: Date;
}

export interface OutboxBacklog {
  waiting: number;
  failed: number;
  oldestWaitingSince?: Date;
}

/** Preferences, their history and the push outbox; SQLite and PostgreSQL behave the same (store contract). */
export interface PreferenceStore {
  readPreferences(userUid: string): Promise<StoredPreferences | undefined>;
  /**
   * In one transaction (serialised per shopper): reads the saved preferences, asks `decide` what to
   * write, then writes the new preferences, one history row per change and the outbox row. When
   * `decide` answers undefined nothing is written. Answers what is saved afterwards.
   */
  changePreferences(
    userUid: string,
    decide: (current: StoredPreferences | undefined) => PreferenceChangeSet | undefined,
  ): Promise<StoredPreferences | undefined>;
  /** Newest first. */
  listPreferenceChanges(userUid: string, offset: number, limit: number): Promise<{ changes: PreferenceChange[]; total: number }>;

  /**
   * Claims up to `limit` rows that are due (PENDING and next attempt reached, or SENDING with an
   * expired claim) for `claimant` until `now + leaseMs`, counting the attempt. No row is handed
   * to two claimants at once, also across instances.
   */
  claimOutbox(claimant: string, now: Date, leaseMs: number, limit: number): Promise<OutboxRow[]>;
  /** Marks a claimed row SENT (only while `claimant` still holds it). */
  completeOutbox(id: string, claimant: string, now: Date): Promise<void>;
  /**
   * Records a failed attempt: back to PENDING until `retryAt`, or FAILED when `retryAt` is
   * undefined. A newer push of the same shopper supersedes the row (it carries the full state).
   */
  failOutbox(id: string, claimant: string, error: string, retryAt: Date | undefined): Promise<void>;
  /** For the metrics: how many rows wait to be sent (PENDING or SENDING) or gave up (FAILED), and the oldest waiting one's creation. */
  outboxBacklog(): Promise<OutboxBacklog>;
  /** For operations and tests: the rows of one shopper (or all), oldest first. */
  listOutbox(userUid?: string): Promise<OutboxRow[]>;
}

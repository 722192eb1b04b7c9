import type { Database } from 'better-sqlite3';
import type { PreferenceChange, PreferenceChangeSet, StoredPreferences } from '../../preferences/model';
import type { OutboxBacklog, OutboxRow, PreferenceStore } from '../../preferences/preference-store';
import {
  changeValues,
  OUTBOX_BACKLOG_SQL,
  outboxValues,
  toOutboxBacklog,
  toOutboxRow,
  toPreferenceChange,
  toStoredPreferences,
  type OutboxDbRow,
  type PreferenceChangeRow,
  type PreferencesRow,
} from '../preference-rows';

/** The SQLite store's preferences and their outbox (the write lock of IMMEDIATE transactions serialises changes). */
export class SqlitePreferences implements PreferenceStore {
  constructor(private readonly db: Database) {}

  async readPreferences(userUid: string): Promise<StoredPreferences | undefined> {
    return this.current(userUid);
  }

  private current(userUid: string): StoredPreferences | undefined {
    const row = this.db
      .prepare('SELECT preferences, updated_at, updated_by FROM communication_preferences WHERE user_uid = ?')
      .get(userUid) as PreferencesRow | undefined;
    return row ? toStoredPreferences(row) : undefined;
  }

  async changePreferences(
    userUid: string,
    decide: (current: StoredPreferences | undefined) => PreferenceChangeSet | undefined,
  ): Promise<StoredPreferences | undefined> {
    return this.db
      .transaction(() => {
        const current = this.current(userUid);
        const set = decide(current);
        if (!set) return current;
        this.db
          .prepare(
            `INSERT INTO communication_preferences (user_uid, preferences, updated_at, updated_by) VALUES (?, ?, ?, ?)
             ON CONFLICT (user_uid) DO UPDATE SET preferences = excluded.preferences,
               updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
          )
          .run(userUid, JSON.stringify(set.preferences), set.changedAt.getTime(), set.changedBy);
        const insertChange = this.db.prepare(
          `INSERT INTO preference_changes (user_uid, changed_at, changed_by, category, field, from_value, to_value)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        );
        for (const change of set.changes) insertChange.run(...changeValues(userUid, change));
        if (set.outbox) {
          // The new row carries the full state: older pushes still waiting are no longer needed.
          this.db.prepare(`UPDATE preference_outbox SET status = 'SUPERSEDED' WHERE user_uid = ? AND status = 'PENDING'`).run(userUid);
          this.db
            .prepare(
              `INSERT INTO preference_outbox (id, user_uid, payload, status, attempts, next_attempt_at, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(...outboxValues(userUid, set));
        }
        return this.current(userUid);
      })
      .immediate();
  }

  async listPreferenceChanges(userUid: string, offset: number, limit: number): Promise<{ changes: PreferenceChange[]; total: number }> {
    const rows = this.db
      .prepare(
        `SELECT changed_at, changed_by, category, field, from_value, to_value FROM preference_changes
         WHERE user_uid = ? ORDER BY id DESC LIMIT ? OFFSET ?`,
      )
      .all(userUid, limit, offset) as PreferenceChangeRow[];
    const { n } = this.db.prepare('SELECT COUNT(*) AS n FROM preference_changes WHERE user_uid = ?').get(userUid) as { n: number };
    return { changes: rows.map(toPreferenceChange), total: n };
  }

  async claimOutbox(claimant: string, now: Date, leaseMs: number, limit: number): Promise<OutboxRow[]> {
    return this.db
      .transaction(() => {
        const at = now.getTime();
        const due = this.db
          .prepare(
            `SELECT id FROM preference_outbox
             WHERE (status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'SENDING' AND claim_expires_at <= ?)
             ORDER BY created_at LIMIT ?`,
          )
          .all(at, at, limit) as { id: string }[];
        const take = this.db.prepare(
          `UPDATE preference_outbox SET status = 'SENDING', claimed_by = ?, claim_expires_at = ?, attempts = attempts + 1
           WHERE id = ? RETURNING *`,
        );
        return due.map(({ id }) => toOutboxRow(take.get(claimant, at + leaseMs, id) as OutboxDbRow));
      })
      .immediate();
  }

  async completeOutbox(id: string, claimant: string, now: Date): Promise<void> {
    this.db
      .prepare(
        `UPDATE preference_outbox SET status = 'SENT', sent_at = ?, last_error = NULL, claimed_by = NULL, claim_expires_at = NULL
         WHERE id = ? AND claimed_by = ? AND status = 'SENDING'`,
      )
      .run(now.getTime(), id, claimant);
  }

  async failOutbox(id: string, claimant: string, error: string, retryAt: Date | undefined): Promise<void> {
    this.db
      .transaction(() => {
        const row = this.db.prepare('SELECT user_uid, created_at FROM preference_outbox WHERE id = ? AND claimed_by = ? AND status = ?')
          .get(id, claimant, 'SENDING') as { user_uid: string; created_at: number } | undefined;
        if (!row) return;
        const newer = this.db
          .prepare(`SELECT 1 FROM preference_outbox WHERE user_uid = ? AND created_at > ? AND status IN ('PENDING', 'SENDING', 'SENT')`)
          .get(row.user_uid, row.created_at);
        const status = newer ? 'SUPERSEDED' : retryAt ? 'PENDING' : 'FAILED';
        this.db
          .prepare(
            `UPDATE preference_outbox SET status = ?, last_error = ?, next_attempt_at = ?, claimed_by = NULL, claim_expires_at = NULL
             WHERE id = ?`,
          )
          .run(status, error.slice(0, 1000), retryAt?.getTime() ?? Date.now(), id);
      })
      .immediate();
  }

  async outboxBacklog(): Promise<OutboxBacklog> {
    return toOutboxBacklog(this.db.prepare(OUTBOX_BACKLOG_SQL).get() as Parameters<typeof toOutboxBacklog>[0]);
  }

  async listOutbox(userUid?: string): Promise<OutboxRow[]> {
    const rows = (
      userUid === undefined
        ? this.db.prepare('SELECT * FROM preference_outbox ORDER BY created_at, id').all()
        : this.db.prepare('SELECT * FROM preference_outbox WHERE user_uid = ? ORDER BY created_at, id').all(userUid)
    ) as OutboxDbRow[];
    return rows.map(toOutboxRow);
  }
}

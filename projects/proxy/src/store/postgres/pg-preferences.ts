import type { Pool, PoolClient } from 'pg';
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

type Transaction = <T>(work: (client: PoolClient) => Promise<T>) => Promise<T>;

/** The PostgreSQL store's preferences and their outbox. */
export class PgPreferences implements PreferenceStore {
  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
    private readonly transaction: Transaction,
  ) {}

  readPreferences(userUid: string): Promise<StoredPreferences | undefined> {
    return this.current(userUid, this.pool);
  }

  private async current(userUid: string, client: Pool | PoolClient): Promise<StoredPreferences | undefined> {
    const { rows } = await client.query<PreferencesRow>(
      'SELECT preferences, updated_at, updated_by FROM communication_preferences WHERE user_uid = $1',
      [userUid],
    );
    return rows[0] ? toStoredPreferences(rows[0]) : undefined;
  }

  changePreferences(
    userUid: string,
    decide: (current: StoredPreferences | undefined) => PreferenceChangeSet | undefined,
  ): Promise<StoredPreferences | undefined> {
    return this.transaction(async (client) => {
      // One change per shopper at a time, across instances; the first save has no row to lock yet.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`exd:preferences:${this.schema}:${userUid}`]);
      const current = await this.current(userUid, client);
      const set = decide(current);
      if (!set) return current;
      await client.query(
        `INSERT INTO communication_preferences (user_uid, preferences, updated_at, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_uid) DO UPDATE SET preferences = EXCLUDED.preferences,
           updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
        [userUid, JSON.stringify(set.preferences), set.changedAt.getTime(), set.changedBy],
      );
      for (const change of set.changes) {
        await client.query(
          `INSERT INTO preference_changes (user_uid, changed_at, changed_by, category, field, from_value, to_value)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          changeValues(userUid, change),
        );
      }
      if (set.outbox) {
        await client.query(`UPDATE preference_outbox SET status = 'SUPERSEDED' WHERE user_uid = $1 AND status = 'PENDING'`, [userUid]);
        await client.query(
          `INSERT INTO preference_outbox (id, user_uid, payload, status, attempts, next_attempt_at, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          outboxValues(userUid, set),
        );
      }
      return this.current(userUid, client);
    });
  }

  async listPreferenceChanges(userUid: string, offset: number, limit: number): Promise<{ changes: PreferenceChange[]; total: number }> {
    const { rows } = await this.pool.query<PreferenceChangeRow>(
      `SELECT changed_at, changed_by, category, field, from_value, to_value FROM preference_changes
       WHERE user_uid = $1 ORDER BY id DESC LIMIT $2 OFFSET $3`,
      [userUid, limit, offset],
    );
    const total = await this.pool.query<{ n: string }>('SELECT COUNT(*) AS n FROM preference_changes WHERE user_uid = $1', [userUid]);
    return { changes: rows.map(toPreferenceChange), total: Number(total.rows[0].n) };
  }

  async claimOutbox(claimant: string, now: Date, leaseMs: number, limit: number): Promise<OutboxRow[]> {
    const at = now.getTime();
    // SKIP LOCKED: instances polling at the same moment take different rows instead of waiting or doubling.
    const due = `((o.status = 'PENDING' AND o.next_attempt_at <= $3) OR (o.status = 'SENDING' AND o.claim_expires_at <= $3))`;
    // SKIP LOCKED: instances polling at the same moment take different rows instead of waiting or
    // doubling. The condition is repeated on the UPDATE so that a row another instance claimed in
    // between (and committed) is rechecked against its new state and left alone.
    const { rows } = await this.pool.query<OutboxDbRow>(
      `WITH next AS MATERIALIZED (
         SELECT o.id FROM preference_outbox o WHERE ${due}
         ORDER BY o.created_at LIMIT $4
         FOR UPDATE SKIP LOCKED)
       UPDATE preference_outbox o SET status = 'SENDING', claimed_by = $1, claim_expires_at = $2, attempts = o.attempts + 1
       FROM next WHERE o.id = next.id AND ${due}
       RETURNING o.*`,
      [claimant, at + leaseMs, at, limit],
    );
    return rows.map(toOutboxRow).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  async completeOutbox(id: string, claimant: string, now: Date): Promise<void> {
    await this.pool.query(
      `UPDATE preference_outbox SET status = 'SENT', sent_at = $1, last_error = NULL, claimed_by = NULL, claim_expires_at = NULL
       WHERE id = $2 AND claimed_by = $3 AND status = 'SENDING'`,
      [now.getTime(), id, claimant],
    );
  }

  async failOutbox(id: string, claimant: string, error: string, retryAt: Date | undefined): Promise<void> {
    await this.pool.query(
      `UPDATE preference_outbox o SET
         status = CASE WHEN EXISTS (SELECT 1 FROM preference_outbox n WHERE n.user_uid = o.user_uid AND n.created_at > o.created_at
                                    AND n.status IN ('PENDING', 'SENDING', 'SENT')) THEN 'SUPERSEDED'
                       WHEN $4::bigint IS NULL THEN 'FAILED' ELSE 'PENDING' END,
         last_error = $3, next_attempt_at = COALESCE($4::bigint, $5::bigint), claimed_by = NULL, claim_expires_at = NULL
       WHERE id = $1 AND claimed_by = $2 AND status = 'SENDING'`,
      [id, claimant, error.slice(0, 1000), retryAt?.getTime() ?? null, Date.now()],
    );
  }

  async outboxBacklog(): Promise<OutboxBacklog> {
    const { rows } = await this.pool.query<Parameters<typeof toOutboxBacklog>[0]>(OUTBOX_BACKLOG_SQL);
    return toOutboxBacklog(rows[0]);
  }

  async listOutbox(userUid?: string): Promise<OutboxRow[]> {
    const { rows } =
      userUid === undefined
        ? await this.pool.query<OutboxDbRow>('SELECT * FROM preference_outbox ORDER BY created_at, id')
        : await this.pool.query<OutboxDbRow>('SELECT * FROM preference_outbox WHERE user_uid = $1 ORDER BY created_at, id', [userUid]);
    return rows.map(toOutboxRow);
  }
}

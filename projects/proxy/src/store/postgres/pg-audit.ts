import type { Pool, PoolClient } from 'pg';
import { sealEvent } from '../../documents/audit/audit-chain';
import type { AuditEvent, AuditEventDraft } from '../../documents/audit/audit-event';
import type { AuditQuery } from '../../documents/storage/audit-store';
import { AUDIT_INSERT_COLUMNS, AUDIT_INSERT_COLUMN_COUNT, auditInsertValues, toAuditEvent, type AuditRow } from '../audit-rows';

/** Appends one event inside the caller's transaction. */
export async function appendInTransaction(client: PoolClient, schema: string, draft: AuditEventDraft): Promise<AuditEvent> {
  return (await appendManyInTransaction(client, schema, [draft]))[0];
}

/** Appends events in order, chained one to the next: one lock, one head read, one multi-row insert, one head write. */
export async function appendManyInTransaction(client: PoolClient, schema: string, drafts: readonly AuditEventDraft[]): Promise<AuditEvent[]> {
  if (drafts.length === 0) return [];
  // Serializes appends across every instance on this schema until the transaction ends.
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`exd:audit:${schema}`]);
  const head = await client.query<{ seq: string; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1');
  let previous = head.rows[0] ? { seq: Number(head.rows[0].seq), hash: head.rows[0].hash } : undefined;
  const at = new Date();
  const events = drafts.map((draft) => {
    const event = sealEvent(draft, previous, at);
    previous = { seq: event.seq, hash: event.hash };
    return event;
  });
  // at most 1000 rows (12,000 parameters) per statement; PostgreSQL allows 65,535 parameters
  for (let from = 0; from < events.length; from += 1000) await insertEvents(client, events.slice(from, from + 1000));
  await client.query(
    `INSERT INTO audit_head (id, seq, hash) VALUES (1, $1, $2)
     ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash`,
    [previous!.seq, previous!.hash],
  );
  return events;
}

async function insertEvents(client: PoolClient, events: readonly AuditEvent[]): Promise<void> {
  const columns = AUDIT_INSERT_COLUMN_COUNT;
  const values = events.flatMap(auditInsertValues);
  const rows = events.map((_, r) => `(${Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}`).join(', ')})`);
  await client.query(`INSERT INTO audit_events (${AUDIT_INSERT_COLUMNS}) VALUES ${rows.join(', ')}`, values);
}

export async function listAudit(pool: Pool, query: AuditQuery): Promise<AuditEvent[]> {
  const clauses = ['seq > $1'];
  const params: unknown[] = [query.afterSeq ?? 0];
  if (query.from) {
    params.push(query.from.toISOString());
    clauses.push(`at >= $${params.length}`);
  }
  if (query.toExclusive) {
    params.push(query.toExclusive.toISOString());
    clauses.push(`at < $${params.length}`);
  }
  params.push(query.limit);
  const { rows } = await pool.query<AuditRow>(
    `SELECT * FROM audit_events WHERE ${clauses.join(' AND ')} ORDER BY seq LIMIT $${params.length}`,
    params,
  );
  return rows.map(toAuditEvent);
}

export async function auditHead(pool: Pool): Promise<{ seq: number; hash: string } | undefined> {
  const { rows } = await pool.query<{ seq: string; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1');
  return rows[0] ? { seq: Number(rows[0].seq), hash: rows[0].hash } : undefined;
}

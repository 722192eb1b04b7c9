import type { Database } from 'better-sqlite3';
import { sealEvent } from '../../documents/audit/audit-chain';
import type { AuditEvent, AuditEventDraft } from '../../documents/audit/audit-event';
import type { AuditQuery } from '../../documents/storage/audit-store';
import { AUDIT_INSERT_COLUMNS, AUDIT_INSERT_COLUMN_COUNT, auditInsertValues, toAuditEvent, type AuditRow } from '../audit-rows';

/** Appends one event; must run inside an IMMEDIATE transaction (the write lock serializes appends). */
export function appendInTransaction(db: Database, draft: AuditEventDraft): AuditEvent {
  return appendManyInTransaction(db, [draft])[0];
}

/** Appends events in order, chained one to the next, moving the head once; inside an IMMEDIATE transaction. */
export function appendManyInTransaction(db: Database, drafts: readonly AuditEventDraft[]): AuditEvent[] {
  if (drafts.length === 0) return [];
  let head = db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
  const insert = db.prepare(
    `INSERT INTO audit_events (${AUDIT_INSERT_COLUMNS}) VALUES (${Array(AUDIT_INSERT_COLUMN_COUNT).fill('?').join(', ')})`,
  );
  const at = new Date();
  const events = drafts.map((draft) => {
    const event = sealEvent(draft, head, at);
    insert.run(...auditInsertValues(event));
    head = { seq: event.seq, hash: event.hash };
    return event;
  });
  db.prepare(
    'INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash',
  ).run(head!.seq, head!.hash);
  return events;
}

export function listAudit(db: Database, query: AuditQuery): AuditEvent[] {
  const clauses = ['seq > ?'];
  const params: unknown[] = [query.afterSeq ?? 0];
  if (query.from) {
    clauses.push('at >= ?');
    params.push(query.from.toISOString());
  }
  if (query.toExclusive) {
    clauses.push('at < ?');
    params.push(query.toExclusive.toISOString());
  }
  const rows = db
    .prepare(`SELECT * FROM audit_events WHERE ${clauses.join(' AND ')} ORDER BY seq LIMIT ?`)
    .all(...params, query.limit) as AuditRow[];
  return rows.map(toAuditEvent);
}

export function auditHead(db: Database): { seq: number; hash: string } | undefined {
  return db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
}



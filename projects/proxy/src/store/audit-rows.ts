import type { AuditAction, AuditEvent } from '../documents/audit/audit-event';

/** An audit_events row (same columns in SQLite and PostgreSQL). */
export interface AuditRow {
  seq: number;
  at: string;
  action: AuditAction;
  actor: string;
  document_id: string;
  document_sha256: string;
  owner_uid: string | null;
  driver_data_sha256: string | null;
  communication_id: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

/** The audit_events columns in insert order, and an event's values in that order (both dialects). */
export const AUDIT_INSERT_COLUMNS =
  'seq, at, action, actor, document_id, document_sha256, owner_uid, driver_data_sha256, communication_id, request_id, prev_hash, hash';
export const AUDIT_INSERT_COLUMN_COUNT = AUDIT_INSERT_COLUMNS.split(',').length;

export function auditInsertValues(event: AuditEvent): unknown[] {
  return [
    event.seq,
    event.at,
    event.action,
    event.actor,
    event.documentId,
    event.documentSha256,
    event.ownerUid ?? null,
    event.driverDataSha256 ?? null,
    event.communicationId ?? null,
    event.requestId ?? null,
    event.prevHash,
    event.hash,
  ];
}

export function toAuditEvent(row: AuditRow): AuditEvent {
  const event: AuditEvent = {
    seq: Number(row.seq),
    at: row.at,
    action: row.action,
    actor: row.actor,
    documentId: row.document_id,
    documentSha256: row.document_sha256,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
  if (row.owner_uid !== null) event.ownerUid = row.owner_uid;
  if (row.driver_data_sha256 !== null) event.driverDataSha256 = row.driver_data_sha256;
  if (row.communication_id !== null) event.communicationId = row.communication_id;
  if (row.request_id !== null) event.requestId = row.request_id;
  return event;
}

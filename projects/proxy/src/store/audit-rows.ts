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

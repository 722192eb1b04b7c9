import type { AuditEvent, AuditEventDraft } from '../audit/audit-event';
import type { NewDocument } from '../model';
import type { InsertResult } from './document-store';

export interface DocumentWithAudit {
  document: NewDocument;
  /** the INGEST (or GENERATE) event to append when the document is inserted */
  draft: Omit<AuditEventDraft, 'documentId' | 'documentSha256'>;
}

export interface AuditQuery {
  /** inclusive */
  from?: Date;
  /** exclusive */
  toExclusive?: Date;
  /** only events with a higher seq (paging) */
  afterSeq?: number;
  limit: number;
}

/**
 * The append-only, hash-chained audit trail. Appends are serialized (one writer at a time,
 * also across processes), so every event chains to exactly one predecessor.
 */
export interface AuditStore {
  appendAudit(draft: AuditEventDraft): Promise<AuditEvent>;
  /**
   * Inserts the document unless it exists (like DocumentStore.insertIfAbsent) and, only if it
   * was inserted, appends the audit event in the same transaction: no document without its event.
   */
  insertWithAudit(document: NewDocument, draft: Omit<AuditEventDraft, 'documentId' | 'documentSha256'>): Promise<InsertResult>;
  /**
   * insertWithAudit for many documents in one transaction, in order: one commit and one turn of the
   * audit lock for all of them, the events chained one to the next.
   */
  insertManyWithAudit(items: readonly DocumentWithAudit[]): Promise<InsertResult[]>;
  /** Events in seq order. */
  listAudit(query: AuditQuery): Promise<AuditEvent[]>;
  /** The last event's seq and hash as recorded separately from the events. */
  auditHead(): Promise<{ seq: number; hash: string } | undefined>;
}

import type { AuditQuery, AuditStore } from '../storage/audit-store';
import type { AuditEvent } from './audit-event';

export interface AuditExportPage {
  events: AuditEvent[];
  /** the chain's last event as the store records it, so a reader can check it has everything */
  head: { seq: number; hash: string } | null;
  /** set when the page is full: pass it as `afterSeq` for the next page */
  nextAfterSeq?: number;
}

/** One page of the audit trail, in seq order, with the chain head for verification. */
export async function exportAuditPage(store: AuditStore, query: AuditQuery): Promise<AuditExportPage> {
  const events = await store.listAudit(query);
  const page: AuditExportPage = { events, head: (await store.auditHead()) ?? null };
  if (events.length === query.limit) page.nextAfterSeq = events[events.length - 1].seq;
  return page;
}

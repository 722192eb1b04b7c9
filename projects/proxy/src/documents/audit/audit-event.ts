/** What happened to a document, recorded in the audit trail. */
/** DELIVERY: a delivery event (sent, bounced, printed, …) was recorded for the document. */
/** RESEND: Exstream was asked to send the document to its customer again. */
/** PAYMENT: a payment event (open amount and status from the ERP) was recorded for the document. */
export const AUDIT_ACTIONS = ['GENERATE', 'INGEST', 'VIEW', 'DOWNLOAD', 'DELIVERY', 'RESEND', 'PAYMENT'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** An event before the store numbers and chains it. */
export interface AuditEventDraft {
  action: AuditAction;
  /** who: `shopper:<uid>`, `agent:<uid>` (a customer-service agent), `client:<integration client id>` or `cli:<tool>` */
  actor: string;
  documentId: string;
  documentSha256: string;
  ownerUid?: string;
  /** generated documents only: SHA-256 of the driver data sent to Exstream */
  driverDataSha256?: string;
  /** generated documents only: the Exstream communication used */
  communicationId?: string;
  requestId?: string;
}

/** A sealed event: numbered, timed and chained to its predecessor by hash. */
export interface AuditEvent extends AuditEventDraft {
  seq: number;
  /** ISO 8601, UTC, millisecond precision */
  at: string;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

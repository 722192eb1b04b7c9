import {
  DocumentActionTarget,
  DocumentReference,
  ExstreamDocument,
  OrgDocument,
  resolvePaymentUrl,
} from '@exstream-spartacus/documents/root';

/** What one row of Company documents shows, worked out once per page. */
export interface OrgDocumentRow {
  /** the document number */
  number: string;
  type: string;
  createdAt?: string;
  dueAt?: string;
  /** days past the due date of an overdue invoice; `undefined` otherwise */
  overdueDays?: number;
  amount?: number;
  openAmount?: number;
  currency?: string;
  /** payment status label key */
  statusKey: string;
  /** the document to preview and download; missing: neither */
  document?: ExstreamDocument;
  /** documents this one is about (a reminder's invoices, a credit note's invoice) */
  references: DocumentReference[];
  /** the validated "Pay" link */
  pay?: DocumentActionTarget;
}

const SETTLED = ['PAID', 'CANCELLED'];

export function orgDocumentRow(
  row: OrgDocument,
  origin: string | undefined,
  paymentHosts: string[] = []
): OrgDocumentRow {
  const document = row.document;
  const billing = document?.billing;
  const overdue = billing?.paymentStatus === 'OVERDUE';
  const open = billing ? billing.openAmount > 0 && !SETTLED.includes(billing.paymentStatus) : false;
  return {
    number: row.id,
    type: row.orgDocumentType?.code ?? document?.type ?? '',
    createdAt: row.createdAtDate ?? document?.createdAt,
    dueAt: row.dueAtDate ?? billing?.dueDate,
    overdueDays: overdue ? Math.max(1, billing?.daysOverdue ?? 1) : undefined,
    amount: row.amount ?? billing?.amount,
    openAmount: row.openAmount ?? billing?.openAmount,
    currency: row.currency?.isocode ?? billing?.currency,
    statusKey: billing?.paymentStatus
      ? `exstreamPaymentStatuses.${billing.paymentStatus}`
      : `exstreamCompanyDocuments.status.${row.status === 'closed' ? 'closed' : 'open'}`,
    document,
    references: document?.references ?? [],
    pay: open ? resolvePaymentUrl(billing?.paymentUrl, origin, paymentHosts) : undefined,
  };
}

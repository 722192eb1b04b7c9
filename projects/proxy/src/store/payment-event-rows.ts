import { paymentStateProblem, toMinorUnits } from '../documents/billing/billing';
import type { PaymentEventOutcome, PaymentEventRecord } from '../documents/storage/payment-event-store';

/** The payment_events columns and values of one event, shared by both SQL dialects. */
export const INSERT_PAYMENT_EVENT_COLUMNS =
  'event_id, document_id, payment_status, open_amount_minor, occurred_at, fingerprint, recorded_at, recorded_by';

export function paymentEventValues(event: PaymentEventRecord, openMinor: number, recordedAt: number): unknown[] {
  return [event.eventId, event.documentId, event.paymentStatus, openMinor, event.occurredAt.getTime(), event.fingerprint, recordedAt, event.recordedBy];
}

/** The billing columns of the document an event is about. */
export interface PaymentTargetRow {
  owner_uid: string;
  sha256: string;
  currency: string | null;
  amount_minor: number | string | null;
}

/** The event's open amount in the document's minor units, or why the event cannot apply to it. */
export function openAmountFor(event: PaymentEventRecord, target: PaymentTargetRow): number | Extract<PaymentEventOutcome, { outcome: 'invalid' }> {
  if (target.currency === null || target.amount_minor === null) {
    return { outcome: 'invalid', field: 'documentId', message: 'The document has no billing data (amounts, currency) to pay' };
  }
  const open = toMinorUnits(event.openAmount, target.currency);
  if (open === undefined) {
    return { outcome: 'invalid', field: 'openAmount', message: `Body field 'openAmount' must be a decimal amount in ${target.currency}` };
  }
  const problem = paymentStateProblem(event.paymentStatus, Number(target.amount_minor), open);
  return problem ? { outcome: 'invalid', field: 'openAmount', message: `Body field 'openAmount' ${problem}` } : open;
}

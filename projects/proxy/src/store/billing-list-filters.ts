import { UNSETTLED_STATUSES, type PaymentStatus } from '../documents/billing/billing';
import type { BillingFilter, OrgDocumentSort } from '../documents/billing/billing-filter';

type Bind = (value: unknown) => string;

const UNSETTLED = UNSETTLED_STATUSES.map((status) => `'${status}'`).join(', ');
/** money is still owed on the document (SAP's "open") */
const OPEN = `(d.payment_status IN (${UNSETTLED}) AND d.open_amount_minor <> 0)`;
/** in major units: a quotient of integers rounds to the same double as the decimal a shopper typed */
const AMOUNT = '(d.amount_minor * 1.0 / d.minor_per_unit)';
const OPEN_AMOUNT = '(d.open_amount_minor * 1.0 / d.minor_per_unit)';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A payment status as the API answers it, in SQL over the stored status and the due date. */
function paymentStatusCondition(status: PaymentStatus, overdue: () => string): string {
  switch (status) {
    case 'OVERDUE':
      return overdue();
    case 'OPEN':
    case 'PARTIALLY_PAID':
      return `(d.payment_status = '${status}' AND NOT ${overdue()})`;
    default:
      return `d.payment_status = '${status}'`;
  }
}

/** The WHERE conditions (documents aliased `d`) of a billing filter; values bound through `bind`. */
export function billingConditions(filter: BillingFilter, bind: Bind): string[] {
  const clauses: string[] = [];
  // binds its date at each use: SQLite's placeholders are positional, each one needs its own value
  const overdue = () => `(${OPEN} AND d.open_amount_minor > 0 AND d.due_date IS NOT NULL AND d.due_date < ${bind(filter.today)})`;
  if (filter.status === 'open') clauses.push(OPEN);
  if (filter.status === 'closed') clauses.push(`NOT COALESCE(${OPEN}, FALSE)`);
  if (filter.paymentStatuses && filter.paymentStatuses.length > 0) {
    clauses.push(`(${filter.paymentStatuses.map((status) => paymentStatusCondition(status, overdue)).join(' OR ')})`);
  }
  if (filter.number !== undefined) clauses.push(`d.number = ${bind(filter.number)}`);
  if (filter.numberPrefix !== undefined) clauses.push(`d.number_lc LIKE ${bind(`${escapeLike(filter.numberPrefix.toLowerCase())}%`)} ESCAPE '\\'`);
  if (filter.numberFrom !== undefined) clauses.push(`d.number >= ${bind(filter.numberFrom)}`);
  if (filter.numberTo !== undefined) clauses.push(`d.number <= ${bind(filter.numberTo)}`);
  if (filter.dueFrom !== undefined) clauses.push(`d.due_date >= ${bind(filter.dueFrom)}`);
  if (filter.dueTo !== undefined) clauses.push(`d.due_date <= ${bind(filter.dueTo)}`);
  if (filter.amountMin !== undefined) clauses.push(`${AMOUNT} >= ${bind(filter.amountMin)}`);
  if (filter.amountMax !== undefined) clauses.push(`${AMOUNT} <= ${bind(filter.amountMax)}`);
  if (filter.openAmountMin !== undefined) clauses.push(`${OPEN_AMOUNT} >= ${bind(filter.openAmountMin)}`);
  if (filter.openAmountMax !== undefined) clauses.push(`${OPEN_AMOUNT} <= ${bind(filter.openAmountMax)}`);
  return clauses;
}

/** Stable orderings of SAP's sort codes (status: closed before open, as the words sort); documents without the sorted value come last. */
export const ORG_DOCUMENT_ORDER_BY: Record<OrgDocumentSort, string> = {
  byCreatedAtDateAsc: 'd.created_at ASC, d.number ASC, d.id ASC',
  byCreatedAtDateDesc: 'd.created_at DESC, d.number DESC, d.id ASC',
  byDueAtDateAsc: '(d.due_date IS NULL) ASC, d.due_date ASC, d.number ASC, d.id ASC',
  byDueAtDateDesc: '(d.due_date IS NULL) ASC, d.due_date DESC, d.number DESC, d.id ASC',
  byOriginalAmountAsc: `(d.amount_minor IS NULL) ASC, ${AMOUNT} ASC, d.number ASC, d.id ASC`,
  byOriginalAmountDesc: `(d.amount_minor IS NULL) ASC, ${AMOUNT} DESC, d.number DESC, d.id ASC`,
  byOpenAmountAsc: `(d.open_amount_minor IS NULL) ASC, ${OPEN_AMOUNT} ASC, d.number ASC, d.id ASC`,
  byOpenAmountDesc: `(d.open_amount_minor IS NULL) ASC, ${OPEN_AMOUNT} DESC, d.number DESC, d.id ASC`,
  byOrgDocumentTypeAsc: 'd.type ASC, d.created_at DESC, d.id ASC',
  byOrgDocumentTypeDesc: 'd.type DESC, d.created_at DESC, d.id ASC',
  byStatusAsc: `COALESCE(${OPEN}, FALSE) ASC, d.created_at DESC, d.id ASC`,
  byStatusDesc: `COALESCE(${OPEN}, FALSE) DESC, d.created_at DESC, d.id ASC`,
  byOrgDocumentIdAsc: 'd.number ASC, d.id ASC',
  byOrgDocumentIdDesc: 'd.number DESC, d.id ASC',
};

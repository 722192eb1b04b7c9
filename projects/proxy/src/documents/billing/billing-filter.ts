import type { PaymentStatus } from './billing';

/** Filters of a unit's billing documents (SAP's account summary filters, plus payment status). */
export interface BillingFilter {
  /** the date overdue is judged on, YYYY-MM-DD (UTC) */
  today: string;
  /** SAP's status: open = money is still owed on it; closed = everything else */
  status?: 'open' | 'closed';
  /** as the API answers them, OVERDUE included */
  paymentStatuses?: PaymentStatus[];
  /** case-insensitive prefix of the number */
  numberPrefix?: string;
  /** exactly this number */
  number?: string;
  /** inclusive range of numbers, compared as text */
  numberFrom?: string;
  numberTo?: string;
  /** inclusive range of due dates, YYYY-MM-DD */
  dueFrom?: string;
  dueTo?: string;
  /** inclusive ranges in major units of each document's currency */
  amountMin?: number;
  amountMax?: number;
  openAmountMin?: number;
  openAmountMax?: number;
}

/** SAP's account summary sort codes, in the order its API lists them. */
export const ORG_DOCUMENT_SORTS = [
  'byCreatedAtDateAsc',
  'byCreatedAtDateDesc',
  'byDueAtDateAsc',
  'byDueAtDateDesc',
  'byOriginalAmountAsc',
  'byOriginalAmountDesc',
  'byOpenAmountAsc',
  'byOpenAmountDesc',
  'byOrgDocumentTypeAsc',
  'byOrgDocumentTypeDesc',
  'byStatusAsc',
  'byStatusDesc',
  'byOrgDocumentIdAsc',
  'byOrgDocumentIdDesc',
] as const;
export type OrgDocumentSort = (typeof ORG_DOCUMENT_SORTS)[number];
export const DEFAULT_ORG_DOCUMENT_SORT: OrgDocumentSort = 'byCreatedAtDateDesc';

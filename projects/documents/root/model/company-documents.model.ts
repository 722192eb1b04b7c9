import { SortModel } from '@spartacus/core';
import { DocumentPagination, DocumentsError, ExstreamDocument } from './documents.model';

/** A B2B unit whose documents the caller reads (Commerce's `B2BUnitNode`). */
export interface DocumentUnitNode {
  /** the Commerce unit uid; may contain spaces */
  id: string;
  name: string;
  /** id of the parent unit, when the caller reads it too */
  parent?: string;
  active: boolean;
}

/** What a request of the company documents feature has brought so far. */
export interface DocumentsLoadState<T> {
  /** the last value that arrived; it stays while a newer request is in flight */
  value?: T;
  loading: boolean;
  /** the error of the last request; `undefined` after a success */
  error?: DocumentsError;
}

export interface OrgDocumentCurrency {
  isocode: string;
  name?: string;
  symbol?: string;
}

/** Days past the due date: `1–30`, `31–60`, `61–90`, `91+` (no `maxBoundary`). */
export interface OrgDocumentDayRange {
  minBoundary: number;
  maxBoundary?: number;
}

export interface OrgDocumentDueBalance<A> {
  amount: A;
  dayRange: OrgDocumentDayRange;
}

/** The balances of one currency, as numbers in its major unit. */
export interface AccountSummaryBalance {
  currency: OrgDocumentCurrency;
  openBalance: number;
  pastDueBalance: number;
  /** open and not yet due */
  currentBalance: number;
  dueBalances: OrgDocumentDueBalance<number>[];
  /** only when the backend knows one (Commerce exposes none to OCC today) */
  creditLimit?: number;
}

/** A unit's open balance per currency (SAP's `AccountSummaryDetails`). */
export interface AccountSummary {
  orgUnit?: { uid: string; name?: string; active?: boolean };
  /** SAP's formatted balances of one currency */
  amountBalance?: {
    currentBalance?: string;
    openBalance?: string;
    pastDueBalance?: string;
    dueBalances?: OrgDocumentDueBalance<string>[];
  };
  /** every currency the unit has documents in */
  balances: AccountSummaryBalance[];
}

export interface OrgDocumentType {
  code: string;
  name?: string;
  includeInOpenBalance?: boolean;
}

export type OrgDocumentStatus = 'open' | 'closed';

/** One row of a unit's documents (SAP's `OrgDocument`), with the proxy's full document. */
export interface OrgDocument {
  /** the document number */
  id: string;
  orgDocumentType?: { code: string; name?: string };
  status?: OrgDocumentStatus | string;
  /** YYYY-MM-DD */
  createdAtDate?: string;
  dueAtDate?: string;
  amount?: number;
  formattedAmount?: string;
  openAmount?: number;
  formattedOpenAmount?: string;
  currency?: OrgDocumentCurrency;
  attachments?: { id: string }[];
  /** the document itself (preview, download, billing, references); `orgUnitId` set by the library */
  document?: ExstreamDocument;
}

/** One page of a unit's documents (SAP's `AccountSummaryList`). */
export interface OrgDocumentList {
  orgDocumentTypes: OrgDocumentType[];
  orgDocuments: OrgDocument[];
  pagination: DocumentPagination;
  sorts: SortModel[];
}

/** The filters of SAP's account summary API: one of them at a time (`filterByKey`). */
export enum OrgDocumentFilterKey {
  NUMBER = 'orgDocumentId',
  NUMBER_RANGE = 'orgDocumentIdRange',
  TYPE = 'orgDocumentType',
  CREATED_RANGE = 'createdAtDateRange',
  DUE_RANGE = 'dueAtDateRange',
  AMOUNT_RANGE = 'amountRange',
  OPEN_AMOUNT_RANGE = 'openAmountRange',
}

export enum OrgDocumentSortCode {
  BY_CREATED_DESC = 'byCreatedAtDateDesc',
  BY_CREATED_ASC = 'byCreatedAtDateAsc',
  BY_DUE_ASC = 'byDueAtDateAsc',
  BY_DUE_DESC = 'byDueAtDateDesc',
  BY_AMOUNT_DESC = 'byOriginalAmountDesc',
  BY_AMOUNT_ASC = 'byOriginalAmountAsc',
  BY_OPEN_AMOUNT_DESC = 'byOpenAmountDesc',
  BY_OPEN_AMOUNT_ASC = 'byOpenAmountAsc',
  BY_TYPE_ASC = 'byOrgDocumentTypeAsc',
  BY_TYPE_DESC = 'byOrgDocumentTypeDesc',
  BY_STATUS_ASC = 'byStatusAsc',
  BY_STATUS_DESC = 'byStatusDesc',
  BY_NUMBER_ASC = 'byOrgDocumentIdAsc',
  BY_NUMBER_DESC = 'byOrgDocumentIdDesc',
}

export type OrgDocumentStatusFilter = 'all' | 'open' | 'closed';

/** A request for one page of a unit's documents. */
export interface OrgDocumentSearchParams {
  /** default `open`, like SAP's account summary */
  status?: OrgDocumentStatusFilter;
  /** only overdue invoices (`paymentStatus=OVERDUE`); combines with every filter */
  overdue?: boolean;
  filterByKey?: OrgDocumentFilterKey | string;
  /** number prefix (`orgDocumentId`) or type code (`orgDocumentType`) */
  filterByValue?: string;
  /** range start: YYYY-MM-DD for dates, a decimal for amounts */
  startRange?: string;
  endRange?: string;
  /** 0-based */
  currentPage?: number;
  pageSize?: number;
  sort?: OrgDocumentSortCode | string;
}

import {
  AccountSummaryBalance,
  DocumentBilling,
  OrgDocument,
  OrgDocumentList,
} from '@exstream-spartacus/documents/root';
import { fakeDocument } from './document-fixtures';

/** An invoice row of a unit's list; `billing` overrides what a spec depends on. */
export function fakeOrgDocument(
  number: string,
  billing: Partial<DocumentBilling> = {},
  overrides: Partial<OrgDocument> = {}
): OrgDocument {
  const full: DocumentBilling = {
    amount: 1200,
    openAmount: 1200,
    currency: 'USD',
    dueDate: '2026-11-01',
    paymentStatus: 'OPEN',
    ...billing,
  };
  return {
    id: number,
    orgDocumentType: { code: 'INVOICE' },
    status: full.openAmount > 0 ? 'open' : 'closed',
    createdAtDate: '2026-10-01',
    dueAtDate: full.dueDate,
    amount: full.amount,
    openAmount: full.openAmount,
    currency: { isocode: full.currency },
    document: fakeDocument({ id: `doc-${number}`, number, billing: full, orgUnitId: 'Rustic' }),
    ...overrides,
  };
}

export function orgDocumentListOf(rows: OrgDocument[], overrides: Partial<OrgDocumentList> = {}): OrgDocumentList {
  return {
    orgDocumentTypes: [{ code: 'INVOICE' }, { code: 'PAYMENT_REMINDER' }],
    orgDocuments: rows,
    pagination: { currentPage: 0, pageSize: 10, totalPages: 1, totalResults: rows.length, sort: 'byCreatedAtDateDesc' },
    sorts: [{ code: 'byCreatedAtDateDesc', selected: true }],
    ...overrides,
  };
}

export function fakeBalance(isocode: string, overrides: Partial<AccountSummaryBalance> = {}): AccountSummaryBalance {
  return {
    currency: { isocode, name: isocode },
    openBalance: 3000,
    pastDueBalance: 1800,
    currentBalance: 1200,
    dueBalances: [
      { amount: 300, dayRange: { minBoundary: 31, maxBoundary: 60 } },
      { amount: 1000, dayRange: { minBoundary: 1, maxBoundary: 30 } },
      { amount: 200, dayRange: { minBoundary: 61, maxBoundary: 90 } },
      { amount: 300, dayRange: { minBoundary: 91 } },
    ],
    ...overrides,
  };
}

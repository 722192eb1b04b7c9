/** The document model shared by the domain, the store and the HTTP layer. */

import type { DocumentReference, StoredBilling } from './billing/billing';
import type { BillingFilter, OrgDocumentSort } from './billing/billing-filter';
import type { DocumentType } from './document-types';
export { DOCUMENT_TYPES, isDocumentType, type DocumentType } from './document-types';

export const CORRESPONDENCE_EVENTS = ['FAILED_PAYMENT', 'BACKORDER', 'SHIPMENT_DELAY', 'CANCELLATION'] as const;
export type CorrespondenceEvent = (typeof CORRESPONDENCE_EVENTS)[number];

export const DELIVERY_STATUSES = ['SENT', 'DELIVERED', 'BOUNCED', 'PRINTED', 'MAILED'] as const;
export type DeliveryStatusCode = (typeof DELIVERY_STATUSES)[number];
export const DELIVERY_CHANNELS = ['EMAIL', 'POST', 'ACCOUNT'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const DOCUMENT_SORTS = ['byDateDesc', 'byDateAsc', 'byNumber', 'byType'] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];
export const DEFAULT_SORT: DocumentSort = 'byDateDesc';
/** Every order a list can be read in: the shopper list's sorts and SAP's account summary sorts. */
export type ListSort = DocumentSort | OrgDocumentSort;

// Type-only, so the schema module may read this module's constants without a cycle at run time.
import type { Correspondence, DeliveryStatus, ShopperDocument } from './document-schema';
export type { Correspondence, DeliveryStatus, ShopperDocument };

/** What gets written to the index for a new document. */
export interface NewDocument {
  ownerUid: string;
  type: DocumentType;
  title: string;
  number: string;
  fileName: string;
  orderCode?: string;
  consignmentCode?: string;
  entryNumbers?: number[];
  productCodes?: string[];
  unitId?: string;
  createdAt: Date;
  mimeType: string;
  size: number;
  sha256: string;
  language: string;
  channel?: string;
  correspondence?: Correspondence;
  deliveryStatus?: DeliveryStatus;
  actionUrl?: string;
  actionLabel?: string;
  /** the owner has already read it (batch import from an archive that tracked read state) */
  readByOwner?: boolean;
  /** invoices, credit notes, statements, reminders */
  billing?: StoredBilling;
  references?: DocumentReference[];
}

/** Filters, sorting and paging of a document list; all already validated. */
export interface DocumentQuery {
  types: DocumentType[];
  orderCode?: string;
  /** inclusive lower bound */
  from?: Date;
  /** exclusive upper bound */
  toExclusive?: Date;
  /** each word (case and accents ignored) a prefix of a word of the number or title (documents/search-text.ts) */
  q?: string;
  unread?: boolean;
  currentPage: number;
  pageSize: number;
  sort: ListSort;
  /** a B2B unit's billing filters (SAP account summary) */
  billing?: BillingFilter;
  /** only the page: totals and facets are left at 0 (callers paging through a whole result) */
  withoutCounts?: boolean;
  /** keyset paging (sort byDateDesc only): the page starts after this document, `currentPage` only names it */
  after?: ListPosition;
}

/** A document's place in the newest-first order. */
export interface ListPosition {
  createdAt: number;
  number: string;
  id: string;
}

/** How many documents match a query, and their bytes. */
export interface DocumentSummary {
  count: number;
  totalBytes: number;
}

export interface DocumentPage {
  documents: ShopperDocument[];
  totalResults: number;
  /** counts per type, honouring every filter except `types` */
  typeCounts: { code: DocumentType; count: number }[];
  /** unread documents, honouring every filter except `unread` */
  unreadCount: number;
  /** the owner's list revision this page was read at (DocumentStore.listRevisions), for list caches */
  revision: string;
}

/** The identity Commerce vouched for. */
export interface Shopper {
  uid: string;
  name?: string;
  /**
   * The customer-service agent acting for this shopper (an ASM emulation session), when Commerce
   * confirmed that the agent's token may act for them.
   */
  assistedBy?: { uid: string; name?: string };
  /** B2B customers: the unit Commerce puts them in (`orgUnit` of users/current) */
  orgUnit?: { uid: string; name?: string };
  /** B2B customers: Commerce's user groups, e.g. b2bcustomergroup, b2badmingroup */
  roles?: string[];
  /**
   * Set when this request reads a B2B unit's documents: `uid` is then the unit's owner key
   * (owner.ts unitOwnerKey) and this is the member or administrator reading them.
   */
  readBy?: { uid: string; name?: string };
}

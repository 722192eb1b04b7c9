/** The document model shared by the domain, the store and the HTTP layer. */

export const DOCUMENT_TYPES = [
  'ORDER_CONFIRMATION',
  'INVOICE',
  'CREDIT_NOTE',
  'SHIPMENT_NOTICE',
  'WARRANTY',
  'POLICY',
  'TERMS',
  'STATEMENT',
  'PAYMENT_REMINDER',
  'CORRESPONDENCE',
  'RENEWAL_OFFER',
] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export function isDocumentType(value: string): value is DocumentType {
  return (DOCUMENT_TYPES as readonly string[]).includes(value);
}

export const DOCUMENT_SORTS = ['byDateDesc', 'byDateAsc', 'byNumber', 'byType'] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];
export const DEFAULT_SORT: DocumentSort = 'byDateDesc';

/** A document as the shopper sees it (the proxy's JSON model). */
export interface ShopperDocument {
  id: string;
  type: DocumentType;
  title: string;
  number: string;
  fileName: string;
  orderCode?: string;
  consignmentCode?: string;
  entryNumbers?: number[];
  productCodes?: string[];
  unitId?: string;
  /** ISO 8601, UTC */
  createdAt: string;
  mimeType: string;
  size: number;
  sha256: string;
  language: string;
  read: boolean;
  deliveryStatus?: string;
  actionUrl?: string;
}

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
  deliveryStatus?: string;
  actionUrl?: string;
}

/** Filters, sorting and paging of a document list; all already validated. */
export interface DocumentQuery {
  types: DocumentType[];
  orderCode?: string;
  /** inclusive lower bound */
  from?: Date;
  /** exclusive upper bound */
  toExclusive?: Date;
  /** case-insensitive substring of number or title */
  q?: string;
  unread?: boolean;
  currentPage: number;
  pageSize: number;
  sort: DocumentSort;
}

export interface DocumentPage {
  documents: ShopperDocument[];
  totalResults: number;
  /** counts per type, honouring every filter except `types` */
  typeCounts: { code: DocumentType; count: number }[];
  /** unread documents, honouring every filter except `unread` */
  unreadCount: number;
  /** the owner's list revision this page was read at (DocumentStore.listRevision), for list caches */
  revision: string;
}

/** The identity Commerce vouched for. */
export interface Shopper {
  uid: string;
  name?: string;
}

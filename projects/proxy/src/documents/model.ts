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

export const CORRESPONDENCE_EVENTS = ['FAILED_PAYMENT', 'BACKORDER', 'SHIPMENT_DELAY', 'CANCELLATION'] as const;
export type CorrespondenceEvent = (typeof CORRESPONDENCE_EVENTS)[number];

/** What a customer-service letter is about; only on CORRESPONDENCE documents. The order is the document's orderCode. */
export interface Correspondence {
  event: CorrespondenceEvent;
  /** shopper-facing text in the document's language, e.g. "Update your payment method by 12 Dec" */
  nextStep: string;
}

export const DELIVERY_STATUSES = ['SENT', 'DELIVERED', 'BOUNCED', 'PRINTED', 'MAILED'] as const;
export type DeliveryStatusCode = (typeof DELIVERY_STATUSES)[number];
export const DELIVERY_CHANNELS = ['EMAIL', 'POST', 'ACCOUNT'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** The latest delivery event of a document (by occurredAt, over all channels). */
export interface DeliveryStatus {
  status: DeliveryStatusCode;
  channel: DeliveryChannel;
  /** ISO 8601, UTC */
  occurredAt: string;
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
  correspondence?: Correspondence;
  deliveryStatus?: DeliveryStatus;
  actionUrl?: string;
  actionLabel?: string;
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
  correspondence?: Correspondence;
  deliveryStatus?: DeliveryStatus;
  actionUrl?: string;
  actionLabel?: string;
  /** the owner has already read it (batch import from an archive that tracked read state) */
  readByOwner?: boolean;
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
}

import { DocumentArchiveLimit } from './document-bulk.model';
import { PaginationModel, SortModel } from '@spartacus/core';

/**
 * Kinds of documents Exstream produces for a shopper.
 */
export enum DocumentType {
  ORDER_CONFIRMATION = 'ORDER_CONFIRMATION',
  INVOICE = 'INVOICE',
  CREDIT_NOTE = 'CREDIT_NOTE',
  SHIPMENT_NOTICE = 'SHIPMENT_NOTICE',
  WARRANTY = 'WARRANTY',
  POLICY = 'POLICY',
  TERMS = 'TERMS',
  STATEMENT = 'STATEMENT',
  PAYMENT_REMINDER = 'PAYMENT_REMINDER',
  CORRESPONDENCE = 'CORRESPONDENCE',
  RENEWAL_OFFER = 'RENEWAL_OFFER',
}

/** All known document types, in the order the UI lists them. */
export const ALL_DOCUMENT_TYPES: DocumentType[] = Object.values(DocumentType);

/** Sort codes understood by the document service. */
export enum DocumentSortCode {
  BY_DATE_DESC = 'byDateDesc',
  BY_DATE_ASC = 'byDateAsc',
  BY_NUMBER = 'byNumber',
  BY_TYPE = 'byType',
}

/**
 * Metadata of one stored document. The bytes are fetched separately
 * (see `DocumentsFacade.getDocumentContent`).
 */
export interface ExstreamDocument {
  id: string;
  type: DocumentType | string;
  title: string;
  number: string;
  fileName?: string;
  orderCode?: string;
  consignmentCode?: string;
  entryNumbers?: number[];
  productCodes?: string[];
  unitId?: string;
  /** ISO 8601 timestamp */
  createdAt: string;
  mimeType: string;
  /** size of the content in bytes */
  size: number;
  /** hex encoded SHA-256 of the content */
  sha256?: string;
  language?: string;
  read?: boolean;
  /** the latest delivery event of the document, over all channels */
  deliveryStatus?: DocumentDeliveryStatus;
  /** call to action (renewal offers): a same-site path or an allow-listed https URL */
  actionUrl?: string;
  /** text of the call-to-action button, in the document's language */
  actionLabel?: string;
  /** only on `CORRESPONDENCE`: the commerce event it is about and what to do next */
  correspondence?: DocumentCorrespondence;
  /** amounts, due date and payment status (invoices, credit notes, reminders of B2B units) */
  billing?: DocumentBilling;
  /** other documents this one is about: a reminder names its invoices, a credit note the invoice it credits */
  references?: DocumentReference[];
  /**
   * Not sent by the proxy: set by the library on documents it read through a
   * B2B unit's endpoints (Company documents), so that preview, download and
   * "mark read" use `users/{userId}/orgUnits/{orgUnitId}/documents/...`.
   */
  orgUnitId?: string;
}

/** Where an invoice stands; `OVERDUE` is derived by the proxy from the due date. */
export type DocumentPaymentStatus =
  | 'OPEN'
  | 'PARTIALLY_PAID'
  | 'PAID'
  | 'OVERDUE'
  | 'CANCELLED';

export interface DocumentBilling {
  /** in major units of `currency` */
  amount: number;
  openAmount: number;
  /** ISO 4217 code */
  currency: string;
  /** ISO date */
  dueDate?: string;
  paymentTerms?: string;
  paymentStatus: DocumentPaymentStatus | string;
  daysOverdue?: number;
  /** 1–3 on payment reminders */
  dunningLevel?: number;
  /** where the invoice can be paid: a same-site path or an https URL */
  paymentUrl?: string;
}

export type DocumentReferenceRelation = 'REMINDS_OF' | 'CREDITS';

/** A link to another document by its number. */
export interface DocumentReference {
  relation: DocumentReferenceRelation | string;
  number: string;
}

/** Commerce events a customer-service letter can be about. */
export type CorrespondenceEvent =
  | 'FAILED_PAYMENT'
  | 'BACKORDER'
  | 'SHIPMENT_DELAY'
  | 'CANCELLATION';

export interface DocumentCorrespondence {
  event: CorrespondenceEvent | string;
  /** shopper-facing text in the document's language */
  nextStep: string;
}

export type DeliveryStatusCode =
  | 'SENT'
  | 'DELIVERED'
  | 'BOUNCED'
  | 'PRINTED'
  | 'MAILED';

export type DeliveryChannel = 'EMAIL' | 'POST' | 'ACCOUNT';

export interface DocumentDeliveryStatus {
  status: DeliveryStatusCode | string;
  channel: DeliveryChannel | string;
  /** ISO 8601 timestamp */
  occurredAt: string;
}

/**
 * Alias that follows the naming of the REST contract. Prefer
 * `ExstreamDocument` in code that also uses the DOM `Document` type.
 */
export type Document = ExstreamDocument;

export interface DocumentPagination extends PaginationModel {
  currentPage: number;
  pageSize: number;
  totalPages: number;
  totalResults: number;
  sort?: string;
}

export interface DocumentTypeFacet {
  code: DocumentType | string;
  count: number;
}

export interface DocumentFacets {
  /** counts per type; they ignore the type filter but honour all other criteria */
  types: DocumentTypeFacet[];
  /** number of unread documents matching the criteria */
  unread?: number;
}

export interface DocumentList {
  documents: ExstreamDocument[];
  pagination: DocumentPagination;
  sorts: SortModel[];
  facets: DocumentFacets;
}

export interface DocumentSearchParams {
  /** restrict to these types; empty or missing means all types */
  types?: (DocumentType | string)[];
  orderCode?: string;
  /** ISO date (inclusive) */
  from?: string;
  /** ISO date (inclusive) */
  to?: string;
  /** matches number or title */
  query?: string;
  unread?: boolean;
  /** 0-based */
  currentPage?: number;
  pageSize?: number;
  sort?: DocumentSortCode | string;
}

export type DocumentDisposition = 'attachment' | 'inline';

/** The bytes of a document together with the name to save it under. */
export interface DocumentFile {
  blob: Blob;
  fileName: string;
  mimeType: string;
}

/** A simplified, serialisable view of a failed request. */
export interface DocumentsError {
  status?: number;
  message?: string;
  /** OCC error type of the first error in the response body, e.g. `UnknownIdentifierError` */
  type?: string;
  /** what a `ValidationError` is about, e.g. the query parameter `startRange` */
  subject?: string;
  /** seconds to wait before trying again (from `Retry-After`) */
  retryAfterSeconds?: number;
  /** set when a ZIP was refused as too large (`ArchiveTooLargeError`) */
  archiveLimit?: DocumentArchiveLimit;
}

import {
  DOCUMENT_TYPES,
  type CorrespondenceEvent,
  type DeliveryChannel,
  type DeliveryStatusCode,
  type DocumentPage,
  type DocumentQuery,
  type ListSort,
  type DocumentType,
  type NewDocument,
  type ShopperDocument,
} from '../documents/model';
import { fractionDigits, utcDate, type DocumentReference, type StoredBilling, type StoredPaymentStatus } from '../documents/billing/billing';
import { billingView } from '../documents/billing/billing-view';
import { ORG_DOCUMENT_ORDER_BY } from './billing-list-filters';
import { documentSearchTerms } from './search-terms';

/**
 * A documents row joined with the reader's read state, as either database driver returns it:
 * PostgreSQL gives bigints as strings, JSON columns parsed and booleans; SQLite gives numbers,
 * JSON as text and 0/1.
 */
export interface DocumentRow {
  id: string;
  type: DocumentType;
  title: string;
  number: string;
  file_name: string;
  order_code: string | null;
  consignment_code: string | null;
  entry_numbers: number[] | string | null;
  product_codes: string[] | string | null;
  unit_id: string | null;
  created_at: number | string;
  mime_type: string;
  size: number | string;
  sha256: string;
  language: string;
  delivery_status: DeliveryStatusCode | null;
  delivery_channel: DeliveryChannel | null;
  delivery_occurred_at: number | string | null;
  correspondence_event: CorrespondenceEvent | null;
  correspondence_next_step: string | null;
  action_url: string | null;
  action_label: string | null;
  currency: string | null;
  amount_minor: number | string | null;
  open_amount_minor: number | string | null;
  due_date: string | null;
  payment_terms: string | null;
  payment_status: StoredPaymentStatus | null;
  dunning_level: number | null;
  payment_url: string | null;
  document_references: string | null;
  minor_per_unit: number | null;
  is_read: boolean | number;
}

/**
 * The columns `toShopperDocument` reads (documents aliased `d`); `is_read` is the owner's read state.
 * Every column an ORDER_BY names is here too: PostgreSQL orders the page's rows again by it.
 */
export const DOCUMENT_SELECT_COLUMNS = `d.id, d.type, d.title, d.number, d.file_name, d.order_code, d.consignment_code,
  d.entry_numbers, d.product_codes, d.unit_id, d.created_at, d.mime_type, d.size, d.sha256,
  d.language, d.delivery_status, d.delivery_channel, d.delivery_occurred_at, d.correspondence_event,
  d.correspondence_next_step, d.action_url, d.action_label, d.currency, d.amount_minor, d.open_amount_minor,
  d.due_date, d.payment_terms, d.payment_status, d.dunning_level, d.payment_url, d.document_references,
  d.minor_per_unit, d.owner_read AS is_read`;

/** Stable orderings: ties broken by number, then id, so paging never repeats or skips a row. */
export const ORDER_BY: Record<ListSort, string> = {
  ...ORG_DOCUMENT_ORDER_BY,
  byDateDesc: 'd.created_at DESC, d.number DESC, d.id ASC',
  byDateAsc: 'd.created_at ASC, d.number ASC, d.id ASC',
  byNumber: 'd.number ASC, d.created_at DESC, d.id ASC',
  byType: 'd.type ASC, d.created_at DESC, d.id ASC',
};

/** The documents table's insert columns, in the order `documentInsertValues` fills them. */
export const DOCUMENT_INSERT_COLUMNS = `id, owner_uid, type, title, title_lc, number, number_lc, file_name,
         order_code, consignment_code, entry_numbers, product_codes, unit_id, created_at, mime_type,
         size, sha256, language, channel, delivery_status, action_url, imported_at, delivery_channel,
         delivery_occurred_at, correspondence_event, correspondence_next_step, action_label, owner_read,
         search_terms, currency, amount_minor, open_amount_minor, due_date, payment_terms, payment_status,
         dunning_level, payment_url, document_references, minor_per_unit`;

export const DOCUMENT_INSERT_COLUMN_COUNT = 39;

export function documentInsertValues(id: string, doc: NewDocument, importedAt: number): unknown[] {
  return [
    id,
    doc.ownerUid,
    doc.type,
    doc.title,
    doc.title.toLowerCase(),
    doc.number,
    doc.number.toLowerCase(),
    doc.fileName,
    doc.orderCode ?? null,
    doc.consignmentCode ?? null,
    doc.entryNumbers ? JSON.stringify(doc.entryNumbers) : null,
    doc.productCodes ? JSON.stringify(doc.productCodes) : null,
    doc.unitId ?? null,
    doc.createdAt.getTime(),
    doc.mimeType,
    doc.size,
    doc.sha256,
    doc.language,
    doc.channel ?? null,
    doc.deliveryStatus?.status ?? null,
    doc.actionUrl ?? null,
    importedAt,
    doc.deliveryStatus?.channel ?? null,
    doc.deliveryStatus ? Date.parse(doc.deliveryStatus.occurredAt) : null,
    doc.correspondence?.event ?? null,
    doc.correspondence?.nextStep ?? null,
    doc.actionLabel ?? null,
    doc.readByOwner ? 1 : 0,
    documentSearchTerms(doc.ownerUid, doc.number, doc.title),
    doc.billing?.currency ?? null,
    doc.billing?.amountMinor ?? null,
    doc.billing?.openAmountMinor ?? null,
    doc.billing?.dueDate ?? null,
    doc.billing?.paymentTerms ?? null,
    doc.billing?.paymentStatus ?? null,
    doc.billing?.dunningLevel ?? null,
    doc.billing?.paymentUrl ?? null,
    doc.references && doc.references.length > 0 ? JSON.stringify(doc.references) : null,
    doc.billing ? 10 ** fractionDigits(doc.billing.currency) : null,
  ];
}

export function toShopperDocument(row: DocumentRow): ShopperDocument {
  const doc: ShopperDocument = {
    id: row.id,
    type: row.type,
    title: row.title,
    number: row.number,
    fileName: row.file_name,
    createdAt: new Date(Number(row.created_at)).toISOString(),
    mimeType: row.mime_type,
    size: Number(row.size),
    sha256: row.sha256,
    language: row.language,
    read: row.is_read === true || row.is_read === 1,
  };
  if (row.order_code !== null) doc.orderCode = row.order_code;
  if (row.consignment_code !== null) doc.consignmentCode = row.consignment_code;
  if (row.entry_numbers !== null) doc.entryNumbers = fromJsonColumn<number[]>(row.entry_numbers);
  if (row.product_codes !== null) doc.productCodes = fromJsonColumn<string[]>(row.product_codes);
  if (row.unit_id !== null) doc.unitId = row.unit_id;
  if (row.correspondence_event !== null && row.correspondence_next_step !== null) {
    doc.correspondence = { event: row.correspondence_event, nextStep: row.correspondence_next_step };
  }
  if (row.delivery_status !== null && row.delivery_channel !== null && row.delivery_occurred_at !== null) {
    doc.deliveryStatus = {
      status: row.delivery_status,
      channel: row.delivery_channel,
      occurredAt: new Date(Number(row.delivery_occurred_at)).toISOString(),
    };
  }
  if (row.action_url !== null) doc.actionUrl = row.action_url;
  if (row.action_label !== null) doc.actionLabel = row.action_label;
  const billing = storedBillingOf(row);
  if (billing) doc.billing = billingView(billing, utcDate());
  if (row.document_references !== null) doc.references = fromJsonColumn<DocumentReference[]>(row.document_references);
  return doc;
}

/** The row's billing data as stored, when it has any. */
export function storedBillingOf(row: DocumentRow): StoredBilling | undefined {
  if (row.currency === null || row.amount_minor === null || row.open_amount_minor === null || row.payment_status === null) {
    return undefined;
  }
  const billing: StoredBilling = {
    currency: row.currency,
    amountMinor: Number(row.amount_minor),
    openAmountMinor: Number(row.open_amount_minor),
    paymentStatus: row.payment_status,
  };
  if (row.due_date !== null) billing.dueDate = row.due_date;
  if (row.payment_terms !== null) billing.paymentTerms = row.payment_terms;
  if (row.dunning_level !== null) billing.dunningLevel = Number(row.dunning_level);
  if (row.payment_url !== null) billing.paymentUrl = row.payment_url;
  return billing;
}

function fromJsonColumn<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/** Per type: the owner's documents matching every filter except `types` and `unread`, and how many of those are read. */
export interface TypeCount {
  code: DocumentType;
  total: number | string;
  readCount: number | string;
}

/**
 * The total and both facets from one pass of per-type counts: the total honours every filter, the
 * type facet ignores `types`, the unread facet ignores `unread`.
 */
export function facetsFromTypeCounts(
  query: DocumentQuery,
  counts: readonly TypeCount[],
): Pick<DocumentPage, 'totalResults' | 'typeCounts' | 'unreadCount'> {
  const numbers = counts.map((c) => ({ code: c.code, total: Number(c.total), read: Number(c.readCount) }));
  const matchesUnread = (c: { total: number; read: number }) =>
    query.unread === undefined ? c.total : query.unread ? c.total - c.read : c.read;
  const typeSelected = (code: DocumentType) => query.types.length === 0 || query.types.includes(code);
  const typeOrder = (code: DocumentType) => DOCUMENT_TYPES.indexOf(code);

  const typeCounts = numbers
    .map((c) => ({ code: c.code, count: matchesUnread(c) }))
    .filter((c) => c.count > 0)
    .sort((a, b) => typeOrder(a.code) - typeOrder(b.code));
  const selected = numbers.filter((c) => typeSelected(c.code));
  return {
    totalResults: selected.reduce((sum, c) => sum + matchesUnread(c), 0),
    typeCounts,
    unreadCount: selected.reduce((sum, c) => sum + c.total - c.read, 0),
  };
}

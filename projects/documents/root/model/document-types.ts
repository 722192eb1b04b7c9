import { DocumentType } from './documents.model';

/** Where the order details page lists a document of a type. */
export type OrderDocumentGroupKind =
  | 'confirmation'
  | 'invoices'
  | 'shipment'
  | 'product'
  | 'other';

/** What the library shows for a document type (its label is `exstreamDocumentTypes.<type>`). */
export interface DocumentTypeDefinition {
  /** Font Awesome classes of its default icon (icon config symbol `EXD_<type>`) */
  iconClasses: string;
  /** its group on the order details page (`product` only with an order entry) */
  orderGroup: OrderDocumentGroupKind;
}

/**
 * Every document type the library knows, with everything the UI hangs off it.
 * A new type is one entry here plus its labels in the translations; the icon
 * configuration, the icon pipe and the order page's groups derive from it.
 */
export const DOCUMENT_TYPE_DEFINITIONS: {
  readonly [type in DocumentType]: DocumentTypeDefinition;
} = {
  [DocumentType.ORDER_CONFIRMATION]: {
    iconClasses: 'fas fa-clipboard-check',
    orderGroup: 'confirmation',
  },
  [DocumentType.INVOICE]: {
    iconClasses: 'fas fa-file-invoice-dollar',
    orderGroup: 'invoices',
  },
  [DocumentType.CREDIT_NOTE]: { iconClasses: 'fas fa-undo-alt', orderGroup: 'invoices' },
  [DocumentType.SHIPMENT_NOTICE]: { iconClasses: 'fas fa-truck', orderGroup: 'shipment' },
  [DocumentType.WARRANTY]: { iconClasses: 'fas fa-shield-alt', orderGroup: 'product' },
  [DocumentType.POLICY]: { iconClasses: 'fas fa-file-contract', orderGroup: 'product' },
  [DocumentType.TERMS]: { iconClasses: 'fas fa-balance-scale', orderGroup: 'other' },
  [DocumentType.STATEMENT]: { iconClasses: 'fas fa-file-invoice', orderGroup: 'other' },
  [DocumentType.PAYMENT_REMINDER]: { iconClasses: 'fas fa-bell', orderGroup: 'other' },
  [DocumentType.CORRESPONDENCE]: {
    iconClasses: 'fas fa-envelope-open-text',
    orderGroup: 'other',
  },
  [DocumentType.RENEWAL_OFFER]: { iconClasses: 'fas fa-sync-alt', orderGroup: 'other' },
};

/** The definition of a known type; `undefined` for a type this library version does not know. */
export function documentTypeDefinition(type: string): DocumentTypeDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(DOCUMENT_TYPE_DEFINITIONS, type)
    ? DOCUMENT_TYPE_DEFINITIONS[type as DocumentType]
    : undefined;
}

/** Icon config symbol of a document type's icon. */
export function documentTypeIconSymbol(type: string): string {
  return documentTypeDefinition(type) ? `EXD_${type}` : DEFAULT_DOCUMENT_ICON_SYMBOL;
}

/** Icon config symbol for documents of a type without its own icon. */
export const DEFAULT_DOCUMENT_ICON_SYMBOL = 'EXD_DOCUMENT';

/**
 * Every document type the proxy knows, with everything that hangs off it. A new type is one entry
 * here (plus its labels in the library); the type list, the preference categories' members and
 * what can be generated on demand all derive from this record.
 */

/** Categories a shopper sets communication preferences for, in the order the API lists them. */
export const PREFERENCE_CATEGORY_CODES = ['ORDER_UPDATES', 'BILLING', 'PRODUCT_DOCUMENTS', 'CUSTOMER_SERVICE', 'OFFERS'] as const;
export type PreferenceCategory = (typeof PREFERENCE_CATEGORY_CODES)[number];

/** What one document the proxy can ask Exstream for is made of: the whole order, one consignment, one order entry. */
export type GenerationScope = 'order' | 'consignment' | 'entry';

export interface DocumentTypeDefinition {
  /** the preference category whose channel and format govern this type */
  readonly preferenceCategory: PreferenceCategory;
  /** set when the proxy can describe this type to Exstream from an order (on-demand generation) */
  readonly generatedPer?: GenerationScope;
  /**
   * How a billing document's open amount counts in a B2B unit's balance: +1 money owed, -1 money
   * credited. Unset: it is not counted (a statement or reminder restates invoices counted already).
   */
  readonly balanceSign?: 1 | -1;
}

/** In the order the API and the UI list the types. */
export const DOCUMENT_TYPE_DEFINITIONS = {
  ORDER_CONFIRMATION: { preferenceCategory: 'ORDER_UPDATES', generatedPer: 'order' },
  INVOICE: { preferenceCategory: 'BILLING', generatedPer: 'order', balanceSign: 1 },
  CREDIT_NOTE: { preferenceCategory: 'BILLING', balanceSign: -1 },
  SHIPMENT_NOTICE: { preferenceCategory: 'ORDER_UPDATES', generatedPer: 'consignment' },
  WARRANTY: { preferenceCategory: 'PRODUCT_DOCUMENTS', generatedPer: 'entry' },
  POLICY: { preferenceCategory: 'PRODUCT_DOCUMENTS' },
  TERMS: { preferenceCategory: 'PRODUCT_DOCUMENTS' },
  STATEMENT: { preferenceCategory: 'BILLING' },
  PAYMENT_REMINDER: { preferenceCategory: 'BILLING' },
  CORRESPONDENCE: { preferenceCategory: 'CUSTOMER_SERVICE' },
  RENEWAL_OFFER: { preferenceCategory: 'OFFERS' },
} as const satisfies Record<string, DocumentTypeDefinition>;

type Definitions = typeof DOCUMENT_TYPE_DEFINITIONS;
export type DocumentType = keyof Definitions;
/** The types with a `generatedPer`. */
export type GeneratableType = { [T in DocumentType]: Definitions[T] extends { generatedPer: GenerationScope } ? T : never }[DocumentType];

export const DOCUMENT_TYPES = Object.keys(DOCUMENT_TYPE_DEFINITIONS) as DocumentType[];

export function isDocumentType(value: string): value is DocumentType {
  return Object.prototype.hasOwnProperty.call(DOCUMENT_TYPE_DEFINITIONS, value);
}

export function definitionOf(type: DocumentType): DocumentTypeDefinition {
  return DOCUMENT_TYPE_DEFINITIONS[type];
}

export const GENERATABLE_TYPES = DOCUMENT_TYPES.filter(
  (type): type is GeneratableType => definitionOf(type).generatedPer !== undefined,
);

export function isGeneratableType(value: string): value is GeneratableType {
  return isDocumentType(value) && definitionOf(value).generatedPer !== undefined;
}

/** The types a preference category governs, in the types' order. */
export function documentTypesOf(category: PreferenceCategory): DocumentType[] {
  return DOCUMENT_TYPES.filter((type) => definitionOf(type).preferenceCategory === category);
}

/** The types counted in a unit's open balance, with their sign. */
export const BALANCE_TYPES = DOCUMENT_TYPES.flatMap((type) => {
  const sign = definitionOf(type).balanceSign;
  return sign === undefined ? [] : [{ type, sign }];
});

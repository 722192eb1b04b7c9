import {
  documentTypeDefinition,
  ExstreamDocument,
  GeneratableDocument,
  OrderDocumentGroupKind,
  OrderDocuments,
} from '@exstream-spartacus/documents/root';

/** What the order documents component needs to know about the order itself. */
export interface OrderOutline {
  consignments?: { code?: string; trackingID?: string }[];
  entries?: { entryNumber?: number; product?: { code?: string; name?: string } }[];
}

export type DocumentGroupKind = OrderDocumentGroupKind;

export interface DocumentGroup {
  /** stable id, also used for element ids */
  id: string;
  kind: DocumentGroupKind;
  /** shipment groups: the consignment */
  consignmentCode?: string;
  trackingId?: string;
  /** product groups: the order entry */
  entryNumber?: number;
  productName?: string;
  documents: ExstreamDocument[];
  /** documents of this group the backend can still generate */
  requestable: GeneratableDocument[];
}

/**
 * Sorts an order's documents (and the ones that can still be requested) into
 * the groups the order details page shows, by each type's `orderGroup`: order
 * confirmation; invoices; shipment documents per consignment (in the order's
 * consignment order, with tracking id); product documents per order entry
 * (with product name); everything else. Empty groups are left out.
 */
export function groupOrderDocuments(
  orderDocuments: OrderDocuments,
  order?: OrderOutline
): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>();
  const group = (
    id: string,
    create: () => Omit<DocumentGroup, 'id' | 'documents' | 'requestable'>
  ): DocumentGroup => {
    let found = groups.get(id);
    if (!found) {
      found = { id, ...create(), documents: [], requestable: [] };
      groups.set(id, found);
    }
    return found;
  };

  // fixed order: confirmation, invoices, then the order's own consignments and entries
  group('confirmation', () => ({ kind: 'confirmation' }));
  group('invoices', () => ({ kind: 'invoices' }));
  (order?.consignments ?? []).forEach((consignment) => {
    if (consignment.code) {
      shipmentGroup(consignment.code);
    }
  });
  (order?.entries ?? []).forEach((entry) => {
    if (entry.entryNumber !== undefined) {
      productGroup(entry.entryNumber);
    }
  });

  function shipmentGroup(consignmentCode: string | undefined): DocumentGroup {
    const consignment = order?.consignments?.find(
      (candidate) => candidate.code === consignmentCode
    );
    return group(`shipment-${consignmentCode ?? 'other'}`, () => ({
      kind: 'shipment',
      consignmentCode,
      trackingId: consignment?.trackingID,
    }));
  }

  function productGroup(entryNumber: number, productCode?: string): DocumentGroup {
    const entry = order?.entries?.find(
      (candidate) => candidate.entryNumber === entryNumber
    );
    return group(`entry-${entryNumber}`, () => ({
      kind: 'product',
      entryNumber,
      productName: entry?.product?.name ?? entry?.product?.code ?? productCode,
    }));
  }

  function groupFor(
    type: string,
    consignmentCode: string | undefined,
    entryNumber: number | undefined,
    productCode?: string
  ): DocumentGroup {
    const kind = documentTypeDefinition(type)?.orderGroup;
    if (kind === 'confirmation' || kind === 'invoices') {
      return group(kind, () => ({ kind }));
    }
    if (kind === 'shipment') {
      return shipmentGroup(consignmentCode);
    }
    if (kind === 'product' && entryNumber !== undefined) {
      return productGroup(entryNumber, productCode);
    }
    return group('other', () => ({ kind: 'other' }));
  }

  [...orderDocuments.documents]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .forEach((document) =>
      groupFor(
        document.type,
        document.consignmentCode,
        document.entryNumbers?.[0],
        document.productCodes?.[0]
      ).documents.push(document)
    );
  orderDocuments.generatable.forEach((item) =>
    groupFor(item.type, item.consignmentCode, item.entryNumber).requestable.push(
      item
    )
  );

  return Array.from(groups.values()).filter(
    (candidate) => candidate.documents.length || candidate.requestable.length
  );
}

/** A key that identifies a requestable document within its order. */
export function requestKey(item: GeneratableDocument): string {
  return [item.type, item.consignmentCode ?? '', item.entryNumber ?? ''].join('|');
}

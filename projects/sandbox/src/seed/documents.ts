import { CREDIT_NOTES, findOrder, ordersOf, productOf, SHOPPERS, STATEMENT_DATE, TERMS } from '../data/demo-data';
import { Lang } from './business-pdf';
import { alreadyRead, CorrespondenceEvent, LETTERS, OFFERS, renderLetter, renderOffer } from './notices';
import { addMinutes, folderOf } from './seed-format';
import { renderCreditNote, renderInvoice, renderOrderConfirmation, renderShipmentNotice, renderWarranty } from './order-documents';
import { renderStatement, renderTerms } from './account-documents';
import type { Billing, DocumentReference } from './unit-documents';

export type DocumentType =
  | 'ORDER_CONFIRMATION'
  | 'INVOICE'
  | 'CREDIT_NOTE'
  | 'SHIPMENT_NOTICE'
  | 'WARRANTY'
  | 'TERMS'
  | 'STATEMENT'
  | 'PAYMENT_REMINDER'
  | 'CORRESPONDENCE'
  | 'RENEWAL_OFFER';

/** One entry of the batch manifest (see the contract), plus the renderer that produces its bytes. */
export interface PlannedDocument {
  file: string;
  /** a shopper's document; absent on a unit document */
  ownerUid?: string;
  /** a B2B unit's document (unit-documents.ts): shown to the unit's members */
  unitId?: string;
  type: DocumentType;
  title: string;
  number: string;
  fileName: string;
  orderCode?: string;
  consignmentCode?: string;
  entryNumbers?: number[];
  productCodes?: string[];
  language: Lang;
  createdAt: string;
  mimeType: 'application/pdf';
  channel: 'ARCHIVE';
  /** unit billing documents: amounts, due date, payment status, dunning level */
  billing?: Billing;
  /** unit billing documents: the invoice a reminder reminds of (REMINDS_OF) or a credit note credits (CREDITS) */
  references?: DocumentReference[];
  /** customer-service letters only */
  correspondence?: { event: CorrespondenceEvent; nextStep: string };
  actionUrl?: string;
  actionLabel?: string;
  /** the shopper had already opened it (the batch carries the read state) */
  read?: true;
  render: () => Promise<Buffer>;
}

// ---------------------------------------------------------------------------------------------
// The plan: which documents each demo shopper gets
// ---------------------------------------------------------------------------------------------

/** Orders whose invoice is issued in German (shipped to Germany). */
const GERMAN_INVOICES = new Set(['100052']);
/** Products expensive enough to come with a warranty certificate. */
const WARRANTY_MIN_PRICE = 500;

export function planDocuments(): PlannedDocument[] {
  const planned: PlannedDocument[] = [];
  const base = { mimeType: 'application/pdf' as const, channel: 'ARCHIVE' as const };

  for (const shopper of SHOPPERS) {
    const folder = folderOf(shopper);
    const orders = ordersOf(shopper.uid);
    if (orders.length === 0) {
      continue; // Chris: empty states, no documents at all.
    }
    for (const order of orders) {
      const allEntries = order.entries.map((e) => e.entryNumber);
      const allProducts = order.entries.map((e) => e.productCode);

      const ocNumber = `OC-2026-${order.code}`;
      const ocCreated = addMinutes(order.created, 3);
      planned.push({
        ...base,
        file: `${folder}/${ocNumber}.pdf`,
        ownerUid: shopper.uid,
        type: 'ORDER_CONFIRMATION',
        title: `Order confirmation for order ${order.code}`,
        number: ocNumber,
        fileName: `Order Confirmation ${ocNumber}.pdf`,
        orderCode: order.code,
        entryNumbers: allEntries,
        productCodes: allProducts,
        language: 'en',
        createdAt: ocCreated,
        render: () => renderOrderConfirmation(order, ocNumber, ocCreated),
      });

      const german = GERMAN_INVOICES.has(order.code);
      const invNumber = german ? `RE-2026-${order.code}` : `INV-2026-${order.code}`;
      const invCreated = addMinutes(order.consignments[0]?.shippedAt ?? order.created, 30);
      planned.push({
        ...base,
        file: `${folder}/${invNumber}.pdf`,
        ownerUid: shopper.uid,
        type: 'INVOICE',
        title: german ? `Rechnung für Bestellung ${order.code}` : `Invoice for order ${order.code}`,
        number: invNumber,
        fileName: german ? `Rechnung ${invNumber} für Bestellung ${order.code}.pdf` : `Invoice ${invNumber}.pdf`,
        orderCode: order.code,
        entryNumbers: allEntries,
        productCodes: allProducts,
        language: german ? 'de' : 'en',
        createdAt: invCreated,
        render: () => renderInvoice(order, invNumber, invCreated, german ? 'de' : 'en'),
      });

      order.consignments.forEach((consignment, index) => {
        const snNumber = `SHP-2026-${order.code}-${index + 1}`;
        const snCreated = consignment.shippedAt;
        planned.push({
          ...base,
          file: `${folder}/${snNumber}.pdf`,
          ownerUid: shopper.uid,
          type: 'SHIPMENT_NOTICE',
          title:
            order.consignments.length > 1
              ? `Shipment notice for order ${order.code} (parcel ${index + 1} of ${order.consignments.length})`
              : `Shipment notice for order ${order.code}`,
          number: snNumber,
          fileName: `Shipment Notice ${snNumber}.pdf`,
          orderCode: order.code,
          consignmentCode: consignment.code,
          entryNumbers: [...consignment.entryNumbers],
          productCodes: order.entries.filter((e) => consignment.entryNumbers.includes(e.entryNumber)).map((e) => e.productCode),
          language: 'en',
          createdAt: snCreated,
          render: () => renderShipmentNotice(order, consignment, index + 1, snNumber, snCreated),
        });
      });

      for (const entry of order.entries) {
        const product = productOf(entry);
        if (product.price < WARRANTY_MIN_PRICE || product.warrantyMonths === 0) {
          continue;
        }
        const consignment = order.consignments.find((c) => c.entryNumbers.includes(entry.entryNumber));
        const warCreated = consignment?.deliveredAt ?? consignment?.shippedAt ?? order.created;
        const warNumber = `WAR-2026-${order.code}-${entry.entryNumber + 1}`;
        planned.push({
          ...base,
          file: `${folder}/${warNumber}.pdf`,
          ownerUid: shopper.uid,
          type: 'WARRANTY',
          title: `Warranty certificate for ${product.name}`,
          number: warNumber,
          fileName: `Warranty Certificate ${warNumber}.pdf`,
          orderCode: order.code,
          ...(consignment ? { consignmentCode: consignment.code } : {}),
          entryNumbers: [entry.entryNumber],
          productCodes: [product.code],
          language: 'en',
          createdAt: warCreated,
          render: () => renderWarranty(order, entry.entryNumber, warNumber, warCreated),
        });
      }
    }

    for (const note of CREDIT_NOTES.filter((n) => n.ownerUid === shopper.uid)) {
      const order = findOrder(note.orderCode);
      planned.push({
        ...base,
        file: `${folder}/${note.number}.pdf`,
        ownerUid: shopper.uid,
        type: 'CREDIT_NOTE',
        title: `Credit note for order ${note.orderCode}`,
        number: note.number,
        fileName: `Credit Note ${note.number}.pdf`,
        orderCode: note.orderCode,
        entryNumbers: note.lines.map((l) => l.entryNumber),
        productCodes: note.lines.map((l) => order?.entries.find((e) => e.entryNumber === l.entryNumber)?.productCode ?? ''),
        language: 'en',
        createdAt: note.issuedAt,
        render: () => renderCreditNote(note),
      });
    }

    const stmNumber = `STM-2026-11-${shopper.customerNumber}`;
    planned.push({
      ...base,
      file: `${folder}/${stmNumber}.pdf`,
      ownerUid: shopper.uid,
      type: 'STATEMENT',
      title: 'Account statement January to November 2026',
      number: stmNumber,
      fileName: `Account Statement ${stmNumber}.pdf`,
      language: 'en',
      createdAt: STATEMENT_DATE,
      render: () => renderStatement(shopper, stmNumber, STATEMENT_DATE),
    });

    planned.push({
      ...base,
      file: `${folder}/${TERMS.number}.pdf`,
      ownerUid: shopper.uid,
      type: 'TERMS',
      title: `Terms and Conditions of Sale (version ${TERMS.version})`,
      number: TERMS.number,
      fileName: `Terms and Conditions ${TERMS.number}.pdf`,
      language: 'en',
      createdAt: TERMS.publishedAt,
      render: () => renderTerms(shopper, TERMS.number, TERMS.publishedAt),
    });

    for (const letter of LETTERS.filter((l) => l.ownerUid === shopper.uid)) {
      planned.push({
        ...base,
        file: `${folder}/${letter.number}.pdf`,
        ownerUid: shopper.uid,
        type: 'CORRESPONDENCE',
        title: letter.title,
        number: letter.number,
        fileName: `Letter ${letter.number}.pdf`,
        orderCode: letter.orderCode,
        entryNumbers: [...letter.entryNumbers],
        productCodes: letter.entryNumbers.map((n) => findOrder(letter.orderCode)?.entries.find((e) => e.entryNumber === n)?.productCode ?? ''),
        language: 'en',
        createdAt: letter.createdAt,
        correspondence: { event: letter.event, nextStep: letter.nextStep },
        render: () => renderLetter(letter),
      });
    }
    for (const offer of OFFERS.filter((o) => o.ownerUid === shopper.uid)) {
      planned.push({
        ...base,
        file: `${folder}/${offer.number}.pdf`,
        ownerUid: shopper.uid,
        type: 'RENEWAL_OFFER',
        title: offer.title,
        number: offer.number,
        fileName: `Offer ${offer.number}.pdf`,
        ...(offer.order
          ? {
              orderCode: offer.order.code,
              entryNumbers: [...offer.order.entryNumbers],
              productCodes: offer.order.entryNumbers.map((n) => findOrder(offer.order!.code)?.entries.find((e) => e.entryNumber === n)?.productCode ?? ''),
            }
          : {}),
        language: 'en',
        createdAt: offer.createdAt,
        actionUrl: offer.actionUrl,
        actionLabel: offer.actionLabel,
        render: () => renderOffer(offer),
      });
    }
  }
  for (const document of planned) {
    if (alreadyRead(document.file)) document.read = true;
  }
  return planned;
}

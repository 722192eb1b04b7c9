import type { BatchDocument } from './batch';
import type { FakeUser } from './fake-commerce';

export const ANNA: FakeUser = { uid: 'anna.schmidt@example.com', name: 'Anna Schmidt' };
export const BEN: FakeUser = { uid: 'ben.miller@example.com', name: 'Ben Miller' };
export const CHRIS: FakeUser = { uid: 'chris.new@example.com', name: 'Chris New' };

/** Distinctive so that a log search for them cannot match anything else. */
export const ANNA_TOKEN = 'anna-5f2c9d1e-token-Q7xZ';
export const BEN_TOKEN = 'ben-8a3e7b40-token-K2pW';
export const CHRIS_TOKEN = 'chris-0c4d2f9a-token-M9vR';
export const UNKNOWN_TOKEN = 'expired-91b7e3c2-token-T4nL';

export const TOKENS: Record<string, FakeUser> = {
  [ANNA_TOKEN]: ANNA,
  [BEN_TOKEN]: BEN,
  [CHRIS_TOKEN]: CHRIS,
};

export const SPECIAL_FILE_NAME = 'Rechnung "Müller" €.pdf';

const a = ANNA.uid;
const b = BEN.uid;

/** Anna: 8 documents over 3 orders and free-standing ones; Ben: 3. */
export const DEMO_BATCH: BatchDocument[] = [
  { file: 'anna/OC-100012.pdf', ownerUid: a, type: 'ORDER_CONFIRMATION', title: 'Order confirmation 100012', number: 'OC-100012', orderCode: '100012', createdAt: '2026-10-01T08:00:00Z' },
  { file: 'anna/INV-2026-100012.pdf', ownerUid: a, type: 'INVOICE', title: 'Invoice for order 100012', number: 'INV-2026-100012', fileName: 'Invoice INV-2026-100012.pdf', orderCode: '100012', consignmentCode: 'cons100012_0', entryNumbers: [0, 1], productCodes: ['1382080'], createdAt: '2026-10-02T09:14:00Z' },
  { file: 'anna/SN-100012.pdf', ownerUid: a, type: 'SHIPMENT_NOTICE', title: 'Your parcel is on its way', number: 'SN-100012', orderCode: '100012', createdAt: '2026-10-03T10:00:00Z' },
  { file: 'anna/WAR-1382080.pdf', ownerUid: a, type: 'WARRANTY', title: 'Warranty certificate Camera', number: 'WAR-1382080', orderCode: '100012', createdAt: '2026-10-04T00:00:00Z' },
  { file: 'anna/ST-2026-10.pdf', ownerUid: a, type: 'STATEMENT', title: 'Account statement October', number: 'ST-2026-10', createdAt: '2026-10-31T23:59:59Z' },
  { file: 'anna/INV-2026-100013.pdf', ownerUid: a, type: 'INVOICE', title: 'Invoice for order 100013', number: 'INV-2026-100013', orderCode: '100013', createdAt: '2026-11-05T12:00:00Z' },
  { file: 'anna/CN-2026-000001.pdf', ownerUid: a, type: 'CREDIT_NOTE', title: 'Credit note for order 100013', number: 'CN-2026-000001', orderCode: '100013', createdAt: '2026-11-20T12:00:00Z' },
  { file: 'anna/LET-0001.pdf', ownerUid: 'Anna.Schmidt@Example.com', type: 'CORRESPONDENCE', title: 'Rechnung "Müller" €', number: 'LET-0001', fileName: SPECIAL_FILE_NAME, createdAt: '2026-09-15T12:00:00Z', language: 'de' },
  { file: 'ben/INV-2026-200001.pdf', ownerUid: b, type: 'INVOICE', title: 'Invoice for order 200001', number: 'INV-2026-200001', orderCode: '200001', createdAt: '2026-10-10T10:00:00Z' },
  { file: 'ben/OC-200001.pdf', ownerUid: b, type: 'ORDER_CONFIRMATION', title: 'Order confirmation 200001', number: 'OC-200001', orderCode: '200001', createdAt: '2026-10-09T10:00:00Z' },
  { file: 'ben/TERMS-2026.pdf', ownerUid: b, type: 'TERMS', title: 'Terms and conditions 2026', number: 'TERMS-2026', createdAt: '2026-01-01T00:00:00Z' },
];

export const ANNA_DOCUMENT_COUNT = 8;

/** An OCC order (fields=FULL) of Anna's with two consignments and three entries; dates as OCC writes them. */
export const ANNA_ORDER = {
  code: '300001',
  created: '2026-10-01T10:00:00+0200',
  status: 'COMPLETED',
  statusDisplay: 'Completed',
  user: { uid: ANNA.uid, name: ANNA.name },
  entries: [0, 1, 2].map((n) => ({
    entryNumber: n,
    quantity: 1,
    basePrice: { value: 100 + n, formattedValue: `$${100 + n}.00`, currencyIso: 'USD' },
    totalPrice: { value: 100 + n, formattedValue: `$${100 + n}.00`, currencyIso: 'USD' },
    product: { code: `P${n}`, name: `Product ${n}`, manufacturer: 'Canon' },
  })),
  consignments: [
    { code: 'cons300001_0', status: 'SHIPPED', trackingID: 'TRK0', entries: [{ orderEntry: { entryNumber: 0 } }, { orderEntry: { entryNumber: 1 } }] },
    { code: 'cons300001_1', status: 'DELIVERED', statusDate: '2026-10-04T16:30:00+0000', trackingID: 'TRK1', entries: [{ orderEntry: { entryNumber: 2 } }] },
  ],
  subTotal: { value: 303, formattedValue: '$303.00', currencyIso: 'USD' },
  totalPriceWithTax: { value: 310, formattedValue: '$310.00', currencyIso: 'USD' },
  totalTax: { value: 20, formattedValue: '$20.00', currencyIso: 'USD' },
  deliveryCost: { value: 7, formattedValue: '$7.00', currencyIso: 'USD' },
  deliveryAddress: { firstName: 'Anna', lastName: 'Schmidt', line1: '1 Main St', town: 'Springfield', postalCode: '12345', country: { isocode: 'US', name: 'United States' } },
  deliveryMode: { code: 'standard-gross', name: 'Standard Delivery' },
  paymentInfo: { cardType: { name: 'Visa' }, cardNumber: '************1111' },
};

export const ORDERS = { [ANNA.uid]: [ANNA_ORDER] };

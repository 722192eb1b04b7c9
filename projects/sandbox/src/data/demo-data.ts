/**
 * Demo data shared by the Commerce stand-in and the seed documents: the three demo shoppers of
 * the contract, their addresses and their orders (products of the Spartacus electronics catalog,
 * prices in USD, dates in 2026). Everything is fixed, so the OCC answers and the seeded PDFs are
 * reproducible.
 *
 * The shapes follow OCC v2 (`Order`, `OrderHistory`, `Consignment`, `Address`, `Price`).
 */

export const CURRENCY_ISO = 'USD';
export const DEMO_PASSWORD = 'Demo1234!';

export interface Price {
  currencyIso: string;
  value: number;
  priceType: 'BUY';
  formattedValue: string;
}

export interface Address {
  id: string;
  titleCode?: string;
  firstName: string;
  lastName: string;
  companyName?: string;
  line1: string;
  line2?: string;
  town: string;
  postalCode: string;
  region?: { isocode: string; isocodeShort: string; name: string; countryIso: string };
  country: { isocode: string; name: string };
  phone?: string;
  email?: string;
  formattedAddress: string;
  defaultAddress?: boolean;
  shippingAddress?: boolean;
  visibleInAddressBook?: boolean;
}

export interface Product {
  code: string;
  name: string;
  manufacturer: string;
  /** Unit price in USD. */
  price: number;
  /** Months of manufacturer warranty (used by the warranty certificate). */
  warrantyMonths: number;
}

export interface DemoShopper {
  uid: string;
  password: string;
  customerId: string;
  customerNumber: string;
  titleCode: 'mr' | 'ms' | 'mrs';
  title: string;
  firstName: string;
  lastName: string;
  /** Preferred language of the shopper's profile. */
  language: 'en' | 'de';
  address?: Address;
}

export type ConsignmentStatus = 'READY' | 'SHIPPED' | 'IN_TRANSIT' | 'DELIVERY_COMPLETED';

export interface DemoEntry {
  entryNumber: number;
  productCode: string;
  quantity: number;
}

export interface DemoConsignment {
  code: string;
  status: ConsignmentStatus;
  /** When the parcel left the warehouse. */
  shippedAt: string;
  /** When it was delivered (absent while in transit). */
  deliveredAt?: string;
  carrier: { code: string; name: string };
  trackingID: string;
  entryNumbers: number[];
}

export interface DemoOrder {
  code: string;
  guid: string;
  ownerUid: string;
  created: string;
  /** OCC `status` (enum code) and `statusDisplay` (a key Spartacus translates). */
  status: 'COMPLETED' | 'PAYMENT_CAPTURED' | 'CANCELLED';
  statusDisplay: 'completed' | 'processing' | 'cancelled';
  deliveryMode: 'standard-gross' | 'premium-gross';
  /** Sales tax rate included in the gross prices (0 for a tax-free export). */
  taxRate: number;
  deliveryAddress: Address;
  paymentCard: { type: 'visa' | 'master'; typeName: string; last4: string; expiryMonth: string; expiryYear: string };
  entries: DemoEntry[];
  consignments: DemoConsignment[];
}

export interface DemoCreditNote {
  number: string;
  ownerUid: string;
  orderCode: string;
  issuedAt: string;
  reason: string;
  returnRequestCode: string;
  lines: { entryNumber: number; quantity: number }[];
}

export const PRODUCTS: Record<string, Product> = {
  '1382080': { code: '1382080', name: 'EOS450D + 18-55 IS Kit', manufacturer: 'Canon', price: 574.88, warrantyMonths: 24 },
  '1446509': { code: '1446509', name: 'Alpha 350', manufacturer: 'Sony', price: 594.56, warrantyMonths: 24 },
  '1934793': { code: '1934793', name: 'PowerShot A480', manufacturer: 'Canon', price: 99.85, warrantyMonths: 12 },
  '300938': { code: '300938', name: 'Photosmart E317 Digital Camera', manufacturer: 'HP', price: 114.12, warrantyMonths: 12 },
  '3470545': { code: '3470545', name: 'EASYSHARE M381', manufacturer: 'Kodak', price: 370.72, warrantyMonths: 12 },
  '932577': { code: '932577', name: 'Digital Camera Tripod', manufacturer: 'Sony', price: 24.47, warrantyMonths: 12 },
  '779841': { code: '779841', name: 'FUN Flash Single Use Camera, 27+12 pic', manufacturer: 'Kodak', price: 11.12, warrantyMonths: 0 },
  '280916': {
    code: '280916',
    name: 'Web Camera (100KpixelM CMOS, 640X480, USB 1.1) Black',
    manufacturer: 'Kodak',
    price: 8.2,
    warrantyMonths: 12,
  },
};

export const DELIVERY_MODES = {
  'standard-gross': { code: 'standard-gross', name: 'Standard Delivery', description: '3-5 business days', cost: 9.99 },
  'premium-gross': { code: 'premium-gross', name: 'Premium Delivery', description: '1-2 business days', cost: 16.99 },
} as const;

export const STORE = {
  name: 'Electronics Store',
  legalName: 'Electronics Store Inc.',
  addressLines: ['1200 Market Street, Suite 400', 'San Francisco, CA 94103', 'United States'],
  phone: '+1 415 555 0100',
  email: 'service@electronics-store.example',
  web: 'www.electronics-store.example',
  taxId: 'EIN 94-0000000',
};

const US = { isocode: 'US', name: 'United States' };

function usRegion(code: string, name: string) {
  return { isocode: `US-${code}`, isocodeShort: code, name, countryIso: 'US' };
}

const ANNA_ADDRESS: Address = {
  id: '8796098822167',
  titleCode: 'ms',
  firstName: 'Anna',
  lastName: 'Schmidt',
  line1: '118 Maple Avenue',
  line2: 'Apt 4B',
  town: 'New York',
  postalCode: '10027',
  region: usRegion('NY', 'New York'),
  country: US,
  phone: '+1 212 555 0147',
  email: 'anna.schmidt@example.com',
  formattedAddress: '118 Maple Avenue, Apt 4B, New York, New York, 10027',
  defaultAddress: true,
  shippingAddress: true,
  visibleInAddressBook: true,
};

const BEN_ADDRESS: Address = {
  id: '8796098854935',
  titleCode: 'mr',
  firstName: 'Ben',
  lastName: 'Miller',
  line1: '2450 Harbor Boulevard',
  town: 'Costa Mesa',
  postalCode: '92626',
  region: usRegion('CA', 'California'),
  country: US,
  phone: '+1 714 555 0193',
  email: 'ben.miller@example.com',
  formattedAddress: '2450 Harbor Boulevard, Costa Mesa, California, 92626',
  defaultAddress: true,
  shippingAddress: true,
  visibleInAddressBook: true,
};

/** Ben sent one order to his family in Munich; its invoice is issued in German. */
const BEN_MUNICH_ADDRESS: Address = {
  id: '8796098887703',
  titleCode: 'mr',
  firstName: 'Ben',
  lastName: 'Miller',
  companyName: 'c/o Familie Huber',
  line1: 'Lindenstraße 12',
  town: 'München',
  postalCode: '80331',
  country: { isocode: 'DE', name: 'Germany' },
  phone: '+49 89 5550 1234',
  formattedAddress: 'Lindenstraße 12, 80331 München, Germany',
  defaultAddress: false,
  shippingAddress: true,
  visibleInAddressBook: true,
};

export const SHOPPERS: DemoShopper[] = [
  {
    uid: 'anna.schmidt@example.com',
    password: DEMO_PASSWORD,
    customerId: '4f1c2a7e-6d0b-4c55-9a31-2b8e7d6f0a11',
    customerNumber: '40117',
    titleCode: 'ms',
    title: 'Ms.',
    firstName: 'Anna',
    lastName: 'Schmidt',
    language: 'en',
    address: ANNA_ADDRESS,
  },
  {
    uid: 'ben.miller@example.com',
    password: DEMO_PASSWORD,
    customerId: '9b3d5e80-1f2a-4e6c-8d47-5c0a9e2b7f22',
    customerNumber: '40233',
    titleCode: 'mr',
    title: 'Mr.',
    firstName: 'Ben',
    lastName: 'Miller',
    language: 'en',
    address: BEN_ADDRESS,
  },
  {
    uid: 'chris.new@example.com',
    password: DEMO_PASSWORD,
    customerId: 'c7e2a9d1-3b4f-4a86-b0c5-7d1e9f3a4b33',
    customerNumber: '40391',
    titleCode: 'mr',
    title: 'Mr.',
    firstName: 'Chris',
    lastName: 'New',
    language: 'en',
  },
];

const UPS = { code: 'UPS', name: 'UPS' };
const FEDEX = { code: 'FEDEX', name: 'FedEx' };
const DHL = { code: 'DHL', name: 'DHL Express' };

export const ORDERS: DemoOrder[] = [
  // ---- Anna Schmidt: four orders ----
  {
    code: '100012',
    guid: 'b1e0c7f4-2d3a-4f8e-9c61-0a5d7e3b1c12',
    ownerUid: 'anna.schmidt@example.com',
    created: '2026-02-14T10:22:00Z',
    status: 'COMPLETED',
    statusDisplay: 'completed',
    deliveryMode: 'standard-gross',
    taxRate: 0.08875,
    deliveryAddress: ANNA_ADDRESS,
    paymentCard: { type: 'visa', typeName: 'Visa', last4: '1111', expiryMonth: '08', expiryYear: '2028' },
    entries: [
      { entryNumber: 0, productCode: '1382080', quantity: 1 },
      { entryNumber: 1, productCode: '932577', quantity: 1 },
    ],
    consignments: [
      {
        code: 'cons100012_0',
        status: 'DELIVERY_COMPLETED',
        shippedAt: '2026-02-16T15:40:00Z',
        deliveredAt: '2026-02-19T11:05:00Z',
        carrier: UPS,
        trackingID: '1Z8E4W700312004417',
        entryNumbers: [0, 1],
      },
    ],
  },
  {
    code: '100027',
    guid: 'c4a9e2d1-7b5f-4a03-8e2c-6f1b9d4a2e27',
    ownerUid: 'anna.schmidt@example.com',
    created: '2026-05-08T16:05:00Z',
    status: 'COMPLETED',
    statusDisplay: 'completed',
    deliveryMode: 'standard-gross',
    taxRate: 0.08875,
    deliveryAddress: ANNA_ADDRESS,
    paymentCard: { type: 'visa', typeName: 'Visa', last4: '1111', expiryMonth: '08', expiryYear: '2028' },
    entries: [
      { entryNumber: 0, productCode: '1934793', quantity: 2 },
      { entryNumber: 1, productCode: '280916', quantity: 2 },
    ],
    consignments: [
      {
        code: 'cons100027_0',
        status: 'DELIVERY_COMPLETED',
        shippedAt: '2026-05-11T09:12:00Z',
        deliveredAt: '2026-05-13T14:30:00Z',
        carrier: UPS,
        trackingID: '1Z8E4W700312019935',
        entryNumbers: [0],
      },
      {
        code: 'cons100027_1',
        status: 'DELIVERY_COMPLETED',
        shippedAt: '2026-05-14T13:48:00Z',
        deliveredAt: '2026-05-18T10:02:00Z',
        carrier: FEDEX,
        trackingID: '794612380051',
        entryNumbers: [1],
      },
    ],
  },
  {
    code: '100031',
    guid: 'd82f6b3c-9e14-4c7a-a5d0-3e8c1f7b6a31',
    ownerUid: 'anna.schmidt@example.com',
    created: '2026-07-21T08:47:00Z',
    status: 'COMPLETED',
    statusDisplay: 'completed',
    deliveryMode: 'premium-gross',
    taxRate: 0.08875,
    deliveryAddress: ANNA_ADDRESS,
    paymentCard: { type: 'master', typeName: 'Mastercard', last4: '4444', expiryMonth: '11', expiryYear: '2029' },
    entries: [
      { entryNumber: 0, productCode: '1446509', quantity: 1 },
      { entryNumber: 1, productCode: '779841', quantity: 2 },
    ],
    consignments: [
      {
        code: 'cons100031_0',
        status: 'DELIVERY_COMPLETED',
        shippedAt: '2026-07-22T10:15:00Z',
        deliveredAt: '2026-07-23T16:20:00Z',
        carrier: FEDEX,
        trackingID: '794612455190',
        entryNumbers: [0, 1],
      },
    ],
  },
  {
    code: '100045',
    guid: 'e5c3a1f9-4d2b-4e6a-b7c8-9f0d2a5e4b45',
    ownerUid: 'anna.schmidt@example.com',
    created: '2026-10-02T09:14:00Z',
    status: 'PAYMENT_CAPTURED',
    statusDisplay: 'processing',
    deliveryMode: 'standard-gross',
    taxRate: 0.08875,
    deliveryAddress: ANNA_ADDRESS,
    paymentCard: { type: 'visa', typeName: 'Visa', last4: '1111', expiryMonth: '08', expiryYear: '2028' },
    entries: [
      { entryNumber: 0, productCode: '3470545', quantity: 1 },
      { entryNumber: 1, productCode: '779841', quantity: 3 },
    ],
    consignments: [
      {
        code: 'cons100045_0',
        status: 'SHIPPED',
        shippedAt: '2026-10-05T12:30:00Z',
        carrier: UPS,
        trackingID: '1Z8E4W700312077206',
        entryNumbers: [0, 1],
      },
    ],
  },
  // ---- Ben Miller: three orders ----
  {
    code: '100018',
    guid: 'f0b7d4e2-5a1c-4b9d-8e3f-1c6a8b2d5e18',
    ownerUid: 'ben.miller@example.com',
    created: '2026-03-03T14:30:00Z',
    status: 'COMPLETED',
    statusDisplay: 'completed',
    deliveryMode: 'standard-gross',
    taxRate: 0.0775,
    deliveryAddress: BEN_ADDRESS,
    paymentCard: { type: 'master', typeName: 'Mastercard', last4: '5100', expiryMonth: '03', expiryYear: '2029' },
    entries: [
      { entryNumber: 0, productCode: '1934793', quantity: 1 },
      { entryNumber: 1, productCode: '932577', quantity: 1 },
    ],
    consignments: [
      {
        code: 'cons100018_0',
        status: 'DELIVERY_COMPLETED',
        shippedAt: '2026-03-05T08:55:00Z',
        deliveredAt: '2026-03-09T13:41:00Z',
        carrier: UPS,
        trackingID: '1Z8E4W700312008861',
        entryNumbers: [0, 1],
      },
    ],
  },
  {
    code: '100036',
    guid: '1a6e9c3b-8d2f-4a5e-9b0c-4d7f2e8a1b36',
    ownerUid: 'ben.miller@example.com',
    created: '2026-08-19T11:12:00Z',
    status: 'COMPLETED',
    statusDisplay: 'completed',
    deliveryMode: 'premium-gross',
    taxRate: 0.0775,
    deliveryAddress: BEN_ADDRESS,
    paymentCard: { type: 'master', typeName: 'Mastercard', last4: '5100', expiryMonth: '03', expiryYear: '2029' },
    entries: [
      { entryNumber: 0, productCode: '1382080', quantity: 1 },
      { entryNumber: 1, productCode: '280916', quantity: 1 },
    ],
    consignments: [
      {
        code: 'cons100036_0',
        status: 'DELIVERY_COMPLETED',
        shippedAt: '2026-08-20T09:30:00Z',
        deliveredAt: '2026-08-21T15:10:00Z',
        carrier: FEDEX,
        trackingID: '794612502274',
        entryNumbers: [0],
      },
      {
        code: 'cons100036_1',
        status: 'DELIVERY_COMPLETED',
        shippedAt: '2026-08-24T10:05:00Z',
        deliveredAt: '2026-08-26T12:45:00Z',
        carrier: UPS,
        trackingID: '1Z8E4W700312061143',
        entryNumbers: [1],
      },
    ],
  },
  {
    code: '100052',
    guid: '2b8f0d4c-3e6a-4c1b-a9d5-6e0b3f9c2d52',
    ownerUid: 'ben.miller@example.com',
    created: '2026-11-06T19:40:00Z',
    status: 'PAYMENT_CAPTURED',
    statusDisplay: 'processing',
    deliveryMode: 'premium-gross',
    taxRate: 0,
    deliveryAddress: BEN_MUNICH_ADDRESS,
    paymentCard: { type: 'master', typeName: 'Mastercard', last4: '5100', expiryMonth: '03', expiryYear: '2029' },
    entries: [
      { entryNumber: 0, productCode: '300938', quantity: 1 },
      { entryNumber: 1, productCode: '779841', quantity: 2 },
    ],
    consignments: [
      {
        code: 'cons100052_0',
        status: 'IN_TRANSIT',
        shippedAt: '2026-11-09T07:50:00Z',
        carrier: DHL,
        trackingID: 'JD014600006281230945',
        entryNumbers: [0, 1],
      },
    ],
  },
];

export const CREDIT_NOTES: DemoCreditNote[] = [
  {
    number: 'CN-2026-100027',
    ownerUid: 'anna.schmidt@example.com',
    orderCode: '100027',
    issuedAt: '2026-05-29T09:30:00Z',
    reason: 'Return of one unopened item (return request R-00027-1)',
    returnRequestCode: 'R-00027-1',
    lines: [{ entryNumber: 1, quantity: 1 }],
  },
];

/** Date on which the demo account statements are issued. */
export const STATEMENT_DATE = '2026-11-20T06:00:00Z';
/** Version and publication date of the terms and conditions document. */
export const TERMS = { number: 'TC-2026-01', version: '2026-01', publishedAt: '2026-01-15T08:00:00Z' };

// ---------------------------------------------------------------------------------------------
// Helpers: money, prices, order totals
// ---------------------------------------------------------------------------------------------

/** Rounds to cents, avoiding binary floating point surprises (1.005 -> 1.01). */
export function roundMoney(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

const USD_EN = new Intl.NumberFormat('en-US', { style: 'currency', currency: CURRENCY_ISO });
const USD_DE = new Intl.NumberFormat('de-DE', { style: 'currency', currency: CURRENCY_ISO });

export function formatMoney(value: number, language: 'en' | 'de' = 'en'): string {
  return (language === 'de' ? USD_DE : USD_EN).format(roundMoney(value));
}

export function price(value: number): Price {
  const rounded = roundMoney(value);
  return { currencyIso: CURRENCY_ISO, value: rounded, priceType: 'BUY', formattedValue: formatMoney(rounded) };
}

export function findShopper(uid: string): DemoShopper | undefined {
  const wanted = uid.toLowerCase();
  return SHOPPERS.find((s) => s.uid === wanted);
}

export function productOf(entry: DemoEntry): Product {
  const product = PRODUCTS[entry.productCode];
  if (!product) {
    throw new Error(`Unknown product ${entry.productCode}`);
  }
  return product;
}

export function ordersOf(uid: string): DemoOrder[] {
  return ORDERS.filter((o) => o.ownerUid === uid);
}

export function findOrder(codeOrGuid: string): DemoOrder | undefined {
  return ORDERS.find((o) => o.code === codeOrGuid || o.guid === codeOrGuid);
}

export interface OrderTotals {
  subTotal: number;
  deliveryCost: number;
  total: number;
  /** Sales tax included in the gross total. */
  tax: number;
  totalItems: number;
  totalUnitCount: number;
}

export function entryTotal(entry: DemoEntry): number {
  return roundMoney(productOf(entry).price * entry.quantity);
}

export function orderTotals(order: DemoOrder): OrderTotals {
  const subTotal = roundMoney(order.entries.reduce((sum, e) => sum + entryTotal(e), 0));
  const deliveryCost = DELIVERY_MODES[order.deliveryMode].cost;
  const total = roundMoney(subTotal + deliveryCost);
  const tax = roundMoney(total - total / (1 + order.taxRate));
  return {
    subTotal,
    deliveryCost,
    total,
    tax,
    totalItems: order.entries.length,
    totalUnitCount: order.entries.reduce((sum, e) => sum + e.quantity, 0),
  };
}

export function creditNoteTotal(note: DemoCreditNote): number {
  const order = findOrder(note.orderCode);
  if (!order) {
    throw new Error(`Credit note ${note.number} refers to unknown order ${note.orderCode}`);
  }
  return roundMoney(
    note.lines.reduce((sum, line) => {
      const entry = order.entries.find((e) => e.entryNumber === line.entryNumber);
      if (!entry) {
        throw new Error(`Credit note ${note.number} refers to unknown entry ${line.entryNumber}`);
      }
      return sum + productOf(entry).price * line.quantity;
    }, 0),
  );
}

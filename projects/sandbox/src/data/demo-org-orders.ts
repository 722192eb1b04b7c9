import type { Address, DemoOrder } from './demo-data';
import { findUnit } from './demo-org';

/**
 * Orders of the B2B buyers on powertools-spa (products of the existing catalog, USD), paid on
 * account against a cost center with a purchase order number, as b2bcommercewebservices records them.
 */

export interface B2BOrderTerms {
  purchaseOrderNumber: string;
  costCenter: { code: string; name: string };
}

function unitAddress(id: string, unitUid: string, firstName: string, lastName: string): Address {
  const unit = findUnit(unitUid);
  if (!unit) throw new Error(`unknown unit ${unitUid}`);
  const [companyName, line1, townLine] = unit.addressLines;
  const [, town, state, postalCode] = /^(.+), ([A-Z]{2}) (\d{5})$/.exec(townLine) ?? [];
  return {
    id,
    firstName,
    lastName,
    companyName,
    line1,
    town,
    postalCode,
    region: { isocode: `US-${state}`, isocodeShort: state, name: state, countryIso: 'US' },
    country: { isocode: 'US', name: 'United States' },
    formattedAddress: `${line1}, ${town}, ${state}, ${postalCode}`,
    shippingAddress: true,
    visibleInAddressBook: true,
  };
}

const ACCOUNT = { type: 'visa' as const, typeName: 'Account payment', last4: '0000', expiryMonth: '12', expiryYear: '2099' };

function order(
  code: string,
  ownerUid: string,
  created: string,
  address: Address,
  entries: [string, number][],
  delivered: boolean,
): DemoOrder {
  const shippedAt = new Date(Date.parse(created) + 2 * 24 * 3600 * 1000).toISOString().replace('.000Z', 'Z');
  const deliveredAt = new Date(Date.parse(created) + 5 * 24 * 3600 * 1000).toISOString().replace('.000Z', 'Z');
  return {
    code,
    guid: `b2b00000-0000-4000-8000-000000${code}`,
    ownerUid,
    created,
    status: delivered ? 'COMPLETED' : 'PAYMENT_CAPTURED',
    statusDisplay: delivered ? 'completed' : 'processing',
    deliveryMode: 'standard-gross',
    taxRate: 0,
    deliveryAddress: address,
    paymentCard: ACCOUNT,
    entries: entries.map(([productCode, quantity], entryNumber) => ({ entryNumber, productCode, quantity })),
    consignments: [
      {
        code: `cons${code}_0`,
        status: delivered ? 'DELIVERY_COMPLETED' : 'SHIPPED',
        shippedAt,
        ...(delivered ? { deliveredAt } : {}),
        carrier: { code: 'UPS', name: 'UPS' },
        trackingID: `1Z8E4W7009${code}`,
        entryNumbers: entries.map((_, i) => i),
      },
    ],
  };
}

const WILLIAM = 'william.hunter@rustic-hw.com';
const GI = 'gi.sun@rustic-hw.com';
const CARLA = 'carla.torres@pronto-hw.com';

export const B2B_ORDERS: DemoOrder[] = [
  order('300105', WILLIAM, '2026-09-14T13:20:00Z', unitAddress('8796099100001', 'Custom Retail', 'William', 'Hunter'), [['1934793', 12], ['932577', 24]], true),
  order('300122', WILLIAM, '2026-11-03T09:45:00Z', unitAddress('8796099100001', 'Custom Retail', 'William', 'Hunter'), [['3470545', 6]], false),
  order('300117', GI, '2026-10-08T15:05:00Z', unitAddress('8796099100002', 'Rustic Services', 'Gi', 'Sun'), [['1382080', 4], ['280916', 30]], true),
  order('400031', CARLA, '2026-10-21T10:30:00Z', unitAddress('8796099100003', 'Pronto Goods', 'Carla', 'Torres'), [['300938', 10], ['779841', 60]], true),
];

export const B2B_ORDER_TERMS: Record<string, B2BOrderTerms> = {
  '300105': { purchaseOrderNumber: 'PO-CR-2026-0914', costCenter: { code: 'Custom_Retail', name: 'Custom Retail' } },
  '300122': { purchaseOrderNumber: 'PO-CR-2026-1103', costCenter: { code: 'Custom_Retail', name: 'Custom Retail' } },
  '300117': { purchaseOrderNumber: 'PO-RS-2026-1008', costCenter: { code: 'Rustic_Services', name: 'Rustic Services' } },
  '400031': { purchaseOrderNumber: 'PO-PG-2026-1021', costCenter: { code: 'Pronto_Goods', name: 'Pronto Goods' } },
};

export function findB2BOrder(codeOrGuid: string): DemoOrder | undefined {
  return B2B_ORDERS.find((o) => o.code === codeOrGuid || o.guid === codeOrGuid);
}

export function b2bOrdersOf(uid: string): DemoOrder[] {
  return B2B_ORDERS.filter((o) => o.ownerUid === uid);
}

import {
  Address,
  DELIVERY_MODES,
  DemoConsignment,
  DemoEntry,
  DemoOrder,
  DemoShopper,
  entryTotal,
  findShopper,
  orderTotals,
  price,
  productOf,
} from '../data/demo-data';
import type { DemoAgent } from '../data/demo-agents';
import { occProductImages } from './product-media';

/** OCC `User` of an agent's own token (an employee: a uid and a name, no customer fields). */
export function occAgent(agent: DemoAgent): Record<string, unknown> {
  return { type: 'userWsDTO', uid: agent.uid, name: agent.name, displayUid: agent.uid };
}

/** OCC `User` as `GET users/current` answers it. */
export function occUser(shopper: DemoShopper): Record<string, unknown> {
  return {
    type: 'customerWsDTO',
    uid: shopper.uid,
    name: `${shopper.firstName} ${shopper.lastName}`,
    firstName: shopper.firstName,
    lastName: shopper.lastName,
    titleCode: shopper.titleCode,
    title: shopper.title,
    displayUid: shopper.uid,
    customerId: shopper.customerId,
    currency: { isocode: 'USD', name: 'US Dollar', symbol: '$', active: true },
    language: { isocode: 'en', name: 'English', nativeName: 'English', active: true },
    ...(shopper.address ? { defaultAddress: shopper.address } : {}),
  };
}

function occProduct(entry: DemoEntry): Record<string, unknown> {
  const product = productOf(entry);
  const slug = product.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    code: product.code,
    name: product.name,
    manufacturer: product.manufacturer,
    url: `/product/${product.code}/${slug}`,
    purchasable: true,
    stock: { stockLevelStatus: 'inStock' },
    price: price(product.price),
    images: occProductImages(product),
    availableForPickup: false,
  };
}

export function occEntry(entry: DemoEntry): Record<string, unknown> {
  const product = productOf(entry);
  return {
    entryNumber: entry.entryNumber,
    quantity: entry.quantity,
    basePrice: price(product.price),
    totalPrice: price(entryTotal(entry)),
    product: occProduct(entry),
    updateable: false,
    returnableQuantity: entry.quantity,
    cancellableQuantity: 0,
  };
}

function occConsignment(order: DemoOrder, consignment: DemoConsignment): Record<string, unknown> {
  return {
    code: consignment.code,
    status: consignment.status,
    statusDisplay: consignment.status.toLowerCase().replace(/_/g, ' '),
    statusDate: occDate(consignment.deliveredAt ?? consignment.shippedAt),
    trackingID: consignment.trackingID,
    shippingAddress: order.deliveryAddress,
    entries: consignment.entryNumbers.map((n) => {
      const entry = order.entries.find((e) => e.entryNumber === n);
      if (!entry) {
        throw new Error(`Consignment ${consignment.code} refers to unknown entry ${n}`);
      }
      return { orderEntry: occEntry(entry), quantity: entry.quantity, shippedQuantity: entry.quantity };
    }),
  };
}

function occPaymentInfo(order: DemoOrder, holder: string, billingAddress: Address): Record<string, unknown> {
  const card = order.paymentCard;
  return {
    id: `pay-${order.code}`,
    accountHolderName: holder,
    cardNumber: `************${card.last4}`,
    cardType: { code: card.type, name: card.typeName },
    expiryMonth: card.expiryMonth,
    expiryYear: card.expiryYear,
    billingAddress,
    defaultPayment: true,
    saved: true,
  };
}

/**
 * A date as SAP Commerce's OCC writes it: `2021-02-23T21:08:21+0000` (UTC, no milliseconds, no
 * colon in the offset); undefined stays undefined.
 */
export function occDate<T extends string | undefined>(iso: T): T {
  if (iso === undefined) return iso;
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, '+0000') as T;
}

/** OCC `OrderHistory` (an element of `GET users/current/orders`). */
export function occOrderHistory(order: DemoOrder): Record<string, unknown> {
  return {
    code: order.code,
    guid: order.guid,
    placed: occDate(order.created),
    status: order.status,
    statusDisplay: order.statusDisplay,
    total: price(orderTotals(order).total),
  };
}

/** OCC `Order` with `fields=FULL`. */
export function occOrder(order: DemoOrder): Record<string, unknown> {
  const totals = orderTotals(order);
  const owner = findShopper(order.ownerUid);
  const ownerName = owner ? `${owner.firstName} ${owner.lastName}` : order.ownerUid;
  const mode = DELIVERY_MODES[order.deliveryMode];
  const consignedEntries = new Set(order.consignments.flatMap((c) => c.entryNumbers));
  return {
    type: 'orderWsDTO',
    code: order.code,
    guid: order.guid,
    created: occDate(order.created),
    status: order.status,
    statusDisplay: order.statusDisplay,
    site: 'electronics-spa',
    store: 'electronics',
    net: false,
    calculated: true,
    guestCustomer: false,
    cancellable: false,
    returnable: order.status === 'COMPLETED',
    user: { uid: order.ownerUid, name: ownerName },
    entries: order.entries.map(occEntry),
    totalItems: totals.totalItems,
    totalUnitCount: totals.totalUnitCount,
    deliveryItemsQuantity: totals.totalUnitCount,
    pickupItemsQuantity: 0,
    subTotal: price(totals.subTotal),
    deliveryCost: price(totals.deliveryCost),
    totalPrice: price(totals.total),
    totalPriceWithTax: price(totals.total),
    totalTax: price(totals.tax),
    totalDiscounts: price(0),
    productDiscounts: price(0),
    orderDiscounts: price(0),
    appliedOrderPromotions: [],
    appliedProductPromotions: [],
    appliedVouchers: [],
    deliveryAddress: order.deliveryAddress,
    deliveryMode: {
      code: mode.code,
      name: mode.name,
      description: mode.description,
      deliveryCost: price(mode.cost),
    },
    paymentInfo: occPaymentInfo(order, ownerName, owner?.address ?? order.deliveryAddress),
    consignments: order.consignments.map((c) => occConsignment(order, c)),
    unconsignedEntries: order.entries.filter((e) => !consignedEntries.has(e.entryNumber)).map(occEntry),
    deliveryOrderGroups: [
      { entries: order.entries.map(occEntry), totalPriceWithTax: price(totals.subTotal) },
    ],
    pickupOrderGroups: [],
  };
}

/** OCC `ConsignmentTracking` for `users/current/orders/{code}/consignments/{cons}/tracking`. */
export function occConsignmentTracking(consignment: DemoConsignment): Record<string, unknown> {
  const events = [
    { eventDate: occDate(consignment.shippedAt), detail: 'Shipment picked up', location: 'San Francisco, CA', referenceCode: 'PU' },
  ];
  if (consignment.deliveredAt) {
    events.push({ eventDate: occDate(consignment.deliveredAt), detail: 'Delivered', location: 'Destination', referenceCode: 'DL' });
  } else {
    events.push({ eventDate: occDate(consignment.shippedAt), detail: 'In transit', location: 'Carrier facility', referenceCode: 'IT' });
  }
  return {
    statusDisplay: consignment.status,
    carrierDetails: { code: consignment.carrier.code, name: consignment.carrier.name },
    trackingID: consignment.trackingID,
    trackingUrl: `https://tracking.example/${consignment.carrier.code.toLowerCase()}/${consignment.trackingID}`,
    trackingEvents: events,
  };
}

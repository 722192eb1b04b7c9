import type { Shopper } from '../model';
import { normaliseOccDate } from './occ-date';
import type { OccAddress, OccOrder, OccOrderEntry, OccPrice } from './occ-order';
import type { GenerationTarget } from './targets';

/** How a generated document is named and titled, and the driver data Exstream renders it from. */
export interface GenerationPlan {
  number: string;
  title: string;
  fileName: string;
  language: string;
  entryNumbers: number[];
  productCodes: string[];
  driverData: DriverData;
}

export interface Money {
  value: number | null;
  formatted: string | null;
  currency: string | null;
}

export interface DriverLine {
  entryNumber: number;
  quantity: number;
  productCode: string;
  productName: string;
  manufacturer: string | null;
  unitPrice: Money;
  total: Money;
}

/**
 * The JSON body sent to Exstream; versioned so that communications can evolve with it. Its published
 * form is docs/driver-data/ (JSON Schema and the sample driver file a designer loads); dates are
 * RFC 3339 in UTC.
 */
export interface DriverData {
  schemaVersion: 1;
  document: { type: string; number: string; title: string; language: string; issuedAt: string };
  customer: { uid: string; name: string | null };
  order: {
    code: string;
    placed: string | null;
    status: string | null;
    deliveryAddress: { name: string | null; lines: string[] } | null;
    deliveryMode: string | null;
    payment: string | null;
    subTotal: Money;
    deliveryCost: Money;
    total: Money;
    tax: Money;
  };
  lines: DriverLine[];
  consignment?: { code: string; status: string | null; trackingId: string | null; statusDate: string | null };
}

const TITLES: Record<GenerationTarget['type'], string> = {
  ORDER_CONFIRMATION: 'Order confirmation',
  INVOICE: 'Invoice',
  SHIPMENT_NOTICE: 'Shipment notice',
  WARRANTY: 'Warranty certificate',
};

/** Maps the Commerce order to what Exstream needs for one target (the target was checked before). */
export function planGeneration(order: OccOrder, shopper: Shopper, target: GenerationTarget, issuedAt: Date): GenerationPlan {
  const entries = order.entries ?? [];
  let lines: OccOrderEntry[] = entries;
  let number: string;
  let title: string;
  let consignment: DriverData['consignment'];

  switch (target.type) {
    case 'ORDER_CONFIRMATION':
      number = `OC-${order.code}`;
      title = `Order confirmation for order ${order.code}`;
      break;
    case 'INVOICE':
      number = `INV-${order.code}`;
      title = `Invoice for order ${order.code}`;
      break;
    case 'SHIPMENT_NOTICE': {
      const found = (order.consignments ?? []).find((c) => c.code === target.consignmentCode)!;
      const numbers = new Set((found.entries ?? []).map((e) => e.orderEntry?.entryNumber));
      lines = entries.filter((e) => numbers.has(e.entryNumber));
      number = `SHP-${order.code}-${found.code}`;
      title = `Shipment notice for order ${order.code} (${found.code})`;
      consignment = {
        code: found.code,
        status: found.status ?? null,
        trackingId: found.trackingID ?? null,
        statusDate: normaliseOccDate(found.statusDate),
      };
      break;
    }
    case 'WARRANTY': {
      const entry = entries.find((e) => e.entryNumber === target.entryNumber)!;
      lines = [entry];
      number = `WAR-${order.code}-${entry.entryNumber + 1}`;
      title = `Warranty certificate for ${entry.product?.name ?? entry.product?.code ?? `entry ${entry.entryNumber + 1}`}`;
      break;
    }
  }

  const language = 'en';
  const driverData: DriverData = {
    schemaVersion: 1,
    document: { type: target.type, number, title, language, issuedAt: issuedAt.toISOString() },
    customer: { uid: shopper.uid, name: shopper.name ?? order.user?.name ?? null },
    order: {
      code: order.code,
      placed: normaliseOccDate(order.created),
      status: order.statusDisplay ?? order.status ?? null,
      deliveryAddress: order.deliveryAddress ? addressOf(order.deliveryAddress) : null,
      deliveryMode: order.deliveryMode?.name ?? order.deliveryMode?.code ?? null,
      payment: paymentOf(order),
      subTotal: money(order.subTotal),
      deliveryCost: money(order.deliveryCost),
      total: money(order.totalPriceWithTax ?? order.totalPrice),
      tax: money(order.totalTax),
    },
    lines: lines.map(lineOf),
  };
  if (consignment) driverData.consignment = consignment;

  return {
    number,
    title,
    fileName: `${TITLES[target.type]} ${number}.pdf`,
    language,
    entryNumbers: lines.map((l) => l.entryNumber),
    productCodes: lines.map((l) => l.product?.code).filter((c): c is string => typeof c === 'string' && c !== ''),
    driverData,
  };
}

function lineOf(entry: OccOrderEntry): DriverLine {
  return {
    entryNumber: entry.entryNumber,
    quantity: entry.quantity ?? 1,
    productCode: entry.product?.code ?? '',
    productName: entry.product?.name ?? entry.product?.code ?? '',
    manufacturer: entry.product?.manufacturer ?? null,
    unitPrice: money(entry.basePrice),
    total: money(entry.totalPrice),
  };
}

function money(price: OccPrice | undefined): Money {
  return {
    value: typeof price?.value === 'number' ? price.value : null,
    formatted: price?.formattedValue ?? null,
    currency: price?.currencyIso ?? null,
  };
}

function addressOf(address: OccAddress): { name: string | null; lines: string[] } {
  const name = [address.firstName, address.lastName].filter(Boolean).join(' ') || null;
  const lines = [
    address.companyName,
    address.line1,
    address.line2,
    [address.postalCode, address.town].filter(Boolean).join(' '),
    address.region?.name,
    address.country?.name ?? address.country?.isocode,
  ].filter((l): l is string => typeof l === 'string' && l.trim() !== '');
  return { name, lines: lines.length > 0 ? lines : address.formattedAddress ? [address.formattedAddress] : [] };
}

function paymentOf(order: OccOrder): string | null {
  const card = order.paymentInfo;
  if (!card) return null;
  const last4 = card.cardNumber?.replace(/[^0-9]/g, '').slice(-4);
  return [card.cardType?.name, last4 ? `ending in ${last4}` : undefined].filter(Boolean).join(' ') || null;
}

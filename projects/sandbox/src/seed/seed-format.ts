import {
  Address,
  DELIVERY_MODES,
  DemoOrder,
  DemoShopper,
  entryTotal,
  formatMoney,
  orderTotals,
  productOf,
  SHOPPERS,
  STORE,
} from '../data/demo-data';
import { BusinessPdf, Column, Lang } from './business-pdf';
import type { DocumentType } from './documents';

// Dates, names, addresses and table rows shared by the seed documents' renderers and plan.

export const DATE_EN = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
export const DATE_DE = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });

export const SHORT_DATE = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });

export function formatDate(iso: string, lang: Lang = 'en'): string {
  return (lang === 'de' ? DATE_DE : DATE_EN).format(new Date(iso));
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60_000).toISOString().replace('.000Z', 'Z');
}

export function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().replace('.000Z', 'Z');
}

export function folderOf(shopper: DemoShopper): string {
  return shopper.firstName.toLowerCase();
}

export function fullName(shopper: DemoShopper): string {
  return `${shopper.firstName} ${shopper.lastName}`;
}

export function addressLines(address: Address, name?: string): string[] {
  const lines = [name ?? `${address.firstName} ${address.lastName}`];
  if (address.companyName) {
    lines.push(address.companyName);
  }
  lines.push(address.line1);
  if (address.line2) {
    lines.push(address.line2);
  }
  if (address.country.isocode === 'US') {
    lines.push(`${address.town}, ${address.region?.isocodeShort ?? ''} ${address.postalCode}`.replace(/ {2}/g, ' '));
    lines.push('United States');
  } else {
    lines.push(`${address.postalCode} ${address.town}`);
    lines.push(address.country.isocode === 'DE' ? 'Deutschland' : address.country.name);
  }
  return lines;
}

export function shopperAddress(shopper: DemoShopper): Address {
  if (!shopper.address) {
    throw new Error(`${shopper.uid} has no address`);
  }
  return shopper.address;
}

export function percent(rate: number, lang: Lang): string {
  const value = (rate * 100).toFixed(3).replace(/\.?0+$/, '');
  return lang === 'de' ? `${value.replace('.', ',')} %` : `${value}%`;
}

export function pdf(title: string, number: string, type: DocumentType, createdAt: string, lang: Lang, runningTitle: string): BusinessPdf {
  return new BusinessPdf({
    title,
    subject: `${type} ${number}`,
    keywords: `${type}, ${number}, ${STORE.name}`,
    createdAt: new Date(createdAt),
    lang,
    runningTitle,
  });
}

export const ITEM_COLUMNS_EN: Column[] = [
  { header: 'Pos.', width: 34, align: 'right' },
  { header: 'Item no.', width: 64 },
  { header: 'Description', width: 190 },
  { header: 'Qty', width: 40, align: 'right' },
  { header: 'Unit price', width: 86, align: 'right' },
  { header: 'Amount', width: 86, align: 'right' },
];

export const ITEM_COLUMNS_DE: Column[] = [
  { header: 'Pos.', width: 34, align: 'right' },
  { header: 'Artikel-Nr.', width: 64 },
  { header: 'Bezeichnung', width: 190 },
  { header: 'Menge', width: 40, align: 'right' },
  { header: 'Einzelpreis', width: 86, align: 'right' },
  { header: 'Betrag', width: 86, align: 'right' },
];

export function itemRows(order: DemoOrder, lang: Lang, entryNumbers?: number[]): string[][] {
  return order.entries
    .filter((e) => !entryNumbers || entryNumbers.includes(e.entryNumber))
    .map((e) => {
      const product = productOf(e);
      return [
        String(e.entryNumber + 1),
        product.code,
        `${product.name}\n${product.manufacturer}`,
        String(e.quantity),
        formatMoney(product.price, lang),
        formatMoney(entryTotal(e), lang),
      ];
    });
}

export function orderTotalRows(order: DemoOrder, lang: Lang) {
  const totals = orderTotals(order);
  const mode = DELIVERY_MODES[order.deliveryMode];
  if (lang === 'de') {
    return [
      { label: 'Zwischensumme', value: formatMoney(totals.subTotal, 'de') },
      { label: `Versand (${mode.code === 'premium-gross' ? 'Expressversand' : 'Standardversand'})`, value: formatMoney(totals.deliveryCost, 'de') },
      { label: 'Gesamtbetrag', value: formatMoney(totals.total, 'de'), strong: true },
      {
        label: order.taxRate === 0 ? 'Steuerfreie Ausfuhrlieferung (0 % USt.)' : `enthaltene Steuer (${percent(order.taxRate, 'de')})`,
        value: formatMoney(totals.tax, 'de'),
        note: true,
      },
    ];
  }
  return [
    { label: 'Subtotal', value: formatMoney(totals.subTotal) },
    { label: `Delivery (${mode.name})`, value: formatMoney(totals.deliveryCost) },
    { label: 'Total', value: formatMoney(totals.total), strong: true },
    {
      label: order.taxRate === 0 ? 'Tax-free export delivery' : `Includes sales tax (${percent(order.taxRate, 'en')})`,
      value: formatMoney(totals.tax),
      note: true,
    },
  ];
}

export function cardText(order: DemoOrder): string {
  return `${order.paymentCard.typeName} ending in ${order.paymentCard.last4}`;
}

export function shopperOf(order: DemoOrder): DemoShopper {
  const shopper = SHOPPERS.find((s) => s.uid === order.ownerUid);
  if (!shopper) {
    throw new Error(`Order ${order.code} has an unknown owner`);
  }
  return shopper;
}

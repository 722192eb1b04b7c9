import { DemoOrder, DemoShopper, findOrder, formatMoney, orderTotals, productOf, SHOPPERS, STORE } from '../data/demo-data';
import { BusinessPdf } from './business-pdf';

/**
 * Demo notices: customer-service letters Exstream wrote after commerce events, renewal
 * offers with a call to action, and the delivery events the stack reports for some documents.
 */

export type CorrespondenceEvent = 'FAILED_PAYMENT' | 'BACKORDER' | 'SHIPMENT_DELAY' | 'CANCELLATION';

export interface PlannedLetter {
  ownerUid: string;
  orderCode: string;
  event: CorrespondenceEvent;
  number: string;
  title: string;
  createdAt: string;
  nextStep: string;
  /** the order entries the event is about */
  entryNumbers: number[];
  /** the letter's body paragraphs (the event, what it means) */
  body: string[];
}

export interface PlannedOffer {
  ownerUid: string;
  number: string;
  title: string;
  createdAt: string;
  actionUrl: string;
  actionLabel: string;
  order?: { code: string; entryNumbers: number[] };
  body: string[];
}

/** One delivery event the stack posts (signed) to the proxy after ingest; `file` names the document. */
export interface PlannedDeliveryEvent {
  eventId: string;
  file: string;
  channel: 'EMAIL' | 'POST' | 'ACCOUNT';
  status: 'SENT' | 'DELIVERED' | 'BOUNCED' | 'PRINTED' | 'MAILED';
  occurredAt: string;
  detail?: string;
}

const ANNA = 'anna.schmidt@example.com';
const BEN = 'ben.miller@example.com';

export const LETTERS: PlannedLetter[] = [
  {
    ownerUid: ANNA,
    orderCode: '100045',
    event: 'FAILED_PAYMENT',
    number: 'LET-2026-100045-1',
    title: 'Payment for order 100045 failed',
    createdAt: '2026-11-21T08:15:00Z',
    nextStep: 'Update your payment method by December 5, 2026 so that we can ship the rest of your order.',
    entryNumbers: [0, 1],
    body: [
      'we could not collect the final payment for your order 100045: your card issuer declined the charge.',
      'Your order is reserved for you until December 5, 2026. After that date we have to cancel the items that have not shipped yet.',
    ],
  },
  {
    ownerUid: BEN,
    orderCode: '100052',
    event: 'BACKORDER',
    number: 'LET-2026-100052-1',
    title: 'An item of order 100052 is on backorder',
    createdAt: '2026-11-07T09:00:00Z',
    nextStep: 'No action needed: we ship the item as soon as it is back in stock, expected by November 20, 2026.',
    entryNumbers: [1],
    body: [
      'one item of your order 100052 is temporarily out of stock at our warehouse: FUN Flash Single Use Camera, 27+12 pic (2 pieces).',
      'We ship the other items now and the backordered item in a second parcel at no extra delivery charge.',
    ],
  },
  {
    ownerUid: BEN,
    orderCode: '100052',
    event: 'SHIPMENT_DELAY',
    number: 'LET-2026-100052-2',
    title: 'Your parcel for order 100052 is delayed',
    createdAt: '2026-11-12T14:30:00Z',
    nextStep: 'Track the parcel in My Account > Order History; if it has not arrived by November 19, 2026, reply to this letter.',
    entryNumbers: [0, 1],
    body: [
      'your parcel with tracking number JD014600006281230945 is held up in customs clearance at DHL Express.',
      'We expect it to be delivered within 5 business days. You do not need to do anything to release it.',
    ],
  },
  {
    ownerUid: BEN,
    orderCode: '100052',
    event: 'CANCELLATION',
    number: 'LET-2026-100052-3',
    title: 'An item of order 100052 was cancelled',
    createdAt: '2026-11-15T10:00:00Z',
    nextStep: 'Nothing to do: the refund for the cancelled item reaches your card within 3 to 5 business days.',
    entryNumbers: [1],
    body: [
      'the backordered FUN Flash Single Use Camera, 27+12 pic (2 pieces) of your order 100052 could not be restocked in time, so we cancelled it.',
      'We refund the item to your Mastercard ending in 5100. The other items of the order are not affected.',
    ],
  },
];

export const OFFERS: PlannedOffer[] = [
  {
    ownerUid: ANNA,
    number: 'OFF-2026-ANNA-CARE',
    title: 'Upgrade your service plan to Care Plus',
    createdAt: '2026-11-18T07:00:00Z',
    actionUrl: '/my-account/orders',
    actionLabel: 'Upgrade my plan',
    body: [
      'your Electronics Store Care plan covers the Sony Alpha 350 you bought in May. Care Plus adds accidental damage cover and ' +
        'next-day replacement for $4.99 a month.',
      'Choose the order whose products you want to cover; the upgrade starts on the first day of the next month.',
    ],
  },
  {
    ownerUid: BEN,
    number: 'OFF-2026-BEN-REFILL',
    title: 'Your single-use cameras are back in stock',
    createdAt: '2026-11-19T07:00:00Z',
    actionUrl: '/my-account/order/100052',
    actionLabel: 'Reorder now',
    order: { code: '100052', entryNumbers: [1] },
    body: [
      'the FUN Flash Single Use Cameras we had to cancel from your order 100052 are back in stock. Time to restock your camera bag?',
      'Reorder them from your order in one click; the replenishment price of $9.99 a piece is guaranteed until December 31, 2026.',
    ],
  },
];

/** Documents (by batch file) the demo shoppers have already opened before this batch was imported. */
export function alreadyRead(file: string): boolean {
  const [folder, name] = file.split('/');
  if (folder === 'anna') {
    // Anna's unread ones: the failed-payment letter, the service-plan offer and the new statement.
    return !name.startsWith('LET-') && !name.startsWith('OFF-') && !name.startsWith('STM-');
  }
  if (folder === 'ben') return name.startsWith('OC-') || name.startsWith('TC-') || name.startsWith('WAR-');
  return false;
}

export const DELIVERY_EVENTS: PlannedDeliveryEvent[] = [
  { eventId: 'demo-anna-inv-100031-sent', file: 'anna/INV-2026-100031.pdf', channel: 'EMAIL', status: 'SENT', occurredAt: '2026-07-23T09:05:00Z' },
  {
    eventId: 'demo-anna-inv-100031-bounced',
    file: 'anna/INV-2026-100031.pdf',
    channel: 'EMAIL',
    status: 'BOUNCED',
    occurredAt: '2026-07-23T09:06:30Z',
    detail: '550 5.1.1 mailbox unavailable',
  },
  { eventId: 'demo-anna-let-100045-sent', file: 'anna/LET-2026-100045-1.pdf', channel: 'EMAIL', status: 'SENT', occurredAt: '2026-11-21T08:20:00Z' },
  { eventId: 'demo-ben-inv-100018-sent', file: 'ben/INV-2026-100018.pdf', channel: 'EMAIL', status: 'SENT', occurredAt: '2026-03-05T10:00:00Z' },
  { eventId: 'demo-ben-inv-100018-delivered', file: 'ben/INV-2026-100018.pdf', channel: 'EMAIL', status: 'DELIVERED', occurredAt: '2026-03-05T10:00:40Z' },
  { eventId: 'demo-ben-let-100052-2-printed', file: 'ben/LET-2026-100052-2.pdf', channel: 'POST', status: 'PRINTED', occurredAt: '2026-11-12T18:00:00Z' },
  { eventId: 'demo-ben-let-100052-2-mailed', file: 'ben/LET-2026-100052-2.pdf', channel: 'POST', status: 'MAILED', occurredAt: '2026-11-13T07:30:00Z' },
  { eventId: 'demo-ben-let-100052-3-delivered', file: 'ben/LET-2026-100052-3.pdf', channel: 'EMAIL', status: 'DELIVERED', occurredAt: '2026-11-15T10:05:00Z' },
];

const EVENT_HEADINGS: Record<CorrespondenceEvent, string> = {
  FAILED_PAYMENT: 'Payment failed',
  BACKORDER: 'Item on backorder',
  SHIPMENT_DELAY: 'Shipment delayed',
  CANCELLATION: 'Item cancelled',
};

const DATE = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });

function shopper(uid: string): DemoShopper {
  const found = SHOPPERS.find((s) => s.uid === uid);
  if (!found?.address) throw new Error(`No demo shopper with an address: ${uid}`);
  return found;
}

function addressOf(s: DemoShopper): string[] {
  const a = s.address!;
  const lines = [`${s.firstName} ${s.lastName}`, a.line1];
  if (a.line2) lines.push(a.line2);
  lines.push(a.country.isocode === 'US' ? `${a.town}, ${a.region?.isocodeShort ?? ''} ${a.postalCode}` : `${a.postalCode} ${a.town}`);
  lines.push(a.country.name);
  return lines;
}

function letterPdf(title: string, number: string, type: string, createdAt: string): BusinessPdf {
  return new BusinessPdf({
    title,
    subject: `${type} ${number}`,
    keywords: `${type}, ${number}, ${STORE.name}`,
    createdAt: new Date(createdAt),
    lang: 'en',
    runningTitle: `${title} (${number})`,
  });
}

/** A customer-service letter: the event, the order reference and the next step, printed. */
export async function renderLetter(letter: PlannedLetter): Promise<Buffer> {
  const s = shopper(letter.ownerUid);
  const order: DemoOrder | undefined = findOrder(letter.orderCode);
  const p = letterPdf(letter.title, letter.number, 'CORRESPONDENCE', letter.createdAt);
  p.addressAndReferences(addressOf(s), [
    ['Letter no.', letter.number],
    ['Date', DATE.format(new Date(letter.createdAt))],
    ['Order no.', letter.orderCode],
    ['Event', letter.event],
    ['Customer no.', s.customerNumber],
  ]);
  p.heading(EVENT_HEADINGS[letter.event], `Order ${letter.orderCode}`);
  p.paragraph(`Dear ${s.title} ${s.lastName},\n\n${letter.body.join('\n\n')}`);
  p.callout('Next step', letter.nextStep);
  if (order) {
    p.facts([
      ['Order', `${order.code} of ${DATE.format(new Date(order.created))}`],
      ['Items', order.entries.map((e) => `${e.quantity} x ${productOf(e).name}`).join(', ')],
      ['Order total', formatMoney(orderTotals(order).total)],
    ]);
  }
  p.paragraph(`Questions? Reply to ${STORE.email} or call ${STORE.phone} and quote letter ${letter.number}.`, { color: '#5f6b76', size: 8.5 });
  p.signature('Customer Service', STORE.legalName);
  return p.finish();
}

/** A renewal / replenishment / upgrade offer; the call to action is a link in the storefront. */
export async function renderOffer(offer: PlannedOffer): Promise<Buffer> {
  const s = shopper(offer.ownerUid);
  const p = letterPdf(offer.title, offer.number, 'RENEWAL_OFFER', offer.createdAt);
  p.addressAndReferences(addressOf(s), [
    ['Offer no.', offer.number],
    ['Date', DATE.format(new Date(offer.createdAt))],
    ['Customer no.', s.customerNumber],
  ]);
  p.heading(offer.title);
  p.paragraph(`Dear ${s.title} ${s.lastName},\n\n${offer.body.join('\n\n')}`);
  p.callout(offer.actionLabel, `In My Account at ${STORE.name}: ${offer.actionUrl}`);
  p.signature('Customer Care', STORE.legalName);
  return p.finish();
}

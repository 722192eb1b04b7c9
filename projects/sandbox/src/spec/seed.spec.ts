import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ORDERS } from '../data/demo-data';
import { Manifest, writeSeed } from '../seed/seed';
import { ANNA, BEN, CHRIS } from './helpers';

const PDFINFO = '/usr/bin/pdfinfo';
const PDFTOTEXT = '/usr/bin/pdftotext';

describe('seed documents', () => {
  let folder: string;
  let manifest: Manifest;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'exd-seed-'));
    await writeSeed(folder);
    manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as Manifest;
  }, 60_000);

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  function of(uid: string) {
    return manifest.documents.filter((d) => d.ownerUid === uid);
  }

  /** the shoppers' documents (the B2B unit documents have their own spec, seed-units.spec.ts) */
  function shopperDocuments() {
    return manifest.documents.filter((d) => d.ownerUid !== undefined);
  }

  it('writes enough documents per shopper (Anna >= 14, Ben >= 12, Chris none)', () => {
    expect(of(ANNA).length).toBeGreaterThanOrEqual(14);
    expect(of(BEN).length).toBeGreaterThanOrEqual(12);
    expect(of(CHRIS).length).toBe(0);
    expect(shopperDocuments().length).toBe(of(ANNA).length + of(BEN).length);
    expect(manifest.generatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('covers the document types', () => {
    const annaTypes = new Set(of(ANNA).map((d) => d.type));
    for (const type of ['ORDER_CONFIRMATION', 'INVOICE', 'SHIPMENT_NOTICE', 'WARRANTY', 'STATEMENT', 'CREDIT_NOTE', 'TERMS']) {
      expect(annaTypes.has(type as never)).withContext(type).toBeTrue();
    }
    const benTypes = new Set(of(BEN).map((d) => d.type));
    for (const type of ['ORDER_CONFIRMATION', 'INVOICE', 'SHIPMENT_NOTICE', 'WARRANTY', 'STATEMENT', 'TERMS']) {
      expect(benTypes.has(type as never)).withContext(type).toBeTrue();
    }
    expect(shopperDocuments().filter((d) => d.type === 'CREDIT_NOTE').length).toBe(1);
  });

  it('has an order confirmation and an invoice per order and a shipment notice per consignment', () => {
    for (const order of ORDERS) {
      const docs = manifest.documents.filter((d) => d.orderCode === order.code);
      expect(docs.every((d) => d.ownerUid === order.ownerUid)).withContext(order.code).toBeTrue();
      expect(docs.filter((d) => d.type === 'ORDER_CONFIRMATION').length).withContext(order.code).toBe(1);
      expect(docs.filter((d) => d.type === 'INVOICE').length).withContext(order.code).toBe(1);
      const notices = docs.filter((d) => d.type === 'SHIPMENT_NOTICE');
      expect(notices.map((d) => d.consignmentCode).sort()).toEqual(order.consignments.map((c) => c.code).sort());
    }
  });

  it('fills the contract fields of every manifest entry', () => {
    const files = new Set<string>();
    for (const d of shopperDocuments()) {
      expect(d.file).toMatch(/^(anna|ben)\/[A-Z]+-[\w-]+\.pdf$/);
      expect(files.has(d.file)).withContext(d.file).toBeFalse();
      files.add(d.file);
      expect(d.title.length).toBeGreaterThan(5);
      expect(d.number).toMatch(/^[A-Z]+-\d{4}-[\w-]+$/);
      expect(d.fileName).toContain(d.number);
      expect(d.fileName).toMatch(/\.pdf$/);
      expect(['en', 'de']).toContain(d.language);
      expect(d.createdAt).toMatch(/^2026-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(d.mimeType).toBe('application/pdf');
      expect(d.channel).toBe('ARCHIVE');
      if (d.orderCode) {
        expect(d.entryNumbers?.length).withContext(d.file).toBeGreaterThan(0);
        expect(d.productCodes?.length).withContext(d.file).toBe(d.entryNumbers?.length);
      }
    }
  });

  it('contains a German invoice whose file name is not ASCII', () => {
    const german = manifest.documents.filter((d) => d.language === 'de');
    expect(german.length).toBeGreaterThanOrEqual(1);
    expect(german[0].ownerUid).toBe(BEN);
    expect(german[0].type).toBe('INVOICE');
    expect(german[0].fileName).toMatch(/^Rechnung RE-.*\.pdf$/);
    expect(/[^\x20-\x7e]/.test(german[0].fileName)).toBeTrue();
  });

  it('writes real PDFs: %PDF- header, %%EOF trailer, and pdfinfo accepts every file', async () => {
    for (const d of manifest.documents) {
      const bytes = await readFile(join(folder, d.file));
      expect(bytes.subarray(0, 5).toString('latin1')).withContext(d.file).toBe('%PDF-');
      expect(bytes.subarray(-8).toString('latin1').trimEnd().endsWith('%%EOF')).withContext(d.file).toBeTrue();
      expect(bytes.length).toBeGreaterThan(2000);
      if (existsSync(PDFINFO)) {
        const info = spawnSync(PDFINFO, [join(folder, d.file)], { encoding: 'utf8' });
        expect(info.status).withContext(`${d.file}: ${info.stderr}`).toBe(0);
        expect(info.stdout).toMatch(/Pages:\s+[1-9]/);
      }
    }
  });

  it('prints the business content (letterhead, numbers, products, page numbers)', () => {
    if (!existsSync(PDFTOTEXT)) {
      pending('pdftotext is not installed');
      return;
    }
    const text = (file: string) => spawnSync(PDFTOTEXT, ['-layout', join(folder, file), '-'], { encoding: 'utf8' }).stdout;
    const invoice = text('anna/INV-2026-100012.pdf');
    expect(invoice).toContain('Electronics Store');
    expect(invoice).toContain('INV-2026-100012');
    expect(invoice).toContain('EOS450D + 18-55 IS Kit');
    expect(invoice).toContain('$574.88');
    expect(invoice).toContain('Page 1 of 1');
    const rechnung = text('ben/RE-2026-100052.pdf');
    expect(rechnung).toContain('Rechnung');
    expect(rechnung).toContain('München');
    expect(rechnung).toContain('Seite 1 von 1');
    const terms = text('anna/TC-2026-01.pdf');
    expect(terms).toContain('Page 2 of 2');
  });

  it('has the notices: letters per commerce event, offers with a same-site call to action, read state', () => {
    const letters = (uid: string) => of(uid).filter((d) => d.type === 'CORRESPONDENCE');
    expect(letters(ANNA).map((d) => d.correspondence?.event)).toEqual(['FAILED_PAYMENT']);
    expect(letters(BEN).map((d) => d.correspondence?.event).sort()).toEqual(['BACKORDER', 'CANCELLATION', 'SHIPMENT_DELAY']);
    for (const letter of [...letters(ANNA), ...letters(BEN)]) {
      expect(letter.orderCode).withContext(letter.file).toBeDefined();
      expect(letter.correspondence?.nextStep.length).withContext(letter.file).toBeGreaterThan(10);
      expect(letter.read).withContext(letter.file).toBeUndefined();
    }
    for (const uid of [ANNA, BEN]) {
      const offers = of(uid).filter((d) => d.type === 'RENEWAL_OFFER');
      expect(offers.length).withContext(uid).toBe(1);
      expect(offers[0].actionUrl).toMatch(/^\/[^/\\]/);
      expect(offers[0].actionLabel?.length).toBeGreaterThan(3);
      expect(offers[0].read).toBeUndefined();
    }
    expect(manifest.documents.filter((d) => d.type !== 'CORRESPONDENCE').every((d) => d.correspondence === undefined)).toBeTrue();
    const annaUnread = of(ANNA).filter((d) => !d.read).length;
    expect(annaUnread).toBeGreaterThanOrEqual(2);
    expect(of(ANNA).filter((d) => d.read).length).toBeGreaterThan(annaUnread);
  });

  it('prints the event, the order reference and the next step on each letter', () => {
    if (!existsSync(PDFTOTEXT)) {
      pending('pdftotext is not installed');
      return;
    }
    for (const letter of manifest.documents.filter((d) => d.type === 'CORRESPONDENCE')) {
      const text = spawnSync(PDFTOTEXT, [join(folder, letter.file), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      expect(text).withContext(letter.file).toContain(letter.correspondence!.event);
      expect(text).withContext(letter.file).toContain(letter.orderCode!);
      expect(text).withContext(letter.file).toContain(letter.correspondence!.nextStep.slice(0, 40));
      expect(text).withContext(letter.file).toContain('Next step');
    }
  });

  it('writes the delivery events of the demo for documents of the batch', async () => {
    const { events } = JSON.parse(await readFile(join(folder, 'delivery-events.json'), 'utf8')) as {
      events: { eventId: string; file: string; channel: string; status: string; occurredAt: string }[];
    };
    const files = new Set(manifest.documents.map((d) => d.file));
    expect(events.every((e) => files.has(e.file))).toBeTrue();
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
    const statuses = (prefix: string) => new Set(events.filter((e) => e.file.startsWith(prefix)).map((e) => e.status));
    expect(statuses('anna/').has('BOUNCED')).toBeTrue();
    for (const status of ['DELIVERED', 'PRINTED', 'MAILED']) expect(statuses('ben/').has(status)).withContext(status).toBeTrue();
    const bounced = events.find((e) => e.status === 'BOUNCED')!;
    expect(bounced.file).toMatch(/^anna\/INV-/);
    expect(bounced.channel).toBe('EMAIL');
  });

  it('is reproducible byte for byte', async () => {
    const again = await mkdtemp(join(tmpdir(), 'exd-seed-again-'));
    try {
      await writeSeed(again);
      const hash = async (root: string, file: string) => createHash('sha256').update(await readFile(join(root, file))).digest('hex');
      for (const d of manifest.documents) {
        expect(await hash(again, d.file)).withContext(d.file).toBe(await hash(folder, d.file));
      }
      expect(await hash(again, 'manifest.json')).toBe(await hash(folder, 'manifest.json'));
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  }, 60_000);
});

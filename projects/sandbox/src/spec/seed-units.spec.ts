import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Billing, DocumentReference } from '../seed/unit-documents';
import { Manifest, SEED_GENERATED_AT, writeSeed } from '../seed/seed';

const PDFINFO = '/usr/bin/pdfinfo';
const PDFTOTEXT = '/usr/bin/pdftotext';
const RUSTIC_UNITS = ['Rustic', 'Rustic Services', 'Rustic Retail', 'Custom Retail'];
const BILLED_UNITS = [...RUSTIC_UNITS, 'Pronto Goods'];
const SEED_DAY = SEED_GENERATED_AT.slice(0, 10);
const DAY_MS = 24 * 3600 * 1000;

interface UnitEntry {
  file: string;
  ownerUid?: string;
  unitId?: string;
  type: string;
  title: string;
  number: string;
  fileName: string;
  createdAt: string;
  language: string;
  billing?: Billing;
  references?: DocumentReference[];
}

function daysOverdue(dueDate: string): number {
  return Math.round((Date.parse(`${SEED_DAY}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / DAY_MS);
}

describe('seed documents of the B2B units', () => {
  let folder: string;
  let units: UnitEntry[];
  let shoppers: UnitEntry[];

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'exd-seed-units-'));
    await writeSeed(folder);
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as Manifest;
    const all = manifest.documents as unknown as UnitEntry[];
    units = all.filter((d) => d.unitId !== undefined);
    shoppers = all.filter((d) => d.unitId === undefined);
  }, 60_000);

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const ofUnit = (unit: string, type?: string) => units.filter((d) => d.unitId === unit && (!type || d.type === type));

  it('gives unit documents a unitId and no ownerUid; shopper documents keep theirs without billing', () => {
    expect(units.length).toBeGreaterThan(0);
    for (const d of units) {
      expect('ownerUid' in d).withContext(d.file).toBeFalse();
      expect(BILLED_UNITS).withContext(d.file).toContain(d.unitId!);
      expect(d.fileName).toBe(`${d.number}.pdf`);
      expect(d.title).toContain(d.type === 'STATEMENT' ? 'statement' : d.number.startsWith('REM') ? 'reminder' : d.number);
      expect(d.language).toBe('en');
      expect(d.createdAt).toMatch(/^2026-\d\d-\d\dT\d\d:00:00Z$/);
      expect(d.createdAt < SEED_GENERATED_AT).withContext(d.file).toBeTrue();
    }
    for (const d of shoppers) {
      expect(d.ownerUid).toBeDefined();
      expect(d.billing).toBeUndefined();
      expect(d.references).toBeUndefined();
    }
  });

  it('numbers every unit document uniquely across the whole seed', () => {
    const numbers = units.map((d) => d.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    const shopperNumbers = new Set(shoppers.map((d) => d.number));
    expect(numbers.filter((n) => shopperNumbers.has(n))).toEqual([]);
    expect(units.find((d) => d.number === 'INV-RU-2026-0012')?.type).toBe('INVOICE');
  });

  it('seeds 4 statements, 8-12 invoices, 1-2 credit notes and reminders of levels 1, 2 and 3 per billed unit', () => {
    for (const unit of BILLED_UNITS) {
      expect(ofUnit(unit, 'STATEMENT').length).withContext(unit).toBe(4);
      expect(ofUnit(unit, 'INVOICE').length).withContext(unit).toBeGreaterThanOrEqual(8);
      expect(ofUnit(unit, 'INVOICE').length).withContext(unit).toBeLessThanOrEqual(12);
      expect(ofUnit(unit, 'CREDIT_NOTE').length).withContext(unit).toBeGreaterThanOrEqual(1);
      expect(ofUnit(unit, 'CREDIT_NOTE').length).withContext(unit).toBeLessThanOrEqual(2);
      const levels = new Set(ofUnit(unit, 'PAYMENT_REMINDER').map((d) => d.billing?.dunningLevel));
      expect([...levels].sort()).withContext(unit).toEqual([1, 2, 3]);
    }
    expect(ofUnit('Rustic Services', 'INVOICE').some((d) => d.billing?.currency === 'EUR')).toBeTrue();
    expect(units.filter((d) => d.billing?.paymentStatus === 'CANCELLED').length).toBe(1);
  });

  it('writes billing amounts as decimal strings with at most 2 decimals, and only the allowed statuses', () => {
    for (const d of units) {
      const billing = d.billing!;
      expect(billing).withContext(d.file).toBeDefined();
      expect(billing.amount).withContext(d.file).toMatch(/^\d+(\.\d{1,2})?$/);
      expect(billing.openAmount).withContext(d.file).toMatch(/^\d+(\.\d{1,2})?$/);
      expect(Number(billing.openAmount)).toBeLessThanOrEqual(Number(billing.amount));
      expect(['USD', 'EUR']).toContain(billing.currency);
      expect(['OPEN', 'PARTIALLY_PAID', 'PAID', 'CANCELLED']).withContext(d.file).toContain(billing.paymentStatus);
      if (d.type === 'INVOICE' || d.type === 'PAYMENT_REMINDER') {
        expect(billing.dueDate).withContext(d.file).toMatch(/^\d{4}-\d\d-\d\d$/);
        expect(billing.paymentTerms?.length).withContext(d.file).toBeGreaterThan(3);
      }
      if (d.type !== 'PAYMENT_REMINDER') expect(billing.dunningLevel).withContext(d.file).toBeUndefined();
      if (billing.paymentUrl !== undefined) expect(billing.paymentUrl).toMatch(/^https:\/\/pay\.example\.com\//);
    }
  });

  it('keeps the invoices\' open amounts consistent with their payment status', () => {
    for (const d of units.filter((u) => u.type === 'INVOICE')) {
      const { amount, openAmount, paymentStatus } = d.billing!;
      if (paymentStatus === 'PAID' || paymentStatus === 'CANCELLED') expect(openAmount).withContext(d.file).toBe('0.00');
      if (paymentStatus === 'OPEN') expect(openAmount).withContext(d.file).toBe(amount);
      if (paymentStatus === 'PARTIALLY_PAID') {
        expect(Number(openAmount)).withContext(d.file).toBeGreaterThan(0);
        expect(Number(openAmount)).withContext(d.file).toBeLessThan(Number(amount));
      }
    }
  });

  it('has open invoices overdue by about 10, 45, 75 and 120 days and open ones not yet due', () => {
    const open = units.filter((d) => d.type === 'INVOICE' && Number(d.billing!.openAmount) > 0);
    const overdue = open.map((d) => daysOverdue(d.billing!.dueDate!));
    for (const [min, max] of [[1, 30], [31, 60], [61, 90], [91, 180]]) {
      expect(overdue.some((days) => days >= min && days <= max)).withContext(`${min}-${max} days`).toBeTrue();
    }
    expect(overdue.some((days) => days < 0)).withContext('not yet due').toBeTrue();
    for (const unit of BILLED_UNITS) {
      expect(ofUnit(unit, 'INVOICE').some((d) => d.billing!.paymentStatus === 'PAID')).withContext(unit).toBeTrue();
      expect(ofUnit(unit, 'INVOICE').some((d) => d.billing!.paymentStatus === 'PARTIALLY_PAID')).withContext(unit).toBeTrue();
    }
  });

  it('links every reminder to an overdue invoice of the same unit (REMINDS_OF)', () => {
    for (const reminder of units.filter((d) => d.type === 'PAYMENT_REMINDER')) {
      expect(reminder.references?.length).withContext(reminder.file).toBe(1);
      const [reference] = reminder.references!;
      expect(reference.relation).toBe('REMINDS_OF');
      const invoice = ofUnit(reminder.unitId!, 'INVOICE').find((d) => d.number === reference.number);
      expect(invoice).withContext(`${reminder.file} -> ${reference.number}`).toBeDefined();
      expect(Number(invoice!.billing!.openAmount)).withContext(reference.number).toBeGreaterThan(0);
      expect(invoice!.billing!.dueDate! < SEED_DAY).withContext(reference.number).toBeTrue();
      expect(invoice!.billing!.dueDate! < reminder.createdAt.slice(0, 10)).withContext(reference.number).toBeTrue();
      expect(reminder.billing!.currency).toBe(invoice!.billing!.currency);
      expect(reminder.billing!.dunningLevel).toBeGreaterThanOrEqual(1);
      expect(reminder.billing!.dunningLevel).toBeLessThanOrEqual(3);
    }
  });

  it('links every credit note to an invoice of the same unit (CREDITS)', () => {
    for (const note of units.filter((d) => d.type === 'CREDIT_NOTE')) {
      expect(note.references?.map((r) => r.relation)).withContext(note.file).toEqual(['CREDITS']);
      const invoice = ofUnit(note.unitId!, 'INVOICE').find((d) => d.number === note.references![0].number);
      expect(invoice).withContext(note.file).toBeDefined();
      expect(Number(note.billing!.amount)).toBeLessThanOrEqual(Number(invoice!.billing!.amount));
      expect(note.createdAt > invoice!.createdAt).toBeTrue();
    }
    expect(units.filter((d) => d.type !== 'CREDIT_NOTE' && d.type !== 'PAYMENT_REMINDER').every((d) => d.references === undefined)).toBeTrue();
  });

  it('writes real PDFs that print the billing content', () => {
    for (const d of units) {
      if (existsSync(PDFINFO)) {
        const info = spawnSync(PDFINFO, [join(folder, d.file)], { encoding: 'utf8' });
        expect(info.status).withContext(`${d.file}: ${info.stderr}`).toBe(0);
      }
    }
    if (!existsSync(PDFTOTEXT)) {
      pending('pdftotext is not installed');
      return;
    }
    const text = (d: UnitEntry) => spawnSync(PDFTOTEXT, [join(folder, d.file), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    const invoice = ofUnit('Custom Retail', 'INVOICE').find((d) => d.billing!.paymentStatus === 'PARTIALLY_PAID')!;
    const invoiceText = text(invoice);
    expect(invoiceText).toContain(invoice.number);
    expect(invoiceText).toContain('Open amount');
    expect(invoiceText).toContain(`$${Number(invoice.billing!.openAmount).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
    expect(invoiceText).toContain(invoice.billing!.paymentTerms!);
    const reminder = ofUnit('Custom Retail', 'PAYMENT_REMINDER').find((d) => d.billing!.dunningLevel === 2)!;
    const reminderText = text(reminder);
    expect(reminderText).toContain(reminder.references![0].number);
    expect(reminderText).toContain('Dunning level 2');
    const statement = ofUnit('Custom Retail', 'STATEMENT').at(-1)!;
    const statementText = text(statement);
    expect(statementText).toContain('Closing balance');
    expect(statementText).toContain(`$${Number(statement.billing!.amount).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
    expect(statementText).toContain('Open invoices');
    const eurStatement = ofUnit('Rustic Services', 'STATEMENT').at(-1)!;
    expect(text(eurStatement)).toContain('EUR account');
  });
});

import { daysPastDue, fractionDigits, isOverdue, toMajorUnits, toMinorUnits } from '../../src/documents/billing/billing';
import { readManifestEntry, EntryRejection, type ManifestEntry } from '../../src/documents/ingest/manifest-entry';

const ENTRY = {
  file: 'units/cr/INV-1.pdf',
  unitId: 'Custom Retail',
  type: 'INVOICE',
  title: 'Invoice INV-1',
  number: 'INV-1',
  createdAt: '2026-10-01T08:00:00Z',
  billing: { amount: '1234.50', openAmount: '234.50', currency: 'USD', dueDate: '2026-10-31', paymentTerms: 'Net 30', paymentStatus: 'PARTIALLY_PAID' },
};

function accepted(raw: unknown, hosts: string[] = []): ManifestEntry {
  const entry = readManifestEntry(raw, { actionUrlAllowedHosts: hosts });
  if (entry instanceof EntryRejection) throw new Error(`rejected: ${entry.reason}`);
  return entry;
}

function problemsOf(raw: unknown): string[] {
  const entry = readManifestEntry(raw);
  return entry instanceof EntryRejection ? entry.problems.map((p) => p.field) : [];
}

describe('billing amounts', () => {
  it("converts decimals to the currency's minor units exactly, and back", () => {
    expect(toMinorUnits('1234.50', 'USD')).toBe(123450);
    expect(toMinorUnits(0.29, 'USD')).toBe(29);
    expect(toMinorUnits('0.1', 'EUR')).toBe(10);
    expect(toMinorUnits('1500', 'JPY')).toBe(1500);
    expect(toMinorUnits('1.234', 'KWD')).toBe(1234);
    expect(toMinorUnits('-5.00', 'USD')).toBe(-500);
    expect(toMajorUnits(123450, 'USD')).toBe(1234.5);
    expect(toMajorUnits(1234, 'KWD')).toBe(1.234);
    expect(fractionDigits('JPY')).toBe(0);
  });

  it('refuses amounts with more decimals than the currency has, and anything that is not a plain decimal', () => {
    for (const [value, currency] of [['1.005', 'USD'], ['1.5', 'JPY'], ['1,50', 'EUR'], ['1e3', 'USD'], ['', 'USD'], [Number.NaN, 'USD'], [null, 'USD']] as const) {
      expect(toMinorUnits(value, currency)).withContext(`${String(value)} ${currency}`).toBeUndefined();
    }
    expect(toMinorUnits('1.50', 'JPY')).toBeUndefined();
    expect(toMinorUnits('1.00', 'JPY')).toBe(1);
  });

  it('is overdue only with money owed after the due date', () => {
    const base = { currency: 'USD', amountMinor: 100, openAmountMinor: 100, dueDate: '2026-11-10', paymentStatus: 'OPEN' as const };
    expect(daysPastDue('2026-11-10', '2026-11-20')).toBe(10);
    expect(isOverdue(base, '2026-11-11')).toBeTrue();
    expect(isOverdue(base, '2026-11-10')).toBeFalse();
    expect(isOverdue({ ...base, openAmountMinor: 0, paymentStatus: 'PAID' }, '2026-12-01')).toBeFalse();
    expect(isOverdue({ ...base, paymentStatus: 'CANCELLED' }, '2026-12-01')).toBeFalse();
    const { dueDate: _none, ...undated } = base;
    expect(isOverdue(undated, '2026-12-01')).toBeFalse();
  });
});

describe('billing fields of a manifest entry', () => {
  it("makes an entry with a unitId and no ownerUid the unit's document, with its billing data in minor units", () => {
    const entry = accepted(ENTRY);
    expect(entry.ownerUid).toBe('unit:custom retail');
    expect(entry.billing).toEqual({
      currency: 'USD',
      amountMinor: 123450,
      openAmountMinor: 23450,
      dueDate: '2026-10-31',
      paymentTerms: 'Net 30',
      paymentStatus: 'PARTIALLY_PAID',
    });
  });

  it('keeps an entry with an ownerUid personal even when it names a unit', () => {
    const entry = accepted({ ...ENTRY, ownerUid: 'William.Hunter@rustic-hw.com' });
    expect(entry.ownerUid).toBe('william.hunter@rustic-hw.com');
    expect(entry.unitId).toBe('Custom Retail');
  });

  it('needs an owner or a unit', () => {
    const { unitId: _unit, ...ownerless } = ENTRY;
    expect(problemsOf(ownerless)).toContain('ownerUid');
  });

  it('defaults the open amount to the amount, or to 0 once paid or cancelled', () => {
    expect(accepted({ ...ENTRY, billing: { amount: '10', currency: 'EUR', paymentStatus: 'OPEN' } }).billing?.openAmountMinor).toBe(1000);
    expect(accepted({ ...ENTRY, billing: { amount: '10', currency: 'EUR', paymentStatus: 'PAID' } }).billing?.openAmountMinor).toBe(0);
  });

  it('rejects billing values that do not fit together, naming the field', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ currency: 'XYZ' }, 'billing.currency'],
      [{ paymentStatus: 'OVERDUE' }, 'billing.paymentStatus'],
      [{ amount: '-1' }, 'billing.amount'],
      [{ openAmount: '2000' }, 'billing.openAmount'],
      [{ paymentStatus: 'PAID' }, 'billing.openAmount'],
      [{ openAmount: '1234.50' }, 'billing.openAmount'],
      [{ dueDate: '2026-02-30' }, 'billing.dueDate'],
      [{ dunningLevel: 1 }, 'billing.dunningLevel'],
      [{ paymentUrl: 'javascript:alert(1)' }, 'billing.paymentUrl'],
      [{ paymentUrl: 'https://evil.example.net/pay' }, 'billing.paymentUrl'],
      [{ paid: true }, 'billing'],
    ];
    for (const [change, field] of cases) {
      expect(problemsOf({ ...ENTRY, billing: { ...ENTRY.billing, ...change } })).withContext(JSON.stringify(change)).toContain(field);
    }
    expect(problemsOf({ ...ENTRY, type: 'WARRANTY' })).toContain('billing');
  });

  it('takes a payment URL on an allowed host and a dunning level on reminders only', () => {
    const paid = accepted({ ...ENTRY, billing: { ...ENTRY.billing, paymentUrl: 'https://pay.example.com/INV-1' } }, ['pay.example.com']);
    expect(paid.billing?.paymentUrl).toBe('https://pay.example.com/INV-1');
    const reminder = accepted({
      ...ENTRY,
      type: 'PAYMENT_REMINDER',
      number: 'REM-1',
      billing: { ...ENTRY.billing, dunningLevel: 3 },
      references: [{ relation: 'REMINDS_OF', number: 'INV-1' }],
    });
    expect(reminder.billing?.dunningLevel).toBe(3);
    expect(reminder.references).toEqual([{ relation: 'REMINDS_OF', number: 'INV-1' }]);
    expect(problemsOf({ ...ENTRY, type: 'PAYMENT_REMINDER', billing: { ...ENTRY.billing, dunningLevel: 4 } })).toContain('billing.dunningLevel');
  });

  it("allows only the relation of the document's type: reminders remind of, credit notes credit", () => {
    expect(problemsOf({ ...ENTRY, references: [{ relation: 'REMINDS_OF', number: 'INV-0' }] })).toContain('references.0.relation');
    expect(problemsOf({ ...ENTRY, type: 'CREDIT_NOTE', references: [{ relation: 'REMINDS_OF', number: 'INV-0' }] })).toContain('references.0.relation');
    expect(problemsOf({ ...ENTRY, type: 'CREDIT_NOTE', references: [{ relation: 'CREDITS', number: '' }] })).toContain('references.0.number');
    expect(accepted({ ...ENTRY, type: 'CREDIT_NOTE', references: [{ relation: 'CREDITS', number: 'INV-0' }] }).references).toEqual([
      { relation: 'CREDITS', number: 'INV-0' },
    ]);
  });
});

import { STORE } from '../data/demo-data';
import { BusinessPdf } from './business-pdf';
import { pdf } from './seed-format';
import { unitRecipient } from './unit-invoice-pdfs';
import { Account, UnitStatement } from './unit-statements';
import { at, longDay, money, monthName } from './unit-money';

// The PDF of a unit's monthly account statement: the month's transactions, balances and open items.

const SHORT = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric' });

function short(day: string): string {
  return SHORT.format(new Date(`${day}T00:00:00Z`));
}

function accountTables(p: BusinessPdf, account: Account, periodEnd: string): void {
  const m = (cents: number) => money(cents, account.currency);
  let balance = account.opening;
  const rows = [['', '', 'Opening balance', '', '', m(account.opening)]];
  for (const line of account.lines) {
    balance += line.debit - line.credit;
    rows.push([short(line.day), line.reference, line.text, line.debit ? m(line.debit) : '', line.credit ? m(line.credit) : '', m(balance)]);
  }
  p.table(
    [
      { header: 'Date', width: 52 },
      { header: 'Reference', width: 104 },
      { header: 'Description', width: 148 },
      { header: 'Charges', width: 66, align: 'right' },
      { header: 'Payments', width: 64, align: 'right' },
      { header: 'Balance', width: 66, align: 'right' },
    ],
    rows,
  );
  const charges = account.lines.reduce((sum, l) => sum + l.debit, 0);
  const credits = account.lines.reduce((sum, l) => sum + l.credit, 0);
  p.totals([
    { label: 'Opening balance', value: m(account.opening) },
    { label: 'Charges', value: m(charges) },
    { label: 'Payments and credits', value: `-${m(credits)}` },
    { label: 'Closing balance', value: m(account.closing), strong: true },
  ]);
  p.section(`Open invoices on ${longDay(periodEnd)} (${account.currency})`);
  if (account.openItems.length === 0) {
    p.paragraph('No open invoices.');
    return;
  }
  p.table(
    [
      { header: 'Invoice', width: 104 },
      { header: 'Date', width: 62 },
      { header: 'Due', width: 62 },
      { header: 'Amount', width: 80, align: 'right' },
      { header: 'Open', width: 80, align: 'right' },
      { header: 'Status', width: 112 },
    ],
    account.openItems.map(({ invoice, open, daysOverdue }) => [
      invoice.number,
      short(invoice.issuedOn),
      short(invoice.dueDate),
      m(invoice.amount),
      m(open),
      daysOverdue > 0 ? `${daysOverdue} days overdue` : daysOverdue === 0 ? 'due today' : `due in ${-daysOverdue} days`,
    ]),
  );
}

export async function renderUnitStatement(statement: UnitStatement): Promise<Buffer> {
  const { number, unit } = statement;
  const createdAt = at(statement.issuedOn, 6);
  const p = pdf(`Account Statement ${number}`, number, 'STATEMENT', createdAt, 'en', `Account Statement ${number}`);
  p.addressAndReferences(unitRecipient(unit), [
    ['Statement no.', number],
    ['Date', longDay(statement.issuedOn)],
    ['Period', `${short(statement.periodStart)} - ${short(statement.periodEnd)}`],
    ['Customer unit', unit.uid],
    ['Closing balance', money(statement.account.closing, 'USD')],
  ]);
  p.heading('Account Statement', `${unit.name}, ${monthName(statement.periodStart)}`);
  p.paragraph(
    `Dear Sir or Madam,\n\nhere are the invoices, payments and credits of unit ${unit.name} at ${STORE.name} in ` +
      `${monthName(statement.periodStart)}, and the invoices still open at the end of the month.`,
  );
  accountTables(p, statement.account, statement.periodEnd);
  if (statement.other) {
    p.section(`${statement.other.currency} account`);
    accountTables(p, statement.other, statement.periodEnd);
  }
  p.paragraph('Please check this statement and tell us within 30 days if anything is missing or wrong.', {
    color: '#5f6b76',
    size: 8.5,
  });
  return p.finish();
}

import { expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoSeriousViolations } from '../support/axe';
import { openCompanyDocuments, orgDocuments, shownAmount, unitApi } from '../support/company';
import { anna, linda, william } from '../support/shoppers';
import { logIn, tokenFor } from '../support/storefront';
import { storedZipEntries } from '../support/zip';

const rows = '.cx-exd-org-documents-table tbody tr.cx-exd-row';
const CUSTOM_RETAIL = 'Custom Retail';

async function waitForList(page: Page, part: string, act: () => Promise<unknown>): Promise<void> {
  const answered = page.waitForResponse((r) => r.url().includes('/orgDocuments?') && decodeURIComponent(r.url()).includes(part));
  await act();
  await answered;
}

async function numbersShown(page: Page): Promise<string[]> {
  return page.locator(rows).evaluateAll((els) => els.map((e) => e.getAttribute('data-number') ?? ''));
}

test.describe('Company documents (B2B units)', () => {
  test("the parent unit's administrator picks a child unit and sees its balances, aging and statements", async ({ page, request }) => {
    const token = await tokenFor(request, linda);
    const summary = (await unitApi(request, token, CUSTOM_RETAIL, '/accountSummary')).body;
    const usd = summary.balances.find((b: { currency: { isocode: string } }) => b.currency.isocode === 'USD');
    expect(usd.pastDueBalance).toBeGreaterThan(0);

    await logIn(page, linda);
    await openCompanyDocuments(page);
    const picker = page.getByLabel('Unit', { exact: true });
    await expect(picker.locator('option')).toHaveText([/^\s*Rustic\s*$/, /Rustic Services/, /Rustic Retail/, /Custom Retail/]);
    await waitForList(page, `orgUnits/${CUSTOM_RETAIL}/`, () => picker.selectOption(CUSTOM_RETAIL));
    expect(page.url()).toContain(`unit=${encodeURIComponent(CUSTOM_RETAIL)}`);

    const balance = page.locator('.cx-exd-balance[data-currency="USD"]');
    await expect(balance.locator('.cx-exd-open-balance dd')).toHaveText(shownAmount(usd.openBalance, 'USD'));
    await expect(balance.locator('.cx-exd-overdue-balance dd')).toHaveText(shownAmount(usd.pastDueBalance, 'USD'));
    const aging = [usd.currentBalance, ...usd.dueBalances.map((d: { amount: number }) => d.amount)].map((a: number) => shownAmount(a, 'USD'));
    await expect(balance.locator('.cx-exd-aging-bucket dd')).toHaveText(aging);

    // the unit's statements: every status, type "Account statement"
    const statements = await orgDocuments(request, token, CUSTOM_RETAIL, 'status=all&filterByKey=orgDocumentType&filterByValue=STATEMENT&pageSize=100');
    expect(statements.pagination.totalResults).toBeGreaterThan(1);
    await waitForList(page, 'status=all', () => page.getByLabel('Status', { exact: true }).selectOption('all'));
    await page.getByLabel('Filter by').selectOption('orgDocumentType');
    await page.getByLabel('Type', { exact: true }).selectOption('STATEMENT');
    await waitForList(page, 'filterByValue=STATEMENT', () => page.getByRole('button', { name: 'Apply filter' }).click());
    await expect(page.locator(rows)).toHaveCount(Math.min(10, statements.pagination.totalResults));
    expect((await numbersShown(page)).sort()).toEqual(statements.orgDocuments.slice(0, 10).map((d) => d.id).sort());

    await page.reload();
    await expect(page.getByLabel('Type', { exact: true })).toHaveValue('STATEMENT');
    await expect(page.locator(rows)).toHaveCount(Math.min(10, statements.pagination.totalResults));
    await expectNoSeriousViolations(page);
  });

  test("a buyer sees only their own unit; another unit's documents answer 404", async ({ page, request }) => {
    const buyer = await tokenFor(request, william);
    const admin = await tokenFor(request, linda);
    const sibling = await orgDocuments(request, admin, 'Rustic Services', 'status=all&pageSize=1');
    const siblingId = sibling.orgDocuments[0].document.id;
    expect((await unitApi(request, buyer, CUSTOM_RETAIL, `/documents/${siblingId}`)).status).toBe(404);
    expect((await unitApi(request, buyer, CUSTOM_RETAIL, `/documents/${siblingId}/content`)).status).toBe(404);
    expect((await unitApi(request, buyer, 'Rustic Services', '/orgDocuments')).status).toBe(404);

    await logIn(page, william);
    await openCompanyDocuments(page);
    await expect(page.getByLabel('Unit', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: `Documents of ${CUSTOM_RETAIL}` })).toBeVisible();
    const own = await orgDocuments(request, buyer, CUSTOM_RETAIL, 'status=open&pageSize=10');
    await expect(page.locator(rows)).toHaveCount(own.orgDocuments.length);
    expect(await numbersShown(page)).toEqual(own.orgDocuments.map((d) => d.id));
  });

  test('a B2C shopper has no Company documents page', async ({ page }) => {
    await logIn(page, anna);
    await page.goto('/organization/documents');
    await expect(page).toHaveURL(/\/not-found/);
    await expect(page.getByRole('heading', { name: 'Company documents' })).toHaveCount(0);
  });

  test('only overdue: each row says by how many days; a reminder leads to its invoice; CSV and ZIP hold the filtered documents', async ({
    page,
    request,
  }) => {
    const token = await tokenFor(request, linda);
    const overdue = await orgDocuments(request, token, CUSTOM_RETAIL, 'status=all&paymentStatus=OVERDUE&pageSize=100');
    expect(overdue.pagination.totalResults).toBeGreaterThan(2);

    await logIn(page, linda);
    await openCompanyDocuments(page, CUSTOM_RETAIL);
    await waitForList(page, 'status=all', () => page.getByLabel('Status', { exact: true }).selectOption('all'));
    await waitForList(page, 'paymentStatus=OVERDUE', () => page.getByLabel('Only overdue').check());
    await expect(page.locator(rows)).toHaveCount(Math.min(10, overdue.pagination.totalResults));
    await expect(page.locator(`${rows} .cx-exd-overdue-mark`)).toHaveCount(Math.min(10, overdue.pagination.totalResults));
    for (const mark of await page.locator(`${rows} .cx-exd-overdue-mark`).allTextContents()) expect(mark).toMatch(/Overdue by \d+ days/);
    await expect(page.locator('.cx-exd-result-count')).toHaveText(`${overdue.pagination.totalResults} documents found`);

    // the CSV: exactly the overdue documents, with their amounts
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export list (CSV)' }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^company-documents-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvPath = test.info().outputPath('overdue.csv');
    await csvDownload.saveAs(csvPath);
    const [header, ...lines] = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(header).toBe('Number,Type,Title,Created,Due date,Amount,Open amount,Currency,Payment status,Days overdue,Refers to');
    expect(lines.map((line) => line.split(',')[0]).sort()).toEqual(overdue.orgDocuments.map((d) => d.id).sort());
    for (const row of overdue.orgDocuments) {
      const line = lines.find((l) => l.startsWith(`${row.id},`))!;
      expect(line, row.id).toContain(`,${row.amount!.toFixed(2)},${row.openAmount!.toFixed(2)},${row.currency!.isocode},OVERDUE,`);
    }

    // two selected → one ZIP with their files
    const picked = (await numbersShown(page)).slice(0, 2);
    for (const number of picked) await page.locator(`${rows}[data-number="${number}"] input.cx-exd-select-document`).check();
    const [zipDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download selected (2)' }).click()]);
    const zipPath = test.info().outputPath('selected.zip');
    await zipDownload.saveAs(zipPath);
    const expectedFiles = picked.map((number) => overdue.orgDocuments.find((d) => d.id === number)!.document.fileName);
    expect(storedZipEntries(readFileSync(zipPath)).map((e) => e.name).sort()).toEqual(expectedFiles.sort());

    // a payment reminder links to the invoice it reminds of
    const reminder = overdue.orgDocuments.find((d) => d.document.references?.some((r) => r.relation === 'REMINDS_OF'))!;
    const invoice = reminder.document.references!.find((r) => r.relation === 'REMINDS_OF')!.number;
    await page.getByLabel('Only overdue').uncheck();
    await page.getByLabel('Filter by').selectOption('orgDocumentId');
    await page.getByLabel('Number starts with').fill(reminder.id);
    await waitForList(page, `filterByValue=${reminder.id}`, () => page.getByRole('button', { name: 'Apply filter' }).click());
    await waitForList(page, `filterByValue=${invoice}`, () =>
      page.locator(`${rows}[data-number="${reminder.id}"]`).getByRole('button', { name: `Reminder for invoice ${invoice}` }).click(),
    );
    await expect(page.locator(`${rows}[data-number="${invoice}"]`)).toBeVisible();
    await expect(page.getByLabel('Number starts with')).toHaveValue(invoice);
    await expectNoSeriousViolations(page);
  });

  test('on a phone (360 px) the documents are cards and nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await logIn(page, linda);
    await openCompanyDocuments(page, CUSTOM_RETAIL);
    await expect(page.locator(rows).first()).toBeVisible();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    const firstRow = page.locator(rows).first();
    await expect(firstRow.locator('.cx-exd-amount').first()).toBeVisible();
    const box = await firstRow.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    await expectNoSeriousViolations(page);
  });
});

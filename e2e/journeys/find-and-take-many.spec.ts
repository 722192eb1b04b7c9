import { expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoSeriousViolations } from '../support/axe';
import { anna, ben } from '../support/shoppers';
import { listDocuments, logIn, occ, openMyDocuments, openOrderHistory, tokenFor } from '../support/storefront';
import { storedZipEntries } from '../support/zip';

const rows = '.cx-exd-documents-table tbody tr';

async function search(page: Page, text: string): Promise<void> {
  const done = page.waitForResponse((r) => r.url().includes('/documents?') && r.url().includes(`q=${encodeURIComponent(text)}`));
  await page.getByRole('searchbox', { name: 'Search documents' }).fill(text);
  await done;
}

/** Opens the filter panel where it sits behind "Filters (n)" (phones); wider screens show it. */
async function openFilters(page: Page): Promise<void> {
  const toggle = page.locator('.cx-exd-filter-toggle');
  if (await toggle.isVisible()) await toggle.click();
}

test.describe('Finding documents and taking many at once', () => {
  test('search is accent-insensitive and finds a number by its prefix; the URL keeps it through reload and back', async ({
    page,
    request,
  }) => {
    const all = await listDocuments(request, await tokenFor(request, ben));
    const german = all.documents.filter((d) => /für/.test(d.title ?? ''));
    expect(german.length).toBeGreaterThan(0);

    await logIn(page, ben);
    await openMyDocuments(page);

    // "fur" finds "Rechnung für Bestellung …": case and accents do not matter
    await search(page, 'fur');
    await expect(page.locator(rows)).toHaveCount(german.length);
    for (const title of await page.locator(`${rows} .cx-exd-title`).allTextContents()) expect(title).toContain('für');
    await expect(page.locator('.cx-exd-result-count')).toHaveText(`${german.length} documents found`);

    // a number by any prefix of it
    const target = all.documents[0];
    const prefix = target.number.slice(0, target.number.length - 2);
    await search(page, prefix);
    await expect(page.locator(`${rows} .cx-exd-number`, { hasText: target.number })).toBeVisible();
    const expected = await listDocuments(request, await tokenFor(request, ben), `pageSize=100&q=${encodeURIComponent(prefix)}`);
    await expect(page.locator(rows)).toHaveCount(Math.min(10, expected.pagination.totalResults));
    expect(page.url()).toContain(`q=${encodeURIComponent(prefix)}`);

    // reload restores the search; leaving and coming back (history) restores it too
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Search documents' })).toHaveValue(prefix);
    await expect(page.locator(`${rows} .cx-exd-number`, { hasText: target.number })).toBeVisible();
    await openOrderHistory(page);
    await page.goBack();
    await expect(page.getByRole('searchbox', { name: 'Search documents' })).toHaveValue(prefix);
    await expect(page.locator(rows)).toHaveCount(Math.min(10, expected.pagination.totalResults));

    // a search that matches nothing says so, and differs from "no documents yet"
    await search(page, 'zzzz-nothing');
    await expect(page.locator('.cx-exd-empty')).toContainText('No documents match your filters.');
    await page.locator('.cx-exd-clear-filter').click();
    await expect(page.getByRole('searchbox', { name: 'Search documents' })).toHaveValue('');
    await expect(page.locator(rows)).toHaveCount(Math.min(10, all.pagination.totalResults));
  });

  test('a date range narrows the list; three selected documents come as one ZIP with exactly their bytes', async ({
    page,
    request,
  }) => {
    const token = await tokenFor(request, anna);
    const all = await listDocuments(request, token);
    const day = all.documents[0].createdAt.slice(0, 10);
    const sameDay = await listDocuments(request, token, `pageSize=100&from=${day}&to=${day}`);
    expect(sameDay.pagination.totalResults).toBeLessThan(all.pagination.totalResults);

    await logIn(page, anna);
    await openMyDocuments(page);
    await openFilters(page);
    await page.getByRole('combobox', { name: 'Date' }).selectOption('custom');
    await page.getByLabel('From', { exact: true }).fill(day);
    await page.getByLabel('To', { exact: true }).fill(day);
    await expect(page.locator(rows)).toHaveCount(Math.min(10, sameDay.pagination.totalResults));
    for (const date of await page.locator(`${rows} .cx-exd-date time`).evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))) {
      expect(date!.slice(0, 10)).toBe(day);
    }
    expect(page.url()).toContain(`from=${day}`);
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.locator(rows)).toHaveCount(10);

    // select three rows → one ZIP with exactly those three files, byte for byte
    const picked = (await page.locator(rows).evaluateAll((els) => els.map((e) => e.getAttribute('data-document-id')!))).slice(0, 3);
    for (const id of picked) await page.locator(`${rows}[data-document-id="${id}"] input.cx-exd-select-document`).check();
    await expect(page.locator('.cx-exd-selected-count')).toHaveText('3 selected');
    const [zipDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download selected (3)' }).click(),
    ]);
    expect(zipDownload.suggestedFilename()).toMatch(/^documents-\d{4}-\d{2}-\d{2}\.zip$/);
    const zipPath = test.info().outputPath(zipDownload.suggestedFilename());
    await zipDownload.saveAs(zipPath);
    const entries = storedZipEntries(readFileSync(zipPath));
    expect(entries.map((e) => e.name).sort()).toEqual(picked.map((id) => all.documents.find((d) => d.id === id)!.fileName).sort());
    for (const id of picked) {
      const document = all.documents.find((d) => d.id === id)!;
      const bytes = await (await request.get(`${occ}/users/current/documents/${id}/content`, { headers: { Authorization: `Bearer ${token}` } })).body();
      expect(entries.find((e) => e.name === document.fileName)!.data.equals(bytes), document.fileName).toBe(true);
    }
  });

  test('"Download all matching" takes the whole filter result; the CSV export has the filtered rows', async ({ page, request }) => {
    const token = await tokenFor(request, anna);
    const invoices = await listDocuments(request, token, 'pageSize=100&type=INVOICE');
    expect(invoices.pagination.totalResults).toBeGreaterThan(1);

    await logIn(page, anna);
    await openMyDocuments(page);
    await openFilters(page);
    await page.locator('.cx-exd-chip[data-type="INVOICE"]').click();
    await expect(page.locator(rows)).toHaveCount(Math.min(10, invoices.pagination.totalResults));
    const done = page.locator('.cx-exd-filter-done');
    if (await done.isVisible()) await done.click();

    const [zipDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download all matching (${invoices.pagination.totalResults})` }).click(),
    ]);
    const zipPath = test.info().outputPath('all.zip');
    await zipDownload.saveAs(zipPath);
    expect(storedZipEntries(readFileSync(zipPath)).map((e) => e.name).sort()).toEqual(invoices.documents.map((d) => d.fileName).sort());

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export list (CSV)' }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/^documents-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvPath = test.info().outputPath('list.csv');
    await csvDownload.saveAs(csvPath);
    const lines = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines[0]).toBe('Type,Title,Number,Order,Date,Size (bytes),Read');
    expect(lines.length - 1).toBe(invoices.pagination.totalResults);
    for (const document of invoices.documents) expect(lines.some((line) => line.includes(document.number)), document.number).toBe(true);
    for (const line of lines.slice(1)) expect(line.startsWith('INVOICE,')).toBe(true);
  });
});

import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { recordedResends } from '../support/integration';
import { pdfInfo } from '../support/pdf';
import { anna, ben, chris } from '../support/shoppers';
import { listDocuments, logIn, openMyDocuments, tokenFor } from '../support/storefront';

const rows = '.cx-exd-documents-table tbody tr';

test.describe('My Documents', () => {
  test('a shopper logs in, filters by type, pages and downloads an invoice as a real PDF', async ({
    page,
    request,
  }) => {
    const expected = await listDocuments(request, await tokenFor(request, anna));
    const total = expected.pagination.totalResults;
    const invoices = expected.documents.filter((d) => d.type === 'INVOICE');
    expect(total).toBeGreaterThan(10);
    expect(invoices.length).toBeGreaterThan(0);

    await logIn(page, anna);
    await openMyDocuments(page);

    await expect(page.locator(rows)).toHaveCount(10);
    await expect(page.locator('caption')).toContainText(`(${total} documents)`);

    // Paging asks the proxy for the next page and shows different documents.
    const firstPageNumbers = await page.locator(`${rows} .cx-exd-number`).allTextContents();
    // Spartacus 4.3 labels the link "page 2", 2211 (semantic pagination labels) "Go to page 2"
    await page.locator('cx-pagination').getByRole('link', { name: /^(go to )?page 2$/i }).click();
    await expect(page.locator('caption')).toContainText('page 2 of');
    await expect(page.locator(rows)).toHaveCount(total - 10);
    const secondPageNumbers = await page.locator(`${rows} .cx-exd-number`).allTextContents();
    expect(secondPageNumbers.some((n) => firstPageNumbers.includes(n))).toBe(false);

    // Filtering by type narrows the list to invoices only.
    await page.locator('.cx-exd-chip[data-type="INVOICE"]').click();
    await expect(page.locator(rows)).toHaveCount(invoices.length);
    for (const type of await page.locator(`${rows} .cx-exd-type`).allTextContents()) {
      expect(type.trim()).toBe('Invoice');
    }

    // Download saves the PDF under its real, meaningful name.
    const firstRow = page.locator(rows).first();
    const number = (await firstRow.locator('.cx-exd-number').textContent())!.trim();
    const invoice = invoices.find((d) => d.number === number)!;
    expect(invoice).toBeDefined();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      firstRow.getByRole('button', { name: new RegExp(`Download .*${number}`) }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(invoice.fileName);
    expect(download.suggestedFilename()).toContain(number);
    const path = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(pdfInfo(path)['Pages'])).toBeGreaterThan(0);
  });

  test('a file name with non-ASCII characters survives the download', async ({ page, request }) => {
    const bens = await listDocuments(request, await tokenFor(request, ben));
    const german = bens.documents.find((d) => /[^\x20-\x7e]/.test(d.fileName));
    expect(german).toBeDefined();

    await logIn(page, ben);
    await openMyDocuments(page);
    await page.locator(`.cx-exd-chip[data-type="${german!.type}"]`).click();
    const row = page.locator(`${rows}[data-document-id="${german!.id}"]`);
    await expect(row).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.locator('.cx-exd-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(german!.fileName);
    const path = test.info().outputPath('german.pdf');
    await download.saveAs(path);
    expect(pdfInfo(path)['Pages']).toBeDefined();
  });

  test("a second shopper sees only their own documents and cannot read the first one's", async ({
    page,
    request,
  }) => {
    const annas = await listDocuments(request, await tokenFor(request, anna));
    const benToken = await tokenFor(request, ben);
    const bens = await listDocuments(request, benToken);
    const annaIds = new Set(annas.documents.map((d) => d.id));
    expect(bens.documents.length).toBeGreaterThan(0);
    expect(bens.documents.some((d) => annaIds.has(d.id))).toBe(false);

    await logIn(page, ben);
    await openMyDocuments(page);
    await expect(page.locator('caption')).toContainText(`(${bens.pagination.totalResults} documents)`);
    const shownIds = await page.locator(rows).evaluateAll((trs) =>
      trs.map((tr) => tr.getAttribute('data-document-id')),
    );
    expect(shownIds.length).toBeGreaterThan(0);
    for (const id of shownIds) {
      expect(annaIds.has(id!)).toBe(false);
    }

    // Asking for Anna's document with Ben's token answers 404 and no bytes.
    const foreign = annas.documents[0];
    const headers = { Authorization: `Bearer ${benToken}` };
    const base = `/occ/v2/electronics-spa/users/current/documents/${foreign.id}`;
    const metadata = await request.get(base, { headers });
    expect(metadata.status()).toBe(404);
    const content = await request.get(`${base}/content`, { headers });
    expect(content.status()).toBe(404);
    expect((await content.body()).toString()).not.toContain('%PDF');
  });

  test('a shopper without documents sees the empty state', async ({ page }) => {
    await logIn(page, chris);
    await openMyDocuments(page);
    await expect(page.locator('.cx-exd-empty')).toContainText('You have no documents yet.');
    await expect(page.locator(rows)).toHaveCount(0);
  });

  test('a logged-out visitor is sent to the login page', async ({ page }) => {
    await page.goto('/my-account/documents');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.locator('input[formcontrolname="userId"]')).toBeVisible();
  });

  test('a shopper asks from the viewer for a document to be sent again by e-mail', async ({ page, request }) => {
    await logIn(page, anna);
    await openMyDocuments(page);
    const firstRow = page.locator(rows).first();
    const number = (await firstRow.locator('.cx-exd-number').textContent())!.trim();
    await firstRow.locator('.cx-exd-preview').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();

    const before = (await recordedResends(request)).length;
    const send = dialog.getByRole('button', { name: new RegExp(`Send .*${number}.* again by e-mail`) });
    await send.focus();
    await page.keyboard.press('Enter');
    await expect(dialog.locator('.cx-exd-resend-status')).toContainText('to be sent again by e-mail.');
    // the focus stays where it was, inside the dialog
    await expect(send).toBeFocused();
    const resends = (await recordedResends(request)).slice(before);
    expect(resends.map((r) => [r.documentNumber, r.customerUid, r.channel, r.requestedBy])).toEqual([[number, anna.uid, 'EMAIL', 'CUSTOMER']]);
  });
});

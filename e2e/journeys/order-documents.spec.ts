/**
 * Order documents journeys over the proxy's order endpoints:
 * - signed links (`POST .../documents/{id}/links`) and the order ZIP (`GET .../orders/{code}/documents/archive`)
 * - order documents with generatable types (`GET/POST .../orders/{code}/documents`)
 */
import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { anna } from '../support/shoppers';
import { ListedDocument, logIn, occ, openOrderDetails, tokenFor } from '../support/storefront';
import { zipEntryNames } from '../support/zip';

interface OrderDocumentsBody {
  documents: ListedDocument[];
  generatable: { type: string; consignmentCode?: string; entryNumber?: number }[];
}

async function orderDocuments(request: APIRequestContext, token: string, code: string): Promise<OrderDocumentsBody> {
  const response = await request.get(`${occ}/users/current/orders/${code}/documents`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status(), 'GET orders/{code}/documents').toBe(200);
  return response.json();
}

/** The first of Anna's orders for which the proxy can still generate a warranty certificate. */
async function orderWithGeneratableWarranty(request: APIRequestContext, token: string) {
  const orders = await request.get(`${occ}/users/current/orders?pageSize=100`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  for (const { code } of (await orders.json()).orders as { code: string }[]) {
    const body = await orderDocuments(request, token, code);
    const warranty = body.generatable.find((g) => g.type === 'WARRANTY' && g.entryNumber !== undefined);
    if (warranty) return { code, entryNumber: warranty.entryNumber!, body };
  }
  throw new Error('no order of Anna has a warranty certificate that can still be generated');
}

async function previewInvoice(page: Page) {
  await page
    .locator('cx-exd-order-documents .cx-exd-document[data-type="INVOICE"]')
    .getByRole('button', { name: /^Preview / })
    .click();
  const dialog = page.getByRole('dialog', { name: /Invoice/ });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('Order documents with signed links, ZIP archive and generation', () => {
  test('order details → preview a PDF → download all as ZIP → request a warranty → it appears', async ({
    page,
    request,
  }) => {
    const token = await tokenFor(request, anna);
    const { code, entryNumber, body } = await orderWithGeneratableWarranty(request, token);

    await logIn(page, anna);
    await openOrderDetails(page, code);
    const section = page.locator('cx-exd-order-documents');

    // 1. preview: the browser's own PDF viewer shows a signed link that needs no Authorization header
    const dialog = await previewInvoice(page);
    const frame = dialog.locator('iframe.cx-exd-viewer-frame');
    await expect(frame).toBeVisible();
    const src = (await frame.getAttribute('src'))!;
    expect(src).toMatch(/^https?:\/\//);
    expect(src).not.toContain(token);
    const signed = await request.get(src); // no Authorization header
    expect(signed.status()).toBe(200);
    expect(signed.headers()['content-type']).toContain('application/pdf');
    expect((await signed.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const newTab = dialog.getByRole('link', { name: /^Open in new tab: / });
    await expect(newTab).toHaveAttribute('href', src);
    await expect(newTab).toHaveAttribute('target', '_blank');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // 2. download all: one ZIP with every document of the order
    const [archive] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: /Download all .* as one ZIP file/ }).click(),
    ]);
    expect(archive.suggestedFilename()).toMatch(/\.zip$/i);
    const zipPath = test.info().outputPath(archive.suggestedFilename());
    await archive.saveAs(zipPath);
    const entries = zipEntryNames(readFileSync(zipPath));
    expect(entries.length).toBe(body.documents.length);
    for (const document of body.documents) {
      expect(entries.some((entry) => entry.includes(document.number)), `${document.number} in ${entries}`).toBe(true);
    }

    // 3. request the warranty certificate that does not exist yet
    const group = section.locator(`.cx-exd-group[data-entry="${entryNumber}"]`);
    const requestButton = group.locator('.cx-exd-requestable[data-type="WARRANTY"] .cx-exd-request');
    await expect(requestButton).toBeVisible();
    await requestButton.click();
    await expect(group.locator('.cx-exd-document[data-type="WARRANTY"]')).toHaveCount(1, { timeout: 30_000 });
    await expect(group.locator('.cx-exd-requestable[data-type="WARRANTY"]')).toHaveCount(0);
    await expect(page.locator('cx-global-message')).toContainText('is ready');

    const after = await orderDocuments(request, token, code);
    const created = after.documents.filter(
      (d) => d.type === 'WARRANTY' && (d.entryNumbers ?? []).includes(entryNumber),
    );
    expect(created.length).toBe(1);
    expect(after.generatable.some((g) => g.type === 'WARRANTY' && g.entryNumber === entryNumber)).toBe(false);
  });

  test('a clear message when Exstream is unavailable', async ({ page, request }) => {
    const token = await tokenFor(request, anna);
    const { code, entryNumber } = await orderWithGeneratableWarranty(request, token);
    await logIn(page, anna);
    await openOrderDetails(page, code);
    // the proxy answers this way when Exstream cannot be reached
    await page.route((url) => url.pathname.endsWith(`/orders/${code}/documents`), (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 503,
            headers: { 'Retry-After': '30', 'Content-Type': 'application/json' },
            body: JSON.stringify({
              errors: [{ type: 'ServiceUnavailableError', message: 'Exstream is unavailable; please try again later' }],
            }),
          })
        : route.continue(),
    );
    const group = page.locator(`cx-exd-order-documents .cx-exd-group[data-entry="${entryNumber}"]`);
    await group.locator('.cx-exd-requestable[data-type="WARRANTY"] .cx-exd-request').click();
    await expect(group.getByRole('alert')).toHaveText(
      'The document service is unavailable right now. Please try again in 30 seconds.',
    );
    await expect(group.locator('.cx-exd-request')).toBeEnabled();
  });
});

import { expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pdfInfo } from '../support/pdf';
import { anna } from '../support/shoppers';
import {
  commerceUrl,
  listDocuments,
  logIn,
  occ,
  openOrderDetails,
  tokenFor,
} from '../support/storefront';

/** Anna's order with two parcels and a credit note. */
const orderCode = '100027';

async function trackingIds(page: Page, token: string): Promise<Map<string, string>> {
  const response = await page.request.get(`${occ}/users/current/orders/${orderCode}?fields=FULL`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  const order = await response.json();
  return new Map(
    (order.consignments as { code: string; trackingID: string }[]).map((c) => [c.code, c.trackingID]),
  );
}

test.describe('Order details documents', () => {
  test('groups the order documents, with each parcel and its tracking id', async ({ page, request }) => {
    const token = await tokenFor(request, anna);
    const { documents } = await listDocuments(request, token, `orderCode=${orderCode}&pageSize=100`);
    const tracking = await trackingIds(page, token);
    expect(tracking.size).toBe(2);

    await logIn(page, anna);
    await openOrderDetails(page, orderCode);
    const section = page.locator('cx-exd-order-documents');

    await expect(section.locator('.cx-exd-group[data-group="confirmation"] .cx-exd-document')).toHaveCount(
      documents.filter((d) => d.type === 'ORDER_CONFIRMATION').length,
    );
    const invoices = section.locator('.cx-exd-group[data-group="invoices"]');
    await expect(invoices.getByRole('heading', { name: 'Invoices and credit notes' })).toBeVisible();
    await expect(invoices.locator('.cx-exd-document[data-type="INVOICE"]')).toHaveCount(1);
    await expect(invoices.locator('.cx-exd-document[data-type="CREDIT_NOTE"]')).toHaveCount(1);

    for (const [consignment, trackingId] of tracking) {
      const group = section.locator(`.cx-exd-group[data-consignment="${consignment}"]`);
      await expect(group.getByRole('heading', { name: `Shipment ${consignment}` })).toBeVisible();
      await expect(group.locator('.cx-exd-tracking-id')).toHaveText(trackingId);
      const notices = documents.filter((d) => d.type === 'SHIPMENT_NOTICE' && d.consignmentCode === consignment);
      await expect(group.locator('.cx-exd-document')).toHaveCount(notices.length);
    }
    // every document of the order is shown exactly once
    await expect(section.locator('.cx-exd-document')).toHaveCount(documents.length);
  });

  test('the viewer opens as a dialog, traps the focus, closes on Escape and returns the focus', async ({
    page,
  }) => {
    await logIn(page, anna);
    await openOrderDetails(page, orderCode);
    const preview = page
      .locator('cx-exd-order-documents .cx-exd-document[data-type="INVOICE"]')
      .getByRole('button', { name: /^Preview / });
    await preview.focus();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: /Invoice for order/ });
    await expect(dialog).toBeVisible();
    // a PDF is shown from a signed link, never from a blob URL; without links the download is offered
    const frame = dialog.locator('iframe.cx-exd-viewer-frame');
    const fallback = dialog.locator('.cx-exd-viewer-unavailable');
    await expect(frame.or(fallback)).toBeVisible();
    if (await frame.count()) {
      expect(await frame.getAttribute('src')).not.toMatch(/^blob:/);
    }
    await expect(dialog.getByRole('button', { name: /^Download Invoice for order/ })).toBeVisible();

    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]')),
      ).toBe(true);
    }

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(preview).toBeFocused();
  });

  test('downloads a document from the order with its real name', async ({ page, request }) => {
    const { documents } = await listDocuments(
      request,
      await tokenFor(request, anna),
      `orderCode=${orderCode}&type=CREDIT_NOTE`,
    );
    const creditNote = documents[0];
    await logIn(page, anna);
    await openOrderDetails(page, orderCode);
    const row = page.locator(`cx-exd-order-documents .cx-exd-document[data-document-id="${creditNote.id}"]`);
    const [download] = await Promise.all([page.waitForEvent('download'), row.locator('.cx-exd-download').click()]);
    expect(download.suggestedFilename()).toBe(creditNote.fileName);
    const path = test.info().outputPath('credit-note.pdf');
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(pdfInfo(path)['Pages'])).toBeGreaterThan(0);
  });

  test('an expired token during a download is refreshed by Spartacus and the download completes', async ({
    page,
  }) => {
    // Spartacus keeps the refresh token in memory only, so no reload after the login: the login
    // page sends the shopper back to the order inside the app
    await page.goto(`/my-account/order/${orderCode}`);
    await expect(page).toHaveURL(/\/login$/);
    await page.locator('input[formcontrolname="userId"]').fill(anna.uid);
    await page.locator('input[formcontrolname="password"]').fill(anna.password);
    await page.getByRole('button', { name: /sign in/i }).click();
    await expect(page.getByRole('heading', { name: 'Documents for this order' })).toBeVisible();
    let rejected = 0;
    // the proxy answers an expired token like this; the first content request gets it
    await page.route('**/documents/*/content*', async (route) => {
      if (rejected++ === 0) {
        await route.fulfill({
          status: 401,
          contentType: 'application/json',
          body: JSON.stringify({ errors: [{ type: 'InvalidTokenError', message: 'Invalid access token: expired' }] }),
        });
      } else {
        await route.continue();
      }
    });
    const refresh = page.waitForRequest(
      (r) => r.url().includes('/authorizationserver/oauth/token') && /grant_type=refresh_token/.test(r.postData() ?? ''),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('cx-exd-order-documents .cx-exd-document[data-type="INVOICE"] .cx-exd-download').click(),
    ]);
    await refresh;
    expect(rejected).toBe(2);
    expect(download.suggestedFilename()).toMatch(/^Invoice .*\.pdf$/);
    await expect(page.locator('cx-global-message .alert-danger')).toHaveCount(0);
  });

  test('an expired session during a download leads to the login page', async ({ page, request }) => {
    await logIn(page, anna);
    // after a reload Spartacus has no refresh token: the expired session ends in a new login
    await openOrderDetails(page, orderCode);
    // no token can be refreshed any more (the sandbox's test hook)
    const expired = await request.post(`${commerceUrl}/sandbox/tokens/expire?refresh=true`);
    expect(expired.status()).toBe(200);
    await page.route('**/documents/*/content*', (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ type: 'InvalidTokenError', message: 'Invalid access token: expired' }] }),
      }),
    );
    await page.locator('cx-exd-order-documents .cx-exd-document[data-type="INVOICE"] .cx-exd-download').click();
    await expect(page).toHaveURL(/\/login$/);
  });
});

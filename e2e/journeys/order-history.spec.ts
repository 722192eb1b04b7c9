import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pdfInfo } from '../support/pdf';
import { anna } from '../support/shoppers';
import { listDocuments, logIn, openOrderHistory, tokenFor } from '../support/storefront';

const typeLabels: Record<string, string> = {
  ORDER_CONFIRMATION: 'Order confirmation',
  INVOICE: 'Invoice',
  CREDIT_NOTE: 'Credit note',
  SHIPMENT_NOTICE: 'Shipment notice',
  WARRANTY: 'Warranty certificate',
  CORRESPONDENCE: 'Letter',
  RENEWAL_OFFER: 'Renewal offer',
};

test.describe('Order history with documents', () => {
  test('shows the documents column and its quick invoice download saves the real PDF', async ({
    page,
    request,
  }) => {
    const { documents } = await listDocuments(request, await tokenFor(request, anna));

    await logIn(page, anna);
    await openOrderHistory(page);
    const rows = page.locator('tr[data-order-code]');
    await expect(rows.first()).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Documents' })).toBeVisible();

    // each order shows one icon per document type with the number the proxy has
    for (const row of await rows.all()) {
      const code = (await row.getAttribute('data-order-code'))!;
      const ofOrder = documents.filter((d) => d.orderCode === code);
      const expected = new Map<string, number>();
      for (const d of ofOrder) expected.set(d.type, (expected.get(d.type) ?? 0) + 1);
      const icons = row.locator('.cx-exd-type-icon');
      await expect(icons).toHaveCount(expected.size);
      for (const [type, count] of expected) {
        await expect(row.locator(`.cx-exd-type-icon[data-type="${type}"]`)).toContainText(
          `${typeLabels[type] ?? type}: ${count}`,
        );
      }
    }

    // the quick download saves the order's invoice under its real name, and stays on the page
    const row = rows.first();
    const code = (await row.getAttribute('data-order-code'))!;
    const invoice = documents.find(
      (d) => d.type === 'INVOICE' && d.orderCode === code,
    )!;
    expect(invoice).toBeDefined();
    const button = row.getByRole('button', { name: `Download invoice ${invoice.number} of order ${code}` });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(invoice.fileName);
    const path = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(pdfInfo(path)['Pages'])).toBeGreaterThan(0);
    await expect(page).toHaveURL(/\/my-account\/orders$/);

    // the order links still lead to the order details
    await row.getByRole('link', { name: new RegExp(`Order ${code}`) }).click();
    await expect(page).toHaveURL(new RegExp(`/my-account/order/${code}$`));
  });

  test('the quick download is reachable and usable by keyboard', async ({ page }) => {
    await logIn(page, anna);
    await openOrderHistory(page);
    const button = page.locator('tr[data-order-code] .cx-exd-quick-invoice').first();
    await button.focus();
    await expect(button).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  });
});

test.describe('Order history icons', () => {
  test("every document type icon draws a glyph of the storefront's Font Awesome (5 on 4.3, 6 on 2211)", async ({ page }) => {
    await logIn(page, anna);
    await openOrderHistory(page);
    const icons = page.locator('.cx-exd-type-icon cx-icon');
    await expect(icons.first()).toBeVisible();
    const glyphs = await icons.evaluateAll((elements) =>
      elements.map((element) => {
        // the icon classes sit on cx-icon itself or on an element inside it, depending on the version
        const glyphElement = element.matches('[class*="fa-"]') ? element : element.querySelector('[class*="fa-"]') ?? element;
        const before = getComputedStyle(glyphElement, '::before');
        return {
          type: element.closest('[data-type]')?.getAttribute('data-type'),
          content: before.content,
          font: before.fontFamily,
          width: element.getBoundingClientRect().width,
        };
      }),
    );
    expect(glyphs.length).toBeGreaterThan(0);
    for (const glyph of glyphs) {
      // a class the icon font does not know leaves ::before without content: a blank square or nothing
      expect(glyph.content, `${glyph.type}`).toMatch(/^"[^"]+"$/);
      expect(glyph.font, `${glyph.type}`).toMatch(/Font Awesome/);
      expect(glyph.width, `${glyph.type}`).toBeGreaterThan(0);
    }
  });
});

import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe';
import { anna } from '../support/shoppers';
import { logIn, openMyDocuments, openOrderDetails, openOrderHistory } from '../support/storefront';

test.describe('Accessibility (axe-core: no serious or critical violations)', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page, anna);
  });

  test('My Documents, and with the viewer open', async ({ page }) => {
    await openMyDocuments(page);
    await expect(page.locator('.cx-exd-documents-table tbody tr').first()).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.locator('.cx-exd-documents-table .cx-exd-preview').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.locator('.cx-exd-viewer-body cx-spinner')).toHaveCount(0);
    await expectNoSeriousViolations(page);
  });

  test('order history with the documents column', async ({ page }) => {
    await openOrderHistory(page);
    await expect(page.locator('.cx-exd-quick-invoice').first()).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test('order details (the whole page, product images included) with the viewer open', async ({ page }) => {
    await openOrderDetails(page, '100027');
    await expect(page.locator('cx-exd-order-documents .cx-exd-document').first()).toBeVisible();
    // the product images of Spartacus' order items list are loaded, so the image links have names
    const productImages = page.locator('cx-cart-item-list cx-media img');
    await expect(productImages.first()).toBeVisible();
    for (const image of await productImages.all()) {
      await expect(image).toHaveJSProperty('complete', true);
      expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      await expect(image).toHaveAttribute('alt', /\S/);
    }
    await expectNoSeriousViolations(page);

    await page.locator('cx-exd-order-documents .cx-exd-preview').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.locator('.cx-exd-viewer-body cx-spinner')).toHaveCount(0);
    await expectNoSeriousViolations(page);
  });
});

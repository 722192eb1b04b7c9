import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe';
import { anna } from '../support/shoppers';
import { logIn, openMyDocuments, openOrderDetails, openOrderHistory } from '../support/storefront';

/**
 * Spartacus 4.3.8's own order items list (`cx-cart-item-list`) fails two rules on the sandbox's
 * orders, whose products have no images: an empty image link and light grey product codes.
 * It is not part of this library, so it is left out of the order details check.
 */
const SPARTACUS_ORDER_ITEMS = 'cx-cart-item-list';

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

  test('order details with the viewer open', async ({ page }) => {
    await openOrderDetails(page, '100027');
    await expect(page.locator('cx-exd-order-documents .cx-exd-document').first()).toBeVisible();
    await expectNoSeriousViolations(page, [SPARTACUS_ORDER_ITEMS]);

    await page.locator('cx-exd-order-documents .cx-exd-preview').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.locator('.cx-exd-viewer-body cx-spinner')).toHaveCount(0);
    await expectNoSeriousViolations(page, [SPARTACUS_ORDER_ITEMS]);
  });
});

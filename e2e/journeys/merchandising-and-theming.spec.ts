import { expect, Page, test } from '@playwright/test';
import { docScreenshot } from '../support/doc-screenshots';
import { anna } from '../support/shoppers';
import { listDocuments, logIn, openMyDocuments, tokenFor } from '../support/storefront';

const rows = '.cx-exd-documents-table tbody tr';

test.use({ viewport: { width: 1280, height: 900 } });

test.describe('Content from docs/impex', () => {
  test('"My Documents" is in the My Account menu and opens the page', async ({ page }) => {
    await logIn(page, anna);
    const menu = page.locator('cx-page-slot.HeaderLinks cx-navigation-ui');
    await menu.getByText('My Account').hover();
    const link = menu.getByRole('link', { name: 'My Documents' });
    await expect(link).toHaveAttribute('href', '/my-account/documents');
    await docScreenshot(page, 'account-menu');
    await link.click();
    await expect(page.getByRole('heading', { name: 'My Documents' })).toBeVisible();
    await expect(page.locator(rows).first()).toBeVisible();
    await docScreenshot(page, 'my-documents');
  });

  test('two differently filtered lists on one page, each with its own types and page size', async ({
    page,
    request,
  }) => {
    const all = await listDocuments(request, await tokenFor(request, anna));
    const count = (...types: string[]) => all.documents.filter((d) => types.includes(d.type)).length;
    expect(count('INVOICE', 'CREDIT_NOTE')).toBeGreaterThan(0);
    expect(count('STATEMENT')).toBeGreaterThan(0);

    await logIn(page, anna);
    await page.goto('/my-account/invoices');
    const invoices = page.locator('section', { has: page.getByRole('heading', { name: 'Invoices and credit notes' }) });
    const statements = page.locator('section', { has: page.getByRole('heading', { name: 'Account statements' }) });
    await expect(invoices.locator(rows).first()).toBeVisible();
    await expect(statements.locator(rows).first()).toBeVisible();

    await expect(invoices.locator(rows)).toHaveCount(Math.min(5, count('INVOICE', 'CREDIT_NOTE')));
    for (const type of await invoices.locator(`${rows} .cx-exd-type`).allTextContents()) {
      expect(['Invoice', 'Credit note']).toContain(type.trim());
    }
    await expect(invoices.locator('caption')).toContainText(`(${count('INVOICE', 'CREDIT_NOTE')} documents)`);

    await expect(statements.locator(rows)).toHaveCount(Math.min(5, count('STATEMENT')));
    for (const type of await statements.locator(`${rows} .cx-exd-type`).allTextContents()) {
      expect(type.trim()).toBe('Account statement');
    }
    await docScreenshot(page, 'filtered-lists');
  });
});

test.describe('Theming', () => {
  async function boxOf(page: Page, selector: string) {
    const box = await page.locator(selector).first().boundingBox();
    expect(box).not.toBeNull();
    return box!;
  }

  test('right-to-left: the table mirrors and nothing overflows the page', async ({ page }) => {
    await logIn(page, anna);
    await openMyDocuments(page);
    await expect(page.locator(rows).first()).toBeVisible();

    const ltrType = await boxOf(page, 'thead th:nth-child(1)');
    const ltrTitle = await boxOf(page, 'thead th:nth-child(2)');
    expect(ltrType.x).toBeLessThan(ltrTitle.x);

    await page.evaluate(() => {
      document.documentElement.setAttribute('dir', 'rtl');
      document.documentElement.setAttribute('lang', 'ar');
    });
    const rtlType = await boxOf(page, 'thead th:nth-child(1)');
    const rtlTitle = await boxOf(page, 'thead th:nth-child(2)');
    // the first column now starts on the right
    expect(rtlType.x).toBeGreaterThan(rtlTitle.x);
    // the download button sits at the inline end of its row: the left edge in RTL
    const download = await boxOf(page, `${rows} .cx-exd-download`);
    expect(download.x).toBeLessThan(rtlTitle.x);
    // the "All types" chip starts the filter at the right
    const all = await boxOf(page, '.cx-exd-chip-all');
    const firstType = await boxOf(page, '.cx-exd-chip[data-type]');
    expect(all.x).toBeGreaterThan(firstType.x);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    await docScreenshot(page, 'my-documents-rtl');
  });

  test('colours come from Spartacus variables: a theme change restyles the feature', async ({ page }) => {
    await logIn(page, anna);
    await openMyDocuments(page);
    const selected = page.locator('.cx-exd-chip-all');
    await expect(selected).toHaveClass(/selected/);
    await page.evaluate(() => document.documentElement.style.setProperty('--cx-color-primary', 'rgb(1, 2, 3)'));
    await expect(selected).toHaveCSS('background-color', 'rgb(1, 2, 3)');
  });
});

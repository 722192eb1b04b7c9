import { expect, Locator, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoSeriousViolations } from '../support/axe';
import { docScreenshot } from '../support/doc-screenshots';
import { pdfInfo } from '../support/pdf';
import { DeviceName, devices, measureLayout } from '../support/phone';
import { anna } from '../support/shoppers';
import { listDocuments, logIn, openMyDocuments, openOrderDetails, openOrderHistory, tokenFor } from '../support/storefront';

const rows = '.cx-exd-documents-table tbody tr';

/** The pages with our components, each opened the way a shopper gets there, with the component to measure. */
const documentPages: {
  name: string;
  component: string;
  open: (page: Page) => Promise<void>;
  /** the page's width is up to Spartacus' own components too (see order details) */
  othersSetTheWidth?: boolean;
}[] = [
  {
    name: 'My Documents',
    component: 'cx-exd-my-documents',
    open: async (page) => {
      await openMyDocuments(page);
      await expect(page.locator(rows).first()).toBeVisible();
    },
  },
  {
    name: 'the viewer',
    component: 'cx-exd-document-viewer',
    open: async (page) => {
      await openMyDocuments(page);
      await page.locator(`${rows} .cx-exd-preview`).first().tap();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expect(page.locator('.cx-exd-viewer-body cx-spinner')).toHaveCount(0);
    },
  },
  {
    name: 'order history',
    component: 'cx-exd-order-history',
    open: async (page) => {
      await openOrderHistory(page);
      await expect(page.locator('.cx-exd-quick-invoice').first()).toBeVisible();
    },
  },
  {
    name: "order details' documents",
    component: 'cx-exd-order-documents',
    // Spartacus 4.3's own order items list (cx-cart-item-list) is wider than a phone
    othersSetTheWidth: true,
    open: async (page) => {
      await openOrderDetails(page, '100027');
      await expect(page.locator('cx-exd-order-documents .cx-exd-document').first()).toBeVisible();
    },
  },
  {
    name: 'document preferences',
    component: 'cx-exd-communication-preferences',
    open: async (page) => {
      await page.goto('/my-account/document-preferences');
      await expect(page.locator('cx-exd-communication-preferences fieldset').first()).toBeVisible();
    },
  },
  {
    name: 'the unread badge in the header menu',
    component: 'cx-exd-document-notices',
    open: async (page) => {
      await page.goto('/my-account/orders');
      await openHeaderMenu(page);
      await expect(page.locator('cx-exd-document-notices a')).toBeVisible();
    },
  },
];

/** Below Spartacus' `lg` breakpoint (992 px) the header's navigation sits behind the hamburger button. */
async function openHeaderMenu(page: Page): Promise<void> {
  if (page.viewportSize()!.width >= 992) {
    return;
  }
  const hamburger = page.locator('cx-hamburger-menu button');
  await expect(hamburger).toBeVisible();
  await hamburger.tap();
  await expect(hamburger).toHaveAttribute('aria-expanded', 'true');
}

async function expectInside(target: Locator, width: number, minimum: number, scroll = true): Promise<void> {
  if (scroll) {
    await target.scrollIntoViewIfNeeded();
  }
  const box = (await target.boundingBox())!;
  const name = await target.getAttribute('aria-label');
  expect(box.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${name} ends on screen`).toBeLessThanOrEqual(width);
  expect(box.width, `${name} is wide enough`).toBeGreaterThanOrEqual(minimum);
  expect(box.height, `${name} is tall enough`).toBeGreaterThanOrEqual(minimum);
}

for (const device of Object.keys(devices) as DeviceName[]) {
  test.describe(`On a ${device} (${devices[device].viewport.width} × ${devices[device].viewport.height}, touch)`, () => {
    test.use({ ...devices[device] });

    test('every documents page is exactly as wide as the screen, with all its targets on it', async ({ page }) => {
      test.setTimeout(120_000);
      const width = devices[device].viewport.width;
      await logIn(page, anna);
      for (const documentPage of documentPages) {
        await documentPage.open(page);
        const measured = await measureLayout(page, documentPage.component, width);
        // the figures behind the assertions, for comparing layouts across changes
        console.log(`${device} | ${documentPage.name} | ${JSON.stringify(measured)}`);
        if (!documentPage.othersSetTheWidth) {
          expect(measured.layoutWidth, `${documentPage.name}: ${JSON.stringify(measured)}`).toBe(width);
        }
        expect(measured.componentWidth, `${documentPage.name}: ${JSON.stringify(measured)}`).toBeLessThanOrEqual(width);
        expect(measured.targets, documentPage.name).toBeGreaterThan(0);
        expect(measured.offScreen, `${documentPage.name}: ${JSON.stringify(measured)}`).toBe(0);
        expect(measured.undersized, `${documentPage.name}: ${JSON.stringify(measured)}`).toBe(0);
      }
    });
  });
}

test.describe('On a phone (390 × 844, touch)', () => {
  test.use({ ...devices['phone 390'] });
  const width = devices['phone 390'].viewport.width;

  test.beforeEach(async ({ page }) => {
    await logIn(page, anna);
  });

  test('each document is a card whose Preview and Download are on screen and thumb-sized', async ({ page }) => {
    await openMyDocuments(page);
    const cards = page.locator(rows);
    await expect(cards).toHaveCount(10);
    // the column names are the cells' labels; the table keeps its column headers for screen readers
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Number' })).toHaveCount(1);
    for (const card of await cards.all()) {
      await expectInside(card.locator('.cx-exd-preview'), width, 44);
      await expectInside(card.locator('.cx-exd-download'), width, 44);
    }
    // title first, then the type
    const first = cards.first();
    const title = (await first.locator('.cx-exd-title').boundingBox())!;
    const type = (await first.locator('.cx-exd-type').boundingBox())!;
    expect(title.y).toBeLessThan(type.y);
    await page.evaluate(() => window.scrollTo(0, 0));
    await docScreenshot(page, 'my-documents-phone', false);
  });

  test('the filters open from one button, apply a type and close with the focus back on the button', async ({ page }) => {
    await openMyDocuments(page);
    const toggle = page.getByRole('button', { name: 'Filters (0)' });
    const invoiceChip = page.locator('.cx-exd-chip[data-type="INVOICE"]');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(invoiceChip).toBeHidden();

    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('group', { name: 'Filter by type' })).toBeVisible();
    await invoiceChip.tap();
    await expect(invoiceChip).toHaveAttribute('aria-pressed', 'true');
    for (const type of await page.locator(`${rows} .cx-exd-type`).allTextContents()) {
      expect(type.trim()).toBe('Invoice');
    }
    await docScreenshot(page, 'my-documents-phone-filters', false);
    await page.getByRole('button', { name: 'Show results' }).tap();
    const applied = page.getByRole('button', { name: 'Filters (1)' });
    await expect(applied).toBeFocused();
    await expect(applied).toHaveAttribute('aria-expanded', 'false');
    await expect(invoiceChip).toBeHidden();

    // the active filter shows as a removable chip; the sort stays one tap away
    const active = page.getByRole('list', { name: 'Active filters' });
    await expect(active.getByRole('button', { name: 'Remove filter Invoice' })).toBeVisible();
    await expect(page.locator('.cx-exd-sort cx-sorting')).toBeVisible();
    await active.getByRole('button', { name: 'Remove filter Invoice' }).tap();
    await expect(page.getByRole('button', { name: 'Filters (0)' })).toBeVisible();
    await expect(page.locator(rows)).toHaveCount(10);

    // by keyboard: Enter opens, Escape closes and gives the focus back
    const reset = page.getByRole('button', { name: 'Filters (0)' });
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect(reset).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.locator('.cx-exd-chip-all')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(reset).toHaveAttribute('aria-expanded', 'false');
    await expect(reset).toBeFocused();
  });

  test('a download from the phone layout saves the PDF', async ({ page, request }) => {
    const { documents } = await listDocuments(request, await tokenFor(request, anna));
    await openMyDocuments(page);
    const first = page.locator(rows).first();
    const id = (await first.getAttribute('data-document-id'))!;
    const expected = documents.find((d) => d.id === id)!;
    const [download] = await Promise.all([page.waitForEvent('download'), first.locator('.cx-exd-download').tap()]);
    expect(download.suggestedFilename()).toBe(expected.fileName);
    const path = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(pdfInfo(path)['Pages'])).toBeGreaterThan(0);
  });

  test('the viewer fills the screen, saves through a signed link and closes, giving the focus back to Preview', async ({ page }) => {
    await openMyDocuments(page);
    const preview = page.locator(`${rows} .cx-exd-preview`).first();
    await preview.tap();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(page.locator('.cx-exd-viewer-body cx-spinner')).toHaveCount(0);
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.y).toBe(0);
    expect(box.width).toBe(width);
    expect(box.height).toBeGreaterThanOrEqual(devices['phone 390'].viewport.height);
    // the × in the header, visible without scrolling
    const close = dialog.locator('.cx-exd-viewer-close');
    await expect(close).toHaveAccessibleName('Close');
    await expectInside(close, width, 24, false);
    expect((await close.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await docScreenshot(page, 'viewer-phone', false);
    // Download saves through a signed link (no blob URL, which iOS Safari handles poorly), the viewer stays open
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.locator('.cx-exd-viewer-download').tap()]);
    expect(download.url()).toMatch(/^https?:\/\/.*signature=/);
    const path = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(dialog).toBeVisible();
    await close.tap();
    await expect(dialog).toBeHidden();
    await expect(preview).toBeFocused();
  });

  test('the header menu shows the unread badge once, next to the account menu', async ({ page }) => {
    await page.goto('/my-account/orders');
    await expect(page.locator('cx-page-slot.SiteLogo img')).toBeVisible();
    await openHeaderMenu(page);
    const badge = page.locator('cx-exd-document-notices a');
    await expect(badge).toHaveCount(1);
    await expectInside(badge, width, 24);
    await expect(page.locator('cx-page-slot.HeaderLinks')).toContainText('My Account');
    await docScreenshot(page, 'header-menu-phone', false);
  });

  test('axe finds no serious or critical violations at phone size', async ({ page }) => {
    // seven full-page scans
    test.setTimeout(240_000);
    for (const documentPage of documentPages) {
      await documentPage.open(page);
      await expectNoSeriousViolations(page);
    }
    await openMyDocuments(page);
    await page.getByRole('button', { name: 'Filters (0)' }).tap();
    await expectNoSeriousViolations(page);
  });
});

import { expect, Locator, Page, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe';
import { ingestDocument } from '../support/integration';
import { anna, ben, chris } from '../support/shoppers';
import { listDocuments, logIn, occ, openMyDocuments, tokenFor } from '../support/storefront';

/** The unread documents badge in the header, placed once: next to the My Account menu (the HeaderLinks slot). */
function headerBadge(page: Page): Locator {
  return page.locator('cx-page-slot.HeaderLinks cx-exd-document-notices a.cx-exd-notices');
}

async function badgeCount(page: Page): Promise<number> {
  await expect(headerBadge(page)).toBeVisible();
  return Number(await headerBadge(page).getAttribute('data-count'));
}

/** Marks the loaded page, so a full reload (which would drop the mark) can be detected. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { exdNoReload: boolean }).exdNoReload = true));
}

async function expectNoReload(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { exdNoReload?: boolean }).exdNoReload)).toBe(true);
}

function fieldsetOf(page: Page, category: string): Locator {
  return page.locator(`fieldset.cx-exd-preference[data-category="${category}"]`);
}

test.describe('Unread notices', () => {
  test('a new document raises the badge without a reload, opening it lowers the badge again', async ({ page, request }) => {
    await logIn(page, anna);
    await page.goto('/my-account/orders');
    const before = await badgeCount(page);
    expect(before).toBeGreaterThanOrEqual(2);
    await expect(headerBadge(page)).toHaveAccessibleName(`${before} unread documents`);
    // the badge sits next to the My Account menu, and only there
    await expect(page.locator('cx-page-slot.HeaderLinks cx-exd-document-notices a')).toHaveAttribute('data-count', String(before));
    await expect(page.locator('cx-exd-document-notices a')).toHaveCount(1);
    await markPage(page);

    // real PDF bytes for the new documents: one of Anna's own documents
    const token = await tokenFor(request, anna);
    const [existing] = (await listDocuments(request, token, 'pageSize=1')).documents;
    const pdf = await (
      await request.get(`${occ}/users/current/documents/${existing.id}/content`, { headers: { Authorization: `Bearer ${token}` } })
    ).body();
    const suffix = Date.now().toString(36).toUpperCase();

    // 1. a new document while the page is open: the window regains the focus
    const first = await ingestDocument(
      request,
      { ownerUid: anna.uid, type: 'CORRESPONDENCE', title: `Notice ${suffix}-A`, number: `E2E-${suffix}-A`, createdAt: new Date().toISOString() },
      pdf,
    );
    expect(first.read).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(headerBadge(page)).toHaveAttribute('data-count', String(before + 1));

    // 2. another one: an in-app navigation
    await ingestDocument(
      request,
      { ownerUid: anna.uid, type: 'CORRESPONDENCE', title: `Notice ${suffix}-B`, number: `E2E-${suffix}-B`, createdAt: new Date().toISOString() },
      pdf,
    );
    await page.locator('cx-page-slot.SiteLogo a').first().click();
    await expect(page).toHaveURL(/\/$/);
    await expect(headerBadge(page)).toHaveAttribute('data-count', String(before + 2));
    await expectNoReload(page);

    // the badge leads to the unread documents; opening the new one marks it read
    await headerBadge(page).click();
    await expect(page).toHaveURL(/\/my-account\/documents\?unread=true$/);
    const row = page.locator('tr.cx-exd-row', { hasText: `Notice ${suffix}-A` });
    await expect(row.locator('.cx-exd-badge')).toHaveText('New');
    await row.locator('.cx-exd-preview').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(headerBadge(page)).toHaveAttribute('data-count', String(before + 1));
    await page.getByRole('dialog').locator('.cx-exd-viewer-dismiss').click();
    await expect(row.locator('.cx-exd-badge')).toHaveCount(0);

    // downloading the other one marks it read too
    const other = page.locator('tr.cx-exd-row', { hasText: `Notice ${suffix}-B` });
    const download = page.waitForEvent('download');
    await other.locator('.cx-exd-download').click();
    await download;
    await expect(headerBadge(page)).toHaveAttribute('data-count', String(before));
    await expect(headerBadge(page)).toHaveAccessibleName(`${before} unread documents`);
    await expectNoReload(page);

    // and the proxy agrees
    const unread = await listDocuments(request, token, 'pageSize=1&unread=true');
    expect(unread.pagination.totalResults).toBe(before);
  });

  test('a shopper without unread documents sees "No new documents"', async ({ page }) => {
    await logIn(page, chris);
    await expect(headerBadge(page)).toHaveText('No new documents');
    await expect(headerBadge(page)).toHaveAttribute('data-count', '0');
  });

  test('a visitor who is not signed in sees no badge', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('cx-page-slot.SiteLinks')).toBeVisible();
    await expect(page.locator('cx-exd-document-notices a')).toHaveCount(0);
  });
});

test.describe('My Documents: unread filter, letters, offers, delivery status', () => {
  test('the unread filter shows only unread documents, preselected from ?unread=true', async ({ page }) => {
    await logIn(page, anna);
    await page.goto('/my-account/documents?unread=true');
    const chip = page.locator('button.cx-exd-chip-unread');
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    const count = Number((await chip.textContent())?.match(/\((\d+)\)/)?.[1]);
    expect(count).toBeGreaterThanOrEqual(2);
    const rows = page.locator('tr.cx-exd-row');
    await expect(rows).toHaveCount(Math.min(count, 10));
    await expect(page.locator('tr.cx-exd-row:not(.unread)')).toHaveCount(0);
    for (const badge of await rows.locator('.cx-exd-badge').all()) {
      await expect(badge).toHaveText('New');
    }

    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('tr.cx-exd-row:not(.unread)').first()).toBeVisible();
  });

  test('a customer-service letter shows its event, next step and order', async ({ page }) => {
    await logIn(page, anna);
    await openMyDocuments(page);
    const letter = page.locator('tr.cx-exd-row', { has: page.locator('.cx-exd-correspondence') }).first();
    await expect(letter.locator('.cx-exd-correspondence-event')).toHaveText('About: Failed payment');
    await expect(letter.locator('.cx-exd-next-step')).toContainText(/^Next step: \S+/);
    await expect(letter.locator('.cx-exd-order a')).toHaveAttribute('href', /\/my-account\/order\/\w+/);
  });

  test("a renewal offer's call to action navigates inside the storefront", async ({ page }) => {
    await logIn(page, anna);
    await openMyDocuments(page);
    await markPage(page);
    const action = page.locator('a.cx-exd-action').first();
    await expect(action).toBeVisible();
    const href = (await action.getAttribute('href')) as string;
    expect(href.startsWith('/')).toBe(true);
    await action.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&')}$`));
    await expectNoReload(page);
  });

  test('the latest delivery status is shown, and a bounced e-mail asks to check the address', async ({ page }) => {
    await logIn(page, anna);
    await openMyDocuments(page);
    const bounced = page.locator('tr.cx-exd-row', { has: page.locator('.cx-exd-bounced-hint') }).first();
    await expect(bounced.locator('.cx-exd-delivery')).toContainText('E-mail: not delivered (bounced)');
    const check = bounced.locator('.cx-exd-bounced-hint a');
    await expect(check).toHaveText('Check your e-mail address');
    await expect(check).toHaveAttribute('href', '/my-account/update-email');
    await check.click();
    await expect(page).toHaveURL(/\/my-account\/update-email$/);
    await expect(page.locator('cx-update-email form')).toBeVisible();
  });

  test("another shopper's letters and delivery events", async ({ page }) => {
    await logIn(page, ben);
    await openMyDocuments(page);
    const events = await page.locator('.cx-exd-correspondence-event').allTextContents();
    expect(events.map((e) => e.trim())).toEqual(
      expect.arrayContaining(['About: Item on backorder', 'About: Shipment delayed', 'About: Order cancelled']),
    );
    await expect(page.locator('.cx-exd-delivery').first()).toBeVisible();
  });
});

test.describe('Communication preferences', () => {
  test('changed channel and paperless consent survive a reload, with the change in the history', async ({ page }) => {
    await logIn(page, ben);
    await page.locator('cx-page-slot.HeaderLinks cx-navigation-ui').getByText('My Account').hover();
    await page.getByRole('link', { name: 'Document Preferences' }).click();
    await expect(page).toHaveURL(/\/my-account\/document-preferences$/);
    await expect(page.getByRole('heading', { name: 'Document preferences' })).toBeVisible();

    const billing = fieldsetOf(page, 'BILLING');
    await expect(billing.locator('legend').first()).toHaveText('Billing');
    await billing.getByLabel('Online account only').check();
    await billing.getByLabel('Paperless: no paper copies by post').check();
    await billing.getByLabel('Format').selectOption('HTML');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect(page.locator('cx-global-message')).toContainText('Your document preferences have been saved.');

    await page.reload();
    const reloaded = fieldsetOf(page, 'BILLING');
    await expect(reloaded.getByLabel('Online account only')).toBeChecked();
    await expect(reloaded.getByLabel('Paperless: no paper copies by post')).toBeChecked();
    await expect(reloaded.getByLabel('Format')).toHaveValue('HTML');
    await expect(fieldsetOf(page, 'ORDER_UPDATES').getByLabel('E-mail')).toBeChecked();
    await expect(page.locator('.cx-exd-last-change')).toContainText(`Last changed by ${ben.uid} on`);

    const toggle = page.getByRole('button', { name: 'Show change history' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(page.getByRole('button', { name: 'Hide change history' })).toHaveAttribute('aria-expanded', 'true');
    const rows = page.locator('tr.cx-exd-history-row');
    await expect(rows.filter({ hasText: 'E-mail → Online account only' })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'No → Yes' })).toHaveCount(1);
    await expect(rows.first()).toContainText(ben.uid);
  });

  test('paperless with post is flagged next to the field before anything is sent', async ({ page }) => {
    await logIn(page, anna);
    await page.goto('/my-account/document-preferences');
    let puts = 0;
    page.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().includes('/communicationPreferences')) puts++;
    });
    const offers = fieldsetOf(page, 'OFFERS');
    await offers.getByLabel('Post', { exact: true }).check();
    await offers.getByLabel('Paperless: no paper copies by post').check();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    const paperless = offers.getByLabel('Paperless: no paper copies by post');
    await expect(paperless).toHaveAttribute('aria-invalid', 'true');
    await expect(paperless).toHaveAccessibleDescription(/cannot be combined with delivery by post/);
    await expect(paperless).toBeFocused();
    expect(puts).toBe(0);
  });

  test("a server validation error shows next to its field; the page passes axe-core", async ({ page }) => {
    await logIn(page, anna);
    await page.goto('/my-account/document-preferences');
    await expect(fieldsetOf(page, 'BILLING')).toBeVisible();
    await expectNoSeriousViolations(page);

    // a request the form cannot produce: a language the server does not offer
    // the answer is read here, as it passes: the browser may drop a response body before the test asks for it
    let answer: { status: number; errors: unknown } | undefined;
    await page.route((url) => url.pathname.endsWith('/communicationPreferences'), async (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      const body = route.request().postDataJSON();
      body.preferences[2].language = 'xx';
      const response = await route.fetch({ postData: JSON.stringify(body) });
      answer = { status: response.status(), errors: (await response.json()).errors };
      await route.fulfill({ response });
    });
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(() => answer?.status).toBe(400);
    expect(answer!.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'ValidationError', subject: 'preferences[2].language' })]),
    );

    const language = fieldsetOf(page, 'PRODUCT_DOCUMENTS').getByLabel('Language');
    await expect(language).toHaveAttribute('aria-invalid', 'true');
    await expect(language).toHaveAccessibleDescription('Choose one of the offered languages.');
    await expect(fieldsetOf(page, 'BILLING').getByLabel('Language')).not.toHaveAttribute('aria-invalid', 'true');
    // shown where it belongs, not once more as a global message
    await expect(page.locator('cx-global-message .alert-danger')).toHaveCount(0);

    await page.getByRole('button', { name: 'Show change history' }).click();
    await expect(page.locator('.cx-exd-history cx-spinner')).toHaveCount(0);
    await expectNoSeriousViolations(page);
  });
});

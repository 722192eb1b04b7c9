import { expect, Page, Route, test } from '@playwright/test';
import { anna } from '../support/shoppers';
import { logIn, openMyDocuments } from '../support/storefront';

const rows = '.cx-exd-documents-table tbody tr';
const listRequests = /\/users\/[^/]+\/documents(\?|$)/;

/** An OCC error the way the proxy answers a failing dependency: 503 with Retry-After. */
async function unavailable(route: Route, retryAfterSeconds: number): Promise<void> {
  await route.fulfill({
    status: 503,
    headers: { 'Retry-After': String(retryAfterSeconds), 'Content-Type': 'application/json' },
    body: JSON.stringify({ errors: [{ type: 'ServiceUnavailableError', message: 'The document index is temporarily unavailable; please try again later' }] }),
  });
}

/** What a gateway in front of the proxy answers when the proxy is gone: an HTML page. */
async function gatewayPage(route: Route, status: number): Promise<void> {
  await route.fulfill({ status, contentType: 'text/html', body: `<html><body><h1>${status} Gateway error</h1></body></html>` });
}

async function expectNoSpinner(page: Page): Promise<void> {
  await expect(page.locator('cx-exd-my-documents cx-spinner')).toHaveCount(0);
}

test.describe('When the proxy or the network fails', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page, anna);
  });

  test('My Documents: a 503 says when to try again, and Try again then shows the list', async ({ page }) => {
    await page.route(listRequests, (route) => unavailable(route, 7));
    await openMyDocuments(page);
    const alert = page.locator('cx-exd-my-documents [role="alert"]');
    await expect(alert).toContainText('Your documents could not be loaded.');
    await expect(alert).toContainText('7 seconds');
    await expectNoSpinner(page);

    await page.unroute(listRequests);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator(rows).first()).toBeVisible();
    await expect(alert).toHaveCount(0);
  });

  for (const [what, answer] of [
    ['a gateway error page (502, HTML instead of JSON)', (route: Route) => gatewayPage(route, 502)],
    ['a gateway time-out (504, HTML)', (route: Route) => gatewayPage(route, 504)],
    ["the storefront's own page with 200 instead of the API (a misrouted ingress)", (route: Route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body><app-root></app-root></body></html>' })],
    ['a connection that times out', (route: Route) => route.abort('timedout')],
  ] as const) {
    test(`My Documents: ${what} gives the clear message and Try again, never a stuck spinner`, async ({ page }) => {
      await page.route(listRequests, answer);
      await openMyDocuments(page);
      const alert = page.locator('cx-exd-my-documents [role="alert"]');
      await expect(alert).toContainText('Your documents could not be loaded.');
      await expect(alert.getByRole('button', { name: 'Try again' })).toBeEnabled();
      await expectNoSpinner(page);
    });
  }

  test('offline in the middle of a download: the shopper is told, and the download works once back online', async ({ page }) => {
    await openMyDocuments(page);
    const row = page.locator(rows).first();
    await expect(row).toBeVisible();
    const content = /\/documents\/[^/]+\/content/;
    await page.route(content, (route) => route.abort('internetdisconnected'));
    await row.locator('.cx-exd-download').click();
    await expect(page.locator('cx-global-message')).toContainText('could not be downloaded');
    await expect(row.locator('.cx-exd-download')).toBeEnabled();

    await page.unroute(content);
    const [download] = await Promise.all([page.waitForEvent('download'), row.locator('.cx-exd-download').click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  });

  test('order details: a 503 of the order documents says when to try again', async ({ page }) => {
    const orderDocuments = /\/users\/[^/]+\/(orders\/100027\/documents|documents\?.*orderCode=100027)/;
    await page.route(orderDocuments, (route) => unavailable(route, 9));
    await page.goto('/my-account/order/100027');
    const alert = page.locator('cx-exd-order-documents [role="alert"]');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('9 seconds');
    await page.unroute(orderDocuments);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('cx-exd-order-documents .cx-exd-document').first()).toBeVisible();
  });

  test('document preferences: a 503 on load says when to try again, and Try again loads them', async ({ page }) => {
    const preferences = /\/users\/[^/]+\/communicationPreferences(\?|$)/;
    await page.route(preferences, (route) => unavailable(route, 11));
    await page.goto('/my-account/document-preferences');
    const alert = page.locator('cx-exd-communication-preferences [role="alert"]');
    await expect(alert).toContainText('could not be loaded');
    await expect(alert).toContainText('11 seconds');
    await page.unroute(preferences);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('cx-exd-communication-preferences input[type="checkbox"]').first()).toBeVisible();
  });
});

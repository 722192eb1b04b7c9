import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { APIRequestContext, expect, Locator, Page, Request, test, TestInfo } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { hanna, linda, william } from '../support/shoppers';
import { logIn, tokenFor } from '../support/storefront';

// SAP's own Account Summary pages (@spartacus/organization/account-summary) of the 2211 B2B app that
// `npm run test:compat` builds (EXD_STOREFRONT=spartacus-2211-b2b; no other storefront runs this file,
// see playwright.config.ts). The ingress routes `…/orgUnits/{id}/accountSummary` and `…/orgDocuments…`
// to the proxy: every figure the pages show must be what the proxy answers, fetched here with the
// storefront's own token and query.

const b2bOcc = '/occ/v2/powertools-spa';

interface ProxySummary {
  orgUnit: { uid: string; name?: string };
  amountBalance: {
    currentBalance: string;
    openBalance: string;
    pastDueBalance: string;
    dueBalances: { amount: string; dayRange: { minBoundary: number; maxBoundary?: number } }[];
  };
}

interface ProxyOrgDocument {
  id: string;
  orgDocumentType: { code: string; name: string };
  status: 'open' | 'closed';
  createdAtDate: string;
  dueAtDate?: string;
  formattedAmount?: string;
  formattedOpenAmount?: string;
  attachments: { id: string }[];
  document: { id: string; number: string; sha256: string; mimeType: string; fileName: string };
}

interface ProxyDocumentList {
  orgDocuments: ProxyOrgDocument[];
  pagination: { currentPage: number; pageSize: number; totalResults: number; sort: string };
}

/** Asks the proxy what the storefront asked it, with the storefront's own Authorization header. */
async function proxyAnswer<T>(request: APIRequestContext, asked: Request): Promise<T> {
  const url = new URL(asked.url());
  const authorization = (await asked.allHeaders())['authorization'];
  expect(authorization, 'the storefront sends its bearer token').toMatch(/^bearer /i);
  const response = await request.get(`${url.pathname}${url.search}`, { headers: { Authorization: authorization } });
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

function documentsRequest(page: Page, matches: (params: URLSearchParams) => boolean = () => true): Promise<Request> {
  return page.waitForRequest((r) => {
    const url = new URL(r.url());
    return r.method() === 'GET' && /\/orgUnits\/[^/]+\/orgDocuments$/.test(url.pathname) && matches(url.searchParams);
  });
}

/** Angular's `longDate` in en for a `YYYY-MM-DD` date, as SAP's table shows it. */
function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
}

function cardValue(header: Locator, title: string): Locator {
  return header.locator('.cx-card').filter({ has: header.page().locator('.cx-card-title', { hasText: new RegExp(`^\\s*${title}\\s*$`) }) });
}

/** Every row of SAP's documents table against the proxy's `orgDocuments`, in order. */
async function expectTableToShow(page: Page, answer: ProxyDocumentList): Promise<void> {
  const rows = page.locator('cx-account-summary-document .cx-account-summary-document-row');
  await expect(rows).toHaveCount(answer.orgDocuments.length);
  await expect(rows.locator('.cx-account-summary-document-code .cx-account-summary-document-value')).toHaveText(
    answer.orgDocuments.map((d) => d.id),
  );
  for (const [index, doc] of answer.orgDocuments.entries()) {
    const row = rows.nth(index);
    const values = (cell: string) => row.locator(`.cx-account-summary-document-${cell} .cx-account-summary-document-value`);
    await expect(values('type')).toHaveText(doc.orgDocumentType.name);
    await expect(values('date')).toHaveText([longDate(doc.createdAtDate), doc.dueAtDate ? longDate(doc.dueAtDate) : '']);
    await expect(values('monetary')).toHaveText([doc.formattedAmount ?? '', doc.formattedOpenAmount ?? '']);
    await expect(values('status')).toHaveText(doc.status === 'open' ? 'Open' : 'Closed');
  }
}

async function chooseOption(page: Page, control: Locator, option: string): Promise<void> {
  await control.click();
  await page.locator('.ng-dropdown-panel .ng-option').filter({ hasText: new RegExp(`^\\s*${option}\\s*$`) }).click();
}

/**
 * axe on SAP's own pages: serious or critical violations are reported (annotation and log), not failed
 * on, when the markup is SAP's; a violation inside one of our components (`cx-exd-…`) fails.
 */
async function reportAxe(page: Page, testInfo: TestInfo, where: string): Promise<void> {
  const violations = await seriousViolations(page);
  testInfo.annotations.push({
    type: `axe: ${where}`,
    description: violations.length ? JSON.stringify(violations, null, 1) : 'no serious or critical violations',
  });
  console.log(`axe on ${where}: ${violations.length ? JSON.stringify(violations, null, 1) : 'no serious or critical violations'}`);
  const ours = violations.filter((v) => v.targets.some((t) => t.includes('cx-exd-')));
  expect(ours, `violations in our own components on ${where}`).toEqual([]);
}

test.describe("SAP's Account Summary pages (2211 B2B) show the proxy's documents", () => {
  test('an administrator sees the units, the header balances and the documents exactly as the proxy answers them', async ({
    page,
    request,
  }, testInfo) => {
    await logIn(page, linda);

    // My Company → Account Summary: SAP's unit list, from Commerce's unit tree
    await page.goto('/organization');
    await page.getByRole('link', { name: 'Account Summary' }).click();
    await expect(page).toHaveURL(/\/organization\/account-summary$/);
    const list = page.locator('cx-account-summary-list');
    await expect(list).toContainText('All Account Summaries (4)');
    await list.getByRole('button', { name: /expand all/i }).click();
    for (const unit of ['Rustic', 'Rustic Retail', 'Custom Retail', 'Rustic Services']) {
      await expect(list.getByRole('treeitem', { name: new RegExp(`(^|\\s)${unit} \\(`) })).toBeVisible();
    }
    await expect(list).not.toContainText('Pronto');

    // open Custom Retail: SAP's details page asks the proxy for the summary and the first page of documents
    const summaryAsked = page.waitForRequest((r) => /\/orgUnits\/Custom%20Retail\/accountSummary$/.test(new URL(r.url()).pathname));
    const firstPageAsked = documentsRequest(page);
    await list.getByRole('treeitem', { name: /(^|\s)Custom Retail \(/ }).click();
    await expect(page).toHaveURL(/\/organization\/account-summary\/details\/Custom%20Retail$/);

    const summary = await proxyAnswer<ProxySummary>(request, await summaryAsked);
    expect(summary.orgUnit.uid).toBe('Custom Retail');
    const header = page.locator('cx-account-summary-header');
    await expect(cardValue(header, 'Unit ID')).toContainText('Custom Retail');
    await expect(cardValue(header, 'Open Balance').locator('.cx-card-label')).toHaveText(summary.amountBalance.openBalance);
    await expect(cardValue(header, 'Current Balance').locator('.cx-card-label')).toHaveText(summary.amountBalance.currentBalance);
    await expect(header.locator('.cx-account-summary-header-past-due-balance-total > div:not(.cx-past-due-balance-label)')).toHaveText(
      summary.amountBalance.pastDueBalance,
    );
    // the aging: one line per range of the proxy, label and amount
    const ranges = header.locator('.cx-account-summary-header-past-due-range-collection');
    expect(summary.amountBalance.dueBalances.length).toBeGreaterThan(0);
    await expect(ranges).toHaveText(
      summary.amountBalance.dueBalances.map(({ amount, dayRange: { minBoundary, maxBoundary } }) =>
        new RegExp(`^\\s*${maxBoundary !== undefined ? `${minBoundary}-${maxBoundary}` : `${minBoundary}\\+`} Days\\s*${amount.replace(/[$.]/g, '\\$&')}\\s*$`),
      ),
    );
    // what Commerce's OCC has no source for: SAP's page shows its own "n/a"
    for (const title of ['Address', 'Credit Rep', 'Credit Line']) {
      await expect(cardValue(header, title).locator('.cx-card-label')).toHaveText('n/a');
    }

    // the documents table: SAP's first request (status open, page 0 of 10, default sort) against the proxy's answer
    const firstRequest = await firstPageAsked;
    expect(new URL(firstRequest.url()).searchParams.get('status')).toBe('open');
    const firstPage = await proxyAnswer<ProxyDocumentList>(request, firstRequest);
    expect(firstPage.orgDocuments.length).toBeGreaterThan(0);
    await expectTableToShow(page, firstPage);

    // SAP's status filter: "All", then Search → a new query, the table follows the proxy
    const allAsked = documentsRequest(page, (params) => params.get('status') === 'all');
    await chooseOption(page, page.locator('cx-account-summary-document-filter [formcontrolname="status"]'), 'All');
    await page.locator('cx-account-summary-document-filter').getByRole('button', { name: 'Search' }).click();
    const all = await proxyAnswer<ProxyDocumentList>(request, await allAsked);
    expect(all.pagination.totalResults).toBeGreaterThan(firstPage.pagination.totalResults);
    await expectTableToShow(page, all);

    // SAP's sort: due date ascending, still all statuses
    const byDueAsked = documentsRequest(page, (params) => params.get('sort') === 'byDueAtDateAsc' && params.get('status') === 'all');
    await chooseOption(page, page.locator('cx-account-summary-document cx-sorting').first(), 'Due On Ascending');
    const byDue = await proxyAnswer<ProxyDocumentList>(request, await byDueAsked);
    expect(byDue.pagination.sort).toBe('byDueAtDateAsc');
    await expectTableToShow(page, byDue);

    // download the first row's attachment from SAP's table: the PDF with the document's bytes
    const first = byDue.orgDocuments[0];
    const attachmentAsked = page.waitForResponse((r) => r.url().includes('/attachments/'));
    const download = page.waitForEvent('download');
    await page.locator('cx-account-summary-document .cx-account-summary-document-row').first().locator('button').click();
    const attachment = await attachmentAsked;
    expect(attachment.status()).toBe(200);
    expect(new URL(attachment.url()).pathname).toContain(
      `/orgDocuments/${encodeURIComponent(first.id)}/attachments/${encodeURIComponent(first.attachments[0].id)}`,
    );
    const file = await (await download).path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(first.document.sha256);

    await reportAxe(page, testInfo, "SAP's Account Summary details page");
    await page.goBack();
    await expect(page.locator('cx-account-summary-list')).toContainText('All Account Summaries (4)');
    await reportAxe(page, testInfo, "SAP's Account Summary unit list");
  });

  test("an administrator of a sub-unit sees only its units in SAP's list", async ({ page }) => {
    await logIn(page, hanna);
    await page.goto('/organization/account-summary');
    const list = page.locator('cx-account-summary-list');
    await expect(list).toContainText('All Account Summaries (2)');
    await list.getByRole('button', { name: /expand all/i }).click();
    await expect(list.getByRole('treeitem', { name: /(^|\s)Custom Retail \(/ })).toBeVisible();
    await expect(list).not.toContainText('Rustic Services');
  });

  test("a buyer reads only Custom Retail from the proxy, and SAP's pages (AdminGuard) turn a buyer away", async ({ page, request }) => {
    const token = await tokenFor(request, william);
    const summaryOf = (unit: string) =>
      request.get(`${b2bOcc}/users/current/orgUnits/${encodeURIComponent(unit)}/accountSummary?curr=USD&lang=en`, {
        headers: { Authorization: `Bearer ${token}` },
      });
    expect((await summaryOf('Custom Retail')).status()).toBe(200);
    for (const unit of ['Rustic', 'Rustic Retail', 'Rustic Services', 'Pronto']) {
      expect((await summaryOf(unit)).status(), unit).toBe(404);
    }

    // SAP guards its Account Summary components with AdminGuard (b2badmingroup): no documents for a buyer
    let askedProxy = false;
    page.on('request', (r) => {
      if (/\/orgUnits\/[^/]+\/(accountSummary|orgDocuments)/.test(r.url())) askedProxy = true;
    });
    await logIn(page, william);
    await page.goto('/organization/account-summary/details/Custom%20Retail');
    await expect(page).toHaveURL(/\/organization$/);
    await expect(page.locator('cx-global-message')).toContainText('No sufficient permissions to access this page');
    await expect(page.locator('cx-account-summary-document')).toHaveCount(0);
    expect(askedProxy).toBe(false);
  });
});

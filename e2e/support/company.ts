import { APIRequestContext, expect, Page } from '@playwright/test';
import { occ } from './storefront';

export interface OrgDocumentRow {
  id: string;
  status: 'open' | 'closed';
  amount?: number;
  openAmount?: number;
  currency?: { isocode: string };
  document: { id: string; fileName: string; type: string; references?: { relation: string; number: string }[] };
}

export interface OrgDocumentAnswer {
  orgDocuments: OrgDocumentRow[];
  pagination: { totalResults: number };
}

/** The proxy's answer for a unit path (`/accountSummary`, `/orgDocuments?…`, `/documents/{id}`), with the status. */
export async function unitApi(request: APIRequestContext, token: string, unitId: string, path: string): Promise<{ status: number; body: any }> {
  const response = await request.get(`${occ}/users/current/orgUnits/${encodeURIComponent(unitId)}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return { status: response.status(), body: response.status() === 200 && path.includes('/content') ? await response.body() : await response.json() };
}

export async function orgDocuments(request: APIRequestContext, token: string, unitId: string, query: string): Promise<OrgDocumentAnswer> {
  const { status, body } = await unitApi(request, token, unitId, `/orgDocuments?${query}`);
  expect(status).toBe(200);
  return body;
}

export async function openCompanyDocuments(page: Page, unitId?: string): Promise<void> {
  await page.goto(`/organization/documents${unitId ? `?unit=${encodeURIComponent(unitId)}` : ''}`);
  await expect(page.getByRole('heading', { name: 'Company documents' })).toBeVisible();
}

/** What the page shows an amount as: the storefront's language (en) and the document's currency. */
export function shownAmount(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);
}

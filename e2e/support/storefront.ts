import { APIRequestContext, expect, Page } from '@playwright/test';
import { DemoShopper } from './shoppers';

export const occ = '/occ/v2/electronics-spa';

/** Logs in through Spartacus' own login form, as a shopper would. */
export async function logIn(page: Page, shopper: DemoShopper): Promise<void> {
  await page.goto('/login');
  await page.locator('input[formcontrolname="userId"]').fill(shopper.uid);
  await page.locator('input[formcontrolname="password"]').fill(shopper.password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await expect(page.locator('cx-login')).toContainText(`Hi, ${shopper.name.split(' ')[0]}`);
}

export async function openMyDocuments(page: Page): Promise<void> {
  await page.goto('/my-account/documents');
  await expect(page.getByRole('heading', { name: 'My Documents' })).toBeVisible();
}

/** Obtains a Commerce token with the password grant, the way the storefront does. */
export async function tokenFor(request: APIRequestContext, shopper: DemoShopper): Promise<string> {
  const response = await request.post('/authorizationserver/oauth/token', {
    form: {
      grant_type: 'password',
      username: shopper.uid,
      password: shopper.password,
      client_id: 'mobile_android',
      client_secret: 'secret',
    },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).access_token;
}

export interface ListedDocument {
  id: string;
  number: string;
  type: string;
  fileName: string;
  title?: string;
  orderCode?: string;
  consignmentCode?: string;
  entryNumbers?: number[];
  mimeType?: string;
  read?: boolean;
  createdAt: string;
  size: number;
}

export async function listDocuments(
  request: APIRequestContext,
  token: string,
  query = 'pageSize=100',
): Promise<{ documents: ListedDocument[]; pagination: { totalResults: number } }> {
  const response = await request.get(`${occ}/users/current/documents?${query}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  return response.json();
}

export async function openOrderHistory(page: Page): Promise<void> {
  await page.goto('/my-account/orders');
  await expect(page.getByRole('heading', { name: 'Order history' })).toBeVisible();
}

export async function openOrderDetails(page: Page, orderCode: string): Promise<void> {
  await page.goto(`/my-account/order/${orderCode}`);
  await expect(page.getByRole('heading', { name: 'Documents for this order' })).toBeVisible();
}

/** The Commerce stand-in (for its test hooks, e.g. expiring tokens). */
export const commerceUrl = `http://localhost:${process.env.SANDBOX_PORT ?? '9002'}`;

import { expect, Page } from '@playwright/test';
import type { DemoShopper } from './shoppers';

/** The demo store's customer-service agent (SAP Commerce `asagentgroup`). */
export const agent = { uid: 'asagent', password: 'Demo1234!', name: 'Sam Service' };

/** customerIds of the demo customers, as Commerce's ASM customer search answers them. */
export const customerIds = {
  anna: '4f1c2a7e-6d0b-4c55-9a31-2b8e7d6f0a11',
  chris: 'c7e2a9d1-3b4f-4a86-b0c5-7d1e9f3a4b33',
};

/** Opens Spartacus' ASM bar (`?asm=true`) and signs the agent in through it. */
export async function signInAgent(page: Page): Promise<void> {
  await page.goto('/?asm=true');
  const login = page.locator('cx-csagent-login-form');
  await login.locator('input[formcontrolname="userId"]').fill(agent.uid);
  await login.locator('input[formcontrolname="password"]').fill(agent.password);
  await login.getByRole('button', { name: /sign in/i }).click();
  await expect(page.locator('cx-customer-selection')).toBeVisible();
}

/** Finds the customer with the ASM customer search and starts an emulation session for them. */
export async function startEmulation(page: Page, customer: DemoShopper): Promise<void> {
  const selection = page.locator('cx-customer-selection');
  await selection.locator('input[formcontrolname="searchTerm"]').fill(customer.name.split(' ')[1]);
  await selection.locator('.asm-results button', { hasText: customer.uid }).click();
  await selection.getByRole('button', { name: /start session/i }).click();
  await expect(page.locator('cx-customer-emulation input')).toHaveAttribute('placeholder', `${customer.name}, ${customer.uid}`);
}

import { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { storefrontUnderTest } from './storefront-under-test';

/** docs/images of the repository; screenshots land there only with UPDATE_DOC_SCREENSHOTS=1. */
const docsImages = resolve(__dirname, '../../docs/images');

export const updatingDocScreenshots = process.env.UPDATE_DOC_SCREENSHOTS === '1';

/** A 2211 run saves its pictures beside the demo's: `<name>-2211.png`. */
const suffix = storefrontUnderTest === 'spartacus-2211' ? '-2211' : '';

/**
 * Saves a screenshot of the page for the docs (docs/images/<name>.png) when asked to, in CSS pixels.
 * @param fullPage the whole page, or only what the screen shows (e.g. a dialog over the page)
 */
export async function docScreenshot(page: Page, name: string, fullPage = true): Promise<void> {
  if (!updatingDocScreenshots) {
    return;
  }
  mkdirSync(docsImages, { recursive: true });
  // a stable frame: no caret, no running animations
  await page.screenshot({ path: join(docsImages, `${name}${suffix}.png`), fullPage, animations: 'disabled', caret: 'hide', scale: 'css' });
}

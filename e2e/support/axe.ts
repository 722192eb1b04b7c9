import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';
import { storefrontUnderTest } from './storefront-under-test';

/**
 * Markup of Spartacus itself that axe flags on one storefront only, left out of the scan there so
 * the check stays about the page's own content. Spartacus 2211.30's `cx-navigation-ui` renders a
 * top-level node as `role="button"` with `aria-level="4"` (aria-allowed-attr) and its items as
 * `li[role="listitem"]` inside `ul[role="presentation"]` (aria-required-parent); 4.3.8 does neither.
 * Spartacus 4.3.8's hamburger button (phones and tablets only) names three ids, comma-separated and
 * none of them present, in `aria-controls` (aria-valid-attr-value); 2211 names its header.
 */
const SPARTACUS_MARKUP_OUT_OF_SCOPE: Record<string, string[]> = {
  'spartacus-4.3': ['cx-hamburger-menu'],
  'spartacus-2211': ['cx-navigation-ui'],
  'spartacus-2211-b2b': ['cx-navigation-ui'],
};

export interface SeriousViolation {
  rule: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A/AA rules and best practices) on the whole page and fails on serious
 * or critical violations.
 */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const serious = await seriousViolations(page);
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
}

/** The serious and critical violations axe-core finds on the page (same rules and scope as above). */
export async function seriousViolations(page: Page): Promise<SeriousViolation[]> {
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  for (const selector of SPARTACUS_MARKUP_OUT_OF_SCOPE[storefrontUnderTest] ?? []) {
    builder.exclude(selector);
  }
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).slice(0, 5),
    }));
}

import { Page } from '@playwright/test';

/** Device emulation for the phone and tablet journeys: mobile viewport, touch, a phone's pixel density. */
export const devices = {
  'phone 390': { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
  'phone 360': { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
  'phone 390 landscape': { viewport: { width: 844, height: 390 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
  'tablet portrait': { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  'tablet landscape': { viewport: { width: 1024, height: 768 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} as const;

export type DeviceName = keyof typeof devices;

export interface LayoutMeasurement {
  /** width of the layout viewport the page ended up with (grows beyond the device when content overflows) */
  layoutWidth: number;
  /** widest scroll width among the measured components */
  componentWidth: number;
  /** visible buttons, links and form controls inside the components */
  targets: number;
  /** of those, how many reach past the device's width (or start before 0) */
  offScreen: number;
  /** of those, how many are smaller than 24 × 24 CSS px (links inside a sentence are exempt) */
  undersized: number;
  /** a few of the undersized and off-screen ones, to tell what they are */
  examples: string[];
}

/**
 * Measures the page against the device width: the layout width, the components' width and their
 * interactive targets.
 */
export async function measureLayout(page: Page, componentSelector: string, deviceWidth: number): Promise<LayoutMeasurement> {
  return page.evaluate(
    ({ selector, width }) => {
      const components = Array.from(document.querySelectorAll<HTMLElement>(selector));
      const targetSelector = 'a[href], button, input:not([type="hidden"]), select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])';
      const targets = new Set<HTMLElement>();
      for (const component of components) {
        component.querySelectorAll<HTMLElement>(targetSelector).forEach((element) => targets.add(element));
      }
      const visible = Array.from(targets).filter((element) => {
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden';
      });
      const describe = (element: HTMLElement, why: string) => {
        const rect = element.getBoundingClientRect();
        const name = (element.getAttribute('aria-label') || element.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
        return `${why} ${element.tagName.toLowerCase()}.${element.className.toString().split(' ')[0]} "${name}" ${Math.round(rect.width)}×${Math.round(rect.height)} at x=${Math.round(rect.left + window.scrollX)}`;
      };
      const offScreen = visible.filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.left + window.scrollX < 0 || rect.right + window.scrollX > width + 0.5;
      });
      // WCAG 2.5.8 exempts a link inside a sentence: its size is the text's
      const inSentence = (element: HTMLElement) =>
        element.tagName === 'A' &&
        getComputedStyle(element).display === 'inline' &&
        (element.parentElement?.textContent ?? '').trim().length > (element.textContent ?? '').trim().length;
      const undersized = visible.filter((element) => {
        const rect = element.getBoundingClientRect();
        return (rect.width < 24 || rect.height < 24) && !inSentence(element);
      });
      return {
        layoutWidth: Math.max(document.documentElement.scrollWidth, window.innerWidth),
        componentWidth: Math.max(0, ...components.map((c) => Math.max(c.scrollWidth, Math.round(c.getBoundingClientRect().width)))),
        targets: visible.length,
        offScreen: offScreen.length,
        undersized: undersized.length,
        examples: [
          ...offScreen.slice(0, 4).map((e) => describe(e, 'off-screen')),
          ...undersized.slice(0, 4).map((e) => describe(e, 'undersized')),
        ],
      };
    },
    { selector: componentSelector, width: deviceWidth },
  );
}

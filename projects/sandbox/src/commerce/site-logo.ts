/**
 * The site logo of the demo storefront: a media of the content catalog, as the logo of a real
 * Commerce site is (the `SiteLogoComponent` banner points at it), drawn here as a small SVG.
 */

export const SITE_LOGO_URL = '/medias/site/electronics-store-logo.svg';

export const SITE_LOGO_ALT_TEXT = 'Electronics Store';

/** Bolt tile and wordmark on a white plate (readable on 4.3's dark and 2211's light header); 160 × 40, so Spartacus' header (logo up to 150 px wide on phones) scales it down cleanly. */
export function siteLogoSvg(): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40" role="img" aria-label="Electronics Store">' +
    '<rect width="160" height="40" rx="6" fill="#ffffff"/>' +
    '<rect width="40" height="40" rx="6" fill="#1f4e79"/>' +
    '<path d="M23 6 12 22h8l-3 12 11-16h-8z" fill="#ffffff"/>' +
    '<text x="48" y="18" font-family="Arial, Helvetica, sans-serif" font-size="14" font-weight="700" fill="#1f4e79">Electronics</text>' +
    '<text x="48" y="34" font-family="Arial, Helvetica, sans-serif" font-size="14" fill="#1f4e79">Store</text>' +
    '</svg>'
  );
}

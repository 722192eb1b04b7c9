import { Product } from '../data/demo-data';

/**
 * Product images of the Commerce stand-in: the OCC `images` of a product and the image files
 * themselves, small SVGs drawn from the product data (nothing to download or commit).
 *
 * Real Commerce serves media under `/medias/...` on its own host and OCC answers with URLs relative
 * to it; Spartacus prefixes them with its media (else OCC) base URL, so an ingress routes `/medias`
 * to Commerce like `/occ`.
 */

/** The product media formats Spartacus 4.3's default `mediaConfig` knows, with their widths. */
export const PRODUCT_IMAGE_FORMATS = {
  cartIcon: 65,
  thumbnail: 96,
  product: 284,
  zoom: 515,
} as const;

export type ProductImageFormat = keyof typeof PRODUCT_IMAGE_FORMATS;

export const MEDIA_PREFIX = '/medias/products';

export interface OccImage {
  imageType: 'PRIMARY';
  format: ProductImageFormat;
  url: string;
  altText: string;
}

export function isProductImageFormat(value: string): value is ProductImageFormat {
  return Object.prototype.hasOwnProperty.call(PRODUCT_IMAGE_FORMATS, value);
}

export function productImageUrl(product: Product, format: ProductImageFormat): string {
  return `${MEDIA_PREFIX}/${encodeURIComponent(product.code)}/${format}.svg`;
}

/** OCC `Image` list of a product: its primary picture in every format. */
export function occProductImages(product: Product): OccImage[] {
  return (Object.keys(PRODUCT_IMAGE_FORMATS) as ProductImageFormat[]).map((format) => ({
    imageType: 'PRIMARY',
    format,
    url: productImageUrl(product, format),
    altText: product.name,
  }));
}

/** Background colours with enough contrast for the white drawing on top. */
const PALETTE = ['#1f4e79', '#5b2c6f', '#0b6e4f', '#7a3e00', '#3d3d8f', '#8e1b3a'];

function paletteColour(code: string): string {
  let hash = 0;
  for (const char of code) {
    hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  }
  return PALETTE[hash % PALETTE.length];
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A square SVG of the given width: a camera drawn on a colour picked from the product code, and
 * the manufacturer's initial on the body, so each product looks a little different.
 */
export function productImageSvg(product: Product, format: ProductImageFormat): string {
  const size = PRODUCT_IMAGE_FORMATS[format];
  const colour = paletteColour(product.code);
  const initial = escapeXml(product.manufacturer.charAt(0).toUpperCase());
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100" role="img">`,
    `<title>${escapeXml(product.name)}</title>`,
    `<rect width="100" height="100" rx="8" fill="${colour}"/>`,
    '<rect x="18" y="34" width="64" height="42" rx="6" fill="#ffffff"/>',
    '<rect x="38" y="26" width="24" height="10" rx="2" fill="#ffffff"/>',
    `<circle cx="50" cy="55" r="14" fill="${colour}"/>`,
    '<circle cx="50" cy="55" r="8" fill="#ffffff"/>',
    `<text x="26" y="46" font-family="sans-serif" font-size="9" font-weight="bold" fill="${colour}">${initial}</text>`,
    '</svg>',
  ].join('');
}

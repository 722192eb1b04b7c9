/** OCC paths Commerce serves to the storefronts; none of them may reach the proxy. */
export const COMMERCE_PATHS = [
  '/occ/v2/electronics-spa/users/current',
  '/occ/v2/electronics-spa/users/current/orders',
  '/occ/v2/electronics-spa/users/current/orders/100012',
  '/occ/v2/electronics-spa/users/current/consenttemplates',
  '/occ/v2/electronics-spa/users/current/documentsArchive',
  '/occ/v2/electronics-spa/cms/pages',
  '/occ/v2/electronics-spa/products/1382080',
  '/occ/v2/electronics-spa/documents',
  '/authorizationserver/oauth/token',
];

/** A concrete request path for a route pattern: parameters and wildcards get sample values. */
export function sampleRequestPath(url: string): string {
  return url.replace(/:[A-Za-z0-9_]+|\{[A-Za-z0-9_]+\}/g, 'sample-1').replace(/\*$/, 'below/it');
}

/**
 * Which request paths an ingress in front of Commerce must send to the proxy, derived from the routes
 * the proxy serves. Only the OCC-shaped shopper API (`/occ/...`) is public; health, metrics, the
 * OpenAPI document and `/integration/v1` stay inside the cluster.
 *
 * A root is a served route none of whose proper prefixes is served: the ingress sends the root and
 * everything below it to the proxy. `orders/{orderCode}/documents` is a root, `orders/{orderCode}`
 * is not (Commerce serves the order itself).
 */

export interface RouteEntry {
  method: string;
  url: string;
}

export interface IngressRoot {
  /** OpenAPI form, e.g. `/occ/v2/{baseSiteId}/users/{userId}/documents` */
  path: string;
  /** methods served at the root or below it, sorted */
  methods: string[];
}

const PUBLIC_PREFIX = '/occ/';

export function ingressRoots(routes: readonly RouteEntry[]): IngressRoot[] {
  const publicRoutes = routes
    .filter((route) => route.url.startsWith(PUBLIC_PREFIX))
    .map((route) => ({ method: route.method.toUpperCase(), segments: segmentsOf(route.url) }));
  const roots: string[][] = [];
  for (const { segments } of publicRoutes) {
    const hasServedPrefix = publicRoutes.some((other) => other.segments.length < segments.length && isPrefix(other.segments, segments));
    if (!hasServedPrefix && !roots.some((root) => sameShape(root, segments))) roots.push(segments);
  }
  return roots
    .map((root) => ({
      path: `/${root.join('/')}`,
      methods: [...new Set(publicRoutes.filter((route) => isPrefix(root, route.segments)).map((route) => route.method))].sort(),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** `^/occ/v2/[^/]+/users/[^/]+/documents(/|$)`: the root and everything below it, nothing beside it. */
export function rootRegex(root: IngressRoot, anchored = true): string {
  const body = root.path
    .split('/')
    .map((segment) => (isParameter(segment) ? '[^/]+' : escapeRegex(segment)))
    .join('/');
  return `${anchored ? '^' : ''}${body}(/|$)`;
}

/** One expression for all roots, for products that take a single rule. */
export function combinedRegex(roots: readonly IngressRoot[]): string {
  return `^(${roots.map((root) => rootRegex(root, false).replace(/\(\/\|\$\)$/, '')).join('|')})(/|$)`;
}

/** Kyma APIRule v2 paths: `{*}` is one segment, `{**}` any number of them. */
export function apiRulePaths(root: IngressRoot): string[] {
  const exact = root.path
    .split('/')
    .map((segment) => (isParameter(segment) ? '{*}' : segment))
    .join('/');
  return [exact, `${exact}/{**}`];
}

/** find-my-way (Fastify) routes: the root and its wildcard. */
export function fastifyRoutes(root: IngressRoot): string[] {
  const exact = root.path.replace(/\{([^}]+)\}/g, ':$1');
  return [exact, `${exact}/*`];
}

/** `/occ/v2/:baseSiteId/users/:userId/documents/:documentId` → OpenAPI-form segments. */
function segmentsOf(url: string): string[] {
  return url
    .replace(/\/\*$/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => (segment.startsWith(':') ? `{${segment.slice(1)}}` : segment));
}

function isParameter(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}');
}

function segmentMatches(a: string, b: string): boolean {
  return a === b || (isParameter(a) && isParameter(b));
}

function isPrefix(prefix: readonly string[], segments: readonly string[]): boolean {
  return prefix.length <= segments.length && prefix.every((segment, i) => segmentMatches(segment, segments[i]));
}

function sameShape(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && isPrefix(a, b);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
}

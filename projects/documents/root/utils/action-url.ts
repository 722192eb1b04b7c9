/**
 * Where a document's call to action may lead:
 * - `internal`: a path of this storefront, navigated inside the app;
 * - `external`: an https URL of an allow-listed host, opened as a plain link.
 */
export type DocumentActionTarget =
  | { kind: 'internal'; path: string }
  | { kind: 'external'; url: string };

/**
 * Validates a document's `actionUrl` before anything renders it. Accepted:
 * a same-site path (a single leading `/`, no scheme, no backslash, no
 * whitespace), an absolute URL of the page's own origin, or an `https:` URL
 * whose host is in `allowedHosts`. Anything else — other schemes such as
 * `javascript:`, protocol-relative `//host`, credentials in the URL — gives
 * `undefined`, and no button is shown.
 *
 * @param origin the storefront's origin, e.g. `https://shop.example.com`;
 *   without one (server-side rendering) only same-site paths and
 *   allow-listed hosts are accepted
 */
export function resolveDocumentActionUrl(
  actionUrl: string | undefined | null,
  origin: string | undefined,
  allowedHosts: string[] = []
): DocumentActionTarget | undefined {
  return resolveLinkTarget(actionUrl, origin, (host) =>
    allowedHosts.map((allowed) => allowed.trim().toLowerCase()).includes(host)
  );
}

/**
 * Validates an invoice's `billing.paymentUrl` like `resolveDocumentActionUrl`,
 * except that without `allowedHosts` (or with an empty list) every `https:`
 * host is accepted: the proxy already checked the link when it stored the
 * invoice. With `allowedHosts`, only those hosts are.
 */
export function resolvePaymentUrl(
  paymentUrl: string | undefined | null,
  origin: string | undefined,
  allowedHosts: string[] = []
): DocumentActionTarget | undefined {
  const hosts = allowedHosts.map((host) => host.trim().toLowerCase()).filter(Boolean);
  return resolveLinkTarget(paymentUrl, origin, (host) => !hosts.length || hosts.includes(host));
}

function resolveLinkTarget(
  actionUrl: string | undefined | null,
  origin: string | undefined,
  hostAllowed: (host: string) => boolean
): DocumentActionTarget | undefined {
  const raw = (actionUrl ?? '').trim();
  // eslint-disable-next-line no-control-regex
  if (!raw || /[\s\\\u0000-\u001f\u007f]/.test(raw)) {
    return undefined;
  }
  if (raw.startsWith('/')) {
    if (raw.startsWith('//')) {
      return undefined;
    }
    return { kind: 'internal', path: raw };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.username || url.password) {
    return undefined;
  }
  if (origin && sameOrigin(url, origin)) {
    return { kind: 'internal', path: `${url.pathname}${url.search}${url.hash}` };
  }
  if (url.protocol === 'https:' && hostAllowed(url.hostname.toLowerCase())) {
    return { kind: 'external', url: url.href };
  }
  return undefined;
}

function sameOrigin(url: URL, origin: string): boolean {
  try {
    return url.origin === new URL(origin).origin;
  } catch {
    return false;
  }
}

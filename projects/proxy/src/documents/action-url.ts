/**
 * Which call-to-action URLs a document may carry: a same-site storefront path (`/…`, not `//…`,
 * no scheme, no backslash) or an `https:` URL on an allow-listed host (ACTION_URL_ALLOWED_HOSTS).
 * Anything else could send a shopper off-site from a trusted page, so it is never stored.
 */
export function isAllowedActionUrl(url: string, allowedHosts: readonly string[]): boolean {
  if (url.length === 0 || url.length > 2048 || /[\u0000-\u0020\u007f\\]/.test(url)) return false;
  if (url.startsWith('/')) return !url.startsWith('//');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return false;
  const host = parsed.hostname.toLowerCase();
  const hostWithPort = parsed.host.toLowerCase();
  return allowedHosts.some((allowed) => allowed === host || allowed === hostWithPort);
}

const HOST_ENTRY = /^(?=.{1,253}(?::\d{1,5})?$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:\d{1,5})?$/;

/** Parses ACTION_URL_ALLOWED_HOSTS (comma-separated host names, optionally with a port); bad entries are reported. */
export function parseAllowedHosts(raw: string | undefined, problems: string[]): string[] {
  if (raw === undefined) return [];
  const hosts: string[] = [];
  for (const item of raw.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '')) {
    if (HOST_ENTRY.test(item)) hosts.push(item);
    else problems.push(`ACTION_URL_ALLOWED_HOSTS entries must be host names like "offers.example.com", got "${item}"`);
  }
  return hosts;
}

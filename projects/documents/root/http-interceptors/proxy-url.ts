/**
 * Whether `url` addresses a resource under `baseUrl`: same scheme, host and
 * port, and a path inside the base path (segment boundary, so
 * `https://a.example/docs` does not cover `https://a.example/docs-other`).
 * Relative URLs are resolved against `origin`.
 */
export function isUnderBaseUrl(
  url: string,
  baseUrl: string,
  origin?: string
): boolean {
  const target = parseUrl(url, origin);
  const base = parseUrl(baseUrl, origin);
  if (!target || !base || target.origin !== base.origin) {
    return false;
  }
  const basePath = base.pathname.replace(/\/+$/, '');
  return (
    basePath === '' ||
    target.pathname === basePath ||
    target.pathname.startsWith(`${basePath}/`)
  );
}

/** The origin (`scheme://host[:port]`) of an absolute URL, or undefined. */
export function originOf(url: string | undefined): string | undefined {
  return url ? parseUrl(url)?.origin : undefined;
}

function parseUrl(url: string, origin?: string): URL | undefined {
  try {
    return origin ? new URL(url, origin) : new URL(url);
  } catch {
    return undefined;
  }
}

import { fc } from './property';
import { SITE } from './stack';

/** One generated HTTP request; `as` says whose credentials it carries (whose documents it must never see is the other's). */
export interface FuzzRequest {
  as: 'anna' | 'ben' | 'nobody';
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** What the generator may put into paths and headers: the real ids and tokens of both shoppers. */
export interface FuzzWorld {
  annaIds: string[];
  benIds: string[];
  tokens: { anna: string; ben: string; unknown: string };
  annaUid: string;
  benUid: string;
}

const METHODS = ['GET', 'GET', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND'];
const QUERY_KEYS = ['type', 'pageSize', 'currentPage', 'from', 'to', 'q', 'sort', 'unread', 'orderCode', 'disposition', 'expires', 'signature', 'fields', 'lang', 'x', '__proto__', 'constructor', 'page', 'status', 'paymentStatus', 'filterByKey', 'filterByValue', 'startRange', 'endRange', 'curr'];
const ODD_TEXT = ['', ' ', '-1', '0', '101', '1e3', 'NaN', 'null', 'true', '[]', '{}', '%', '%zz', '%ED%A0%80', '%00', '%0d%0a', '..', '%2e%2e', '%2F', '\u00e9', '請求', 'INVOICE', 'INVOICE,,STATEMENT', 'byDateAsc', 'attachment', '2026-02-30', '2026-10-02T09:14:00Z', '9'.repeat(40)];

/** Printable text and percent-encodings, as they would appear in a URL (never raw spaces or controls). */
function urlText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...ODD_TEXT),
    fc.string({ maxLength: 30 }).map((s) => encodeURIComponent(s)),
    fc.string({ unit: fc.constantFrom(...'abcAZ09-._~!$&\'()*+,;=:@%'.split('')), maxLength: 20 }),
    fc.integer().map(String),
  );
}

function pathOf(world: FuzzWorld): fc.Arbitrary<string> {
  // mostly real values, so that many requests get past routing and authentication to the handlers
  const id = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...world.annaIds, ...world.benIds) }, { weight: 1, arbitrary: urlText() });
  const user = fc.oneof(
    { weight: 4, arbitrary: fc.constant('current') },
    { weight: 2, arbitrary: fc.constantFrom('anonymous', encodeURIComponent(world.annaUid), encodeURIComponent(world.benUid), 'CURRENT') },
    { weight: 1, arbitrary: urlText() },
  );
  const site = fc.oneof({ weight: 4, arbitrary: fc.constant(SITE) }, { weight: 1, arbitrary: urlText() });
  const order = fc.oneof({ weight: 2, arbitrary: fc.constantFrom('100012', '200001', '300001') }, { weight: 1, arbitrary: urlText() });
  const unit = fc.oneof({ weight: 2, arbitrary: fc.constantFrom('Custom%20Retail', 'Rustic', 'unit%3Aanna') }, { weight: 1, arbitrary: urlText() });
  const unitResource = fc.constantFrom('documents', 'documents/archive', 'documents/export', 'accountSummary', 'orgDocuments', 'orgDocuments/INV-1/attachments/INV-1.pdf', 'x');
  return fc.oneof(
    fc.tuple(site, user).map(([s, u]) => `/occ/v2/${s}/users/${u}/documents`),
    fc.tuple(site, user, id).map(([s, u, d]) => `/occ/v2/${s}/users/${u}/documents/${d}`),
    fc.tuple(site, user, id, fc.constantFrom('content', 'links', 'x', '')).map(([s, u, d, t]) => `/occ/v2/${s}/users/${u}/documents/${d}/${t}`),
    fc.tuple(site, user, order, fc.constantFrom('documents', 'documents/archive', 'documents/INVOICE')).map(([s, u, o, t]) => `/occ/v2/${s}/users/${u}/orders/${o}/${t}`),
    fc.tuple(site, user).map(([s, u]) => `/occ/v2/${s}/users/${u}/communicationPreferences`),
    fc.tuple(site, user).map(([s, u]) => `/occ/v2/${s}/users/${u}/documentUnits`),
    fc.tuple(site, user, unit, unitResource).map(([s, u, o, r]) => `/occ/v2/${s}/users/${u}/orgUnits/${o}/${r}`),
    fc.tuple(site, user, unit, id).map(([s, u, o, d]) => `/occ/v2/${s}/users/${u}/orgUnits/${o}/documents/${d}/content`),
    fc.constantFrom('/integration/v1/documents', '/integration/v1/delivery-events', '/integration/v1/payment-events', '/integration/v1/audit', '/health/live', '/health/ready', '/metrics', '/openapi.json', '/', '/occ/v2', '//occ//v2', '/occ/v2/../health/live'),
    fc.array(urlText(), { maxLength: 5 }).map((parts) => `/${parts.join('/')}`),
  );
}

function queryOf(): fc.Arbitrary<string> {
  const pair = fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), urlText()), urlText()).map(([k, v]) => `${k}=${v}`);
  return fc.oneof(
    fc.constant(''),
    fc.array(pair, { minLength: 1, maxLength: 6 }).map((pairs) => `?${pairs.join('&')}`),
    fc.constantFrom('?', '?&&', '?=', '?type', `?q=${'a'.repeat(3000)}`, '?pageSize=5&pageSize=6', '?type[]=INVOICE', '?a[b]=c'),
  );
}

function authorizationOf(world: FuzzWorld): fc.Arbitrary<{ as: FuzzRequest['as']; value?: string }> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant({ as: 'anna' as const, value: `Bearer ${world.tokens.anna}` }) },
    { weight: 2, arbitrary: fc.constant({ as: 'ben' as const, value: `Bearer ${world.tokens.ben}` }) },
    { weight: 1, arbitrary: fc.constant({ as: 'nobody' as const, value: undefined }) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(`Bearer ${world.tokens.unknown}`, 'Bearer', 'Bearer ', 'bearer  x', 'Basic YWRtaW46YWRtaW4=', 'Basic !!!', 'Digest x', `Bearer ${world.tokens.anna}x`, `EXD-HMAC-SHA256 clientId=x, timestamp=1, signature=00`)
        .map((value) => ({ as: 'nobody' as const, value })),
    },
  );
}

const HEADER_VALUE = fc.string({ unit: fc.constantFrom(...' !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~'.split('')), maxLength: 40 });

function extraHeadersOf(): fc.Arbitrary<Record<string, string>> {
  const header = fc.oneof(
    fc.tuple(fc.constant('Range'), fc.oneof(HEADER_VALUE, fc.constantFrom('bytes=0-0', 'bytes=-1', 'bytes=5-', 'bytes=0-1,3-4', 'bytes=999999999999999999999-', 'bytes=1-0', 'items=0-1'))),
    fc.tuple(fc.constantFrom('If-None-Match', 'If-Range', 'If-Modified-Since'), fc.oneof(HEADER_VALUE, fc.constantFrom('*', 'W/"x"', '""'))),
    fc.tuple(fc.constant('Accept'), fc.constantFrom('*/*', 'application/pdf', 'text/html', 'application/json;q=0', '', 'x/y;;')),
    fc.tuple(fc.constant('Accept-Encoding'), fc.constantFrom('gzip', 'br', 'deflate', 'identity;q=0', '*;q=0', 'zstd')),
    fc.tuple(fc.constant('Content-Type'), fc.constantFrom('application/json', 'application/json; charset=latin1', 'text/plain', 'multipart/form-data', 'multipart/form-data; boundary=', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/octet-stream', '')),
    fc.tuple(fc.constant('Content-Encoding'), fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x')),
    fc.tuple(fc.constantFrom('X-Forwarded-For', 'X-Forwarded-Proto', 'Origin', 'Referer', 'X-Request-Id', 'Cookie'), HEADER_VALUE),
  );
  return fc.array(header, { maxLength: 4 }).map((pairs) => Object.fromEntries(pairs));
}

function bodyOf(): fc.Arbitrary<Buffer | undefined> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? 'null')) },
    { weight: 2, arbitrary: fc.constantFrom('{"preferences":[{"category":"INVOICES","channel":"EMAIL","paperless":true,"format":"PDF","language":"en"}]}', '{"read":true}', '{"read":"yes"}', '{"__proto__":{"polluted":1}}', '{', '{"a":', 'null', '[]', '""', '\u0000', '--x\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n{}\r\n--x--').map((s) => Buffer.from(s)) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)) },
    { weight: 1, arbitrary: fc.constantFrom(1024 * 1024 + 1, 3 * 1024 * 1024).map((n) => Buffer.alloc(n, 0x7b)) },
  );
}

/** Requests over everything the proxy serves, with real ids and tokens mixed into hostile values. */
export function fuzzRequests(world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({ method: fc.constantFrom(...METHODS), path: pathOf(world), query: queryOf(), auth: authorizationOf(world), headers: extraHeadersOf(), body: bodyOf() })
    .map(({ method, path, query, auth, headers, body }) => ({
      as: auth.as,
      method,
      path: path + query,
      headers: auth.value === undefined ? headers : { ...headers, Authorization: auth.value },
      body: method === 'GET' || method === 'HEAD' ? undefined : body,
    }));
}

import { unusedUrl } from '../support/fake-commerce';
import { ANNA_TOKEN, DEMO_BATCH } from '../support/fixtures';
import { bearer, documentsUrl, getJson, startStack } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

/** The value of one sample line, e.g. `name{a="b"} 3`. */
function sample(metrics: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of metrics.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const labelText = line.slice(name.length + 1, line.lastIndexOf('}'));
    const present = labelText.split(',');
    if (wanted.every((w) => present.includes(w))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('metrics and readiness', () => {
  const suite = stackForSuite({ batch: DEMO_BATCH });

  it('exposes request counts, latency, bytes served and Commerce latency in Prometheus format', async () => {
    for (let i = 0; i < 3; i++) await getJson(documentsUrl(suite.stack), bearer(ANNA_TOKEN));
    await getJson(documentsUrl(suite.stack, 'current', '/unknown-id'), bearer(ANNA_TOKEN));
    const download = await fetch(documentsUrl(suite.stack, 'current', `/${suite.stack.idOf('OC-100012')}/content`), { headers: bearer(ANNA_TOKEN) });
    const length = (await download.arrayBuffer()).byteLength;

    // The server counts a response when it has finished sending it, which may be a moment after the client has read it.
    const contentRoute = { route: '/occ/v2/:baseSiteId/users/:userId/documents/:documentId/content' };
    let response = await fetch(`${suite.stack.baseUrl}/metrics`);
    let text = await response.text();
    for (let i = 0; i < 20 && sample(text, 'exd_proxy_document_bytes_served_total', contentRoute) === undefined; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      response = await fetch(`${suite.stack.baseUrl}/metrics`);
      text = await response.text();
    }
    expect(response.headers.get('content-type')).toContain('text/plain');

    const list = { method: 'GET', route: '/occ/v2/:baseSiteId/users/:userId/documents', status_code: '200' };
    expect(sample(text, 'exd_proxy_http_requests_total', list)).toBe(3);
    expect(sample(text, 'exd_proxy_http_request_duration_seconds_count', list)).toBe(3);
    expect(sample(text, 'exd_proxy_http_request_duration_seconds_bucket', { ...list, le: '+Inf' })).toBe(3);
    expect(
      sample(text, 'exd_proxy_http_requests_total', { route: '/occ/v2/:baseSiteId/users/:userId/documents/:documentId', status_code: '404' }),
    ).toBe(1);
    expect(sample(text, 'exd_proxy_document_bytes_served_total', contentRoute)).toBe(length);
    expect(sample(text, 'exd_proxy_upstream_request_duration_seconds_count', { upstream: 'commerce', operation: 'users/current', outcome: 'ok' })).toBe(1);
    expect(text).toContain('exd_proxy_process_resident_memory_bytes');
  });

  it('labels unknown paths as one route, not by their URL', async () => {
    await getJson(`${suite.stack.baseUrl}/no/such/path/${Date.now()}`);
    let text = await (await fetch(`${suite.stack.baseUrl}/metrics`)).text();
    for (let i = 0; i < 20 && sample(text, 'exd_proxy_http_requests_total', { route: 'unmatched' }) === undefined; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      text = await (await fetch(`${suite.stack.baseUrl}/metrics`)).text();
    }
    expect(sample(text, 'exd_proxy_http_requests_total', { route: 'unmatched', status_code: '404' })).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain('/no/such/path');
  });

  it('is not ready while SAP Commerce is unreachable, and says which check failed', async () => {
    const lonely = await startStack({ commerceUrl: await unusedUrl(), batch: [] });
    try {
      const ready = await getJson(`${lonely.baseUrl}/health/ready`);
      expect(ready.status).toBe(503);
      expect(ready.body.checks).toEqual({ store: 'UP', content: 'UP', commerce: 'DOWN' });
      expect((await getJson(`${lonely.baseUrl}/health/live`)).status).toBe(200);
    } finally {
      await lonely.close();
    }
  });
});

import { ANNA_TOKEN, BEN_TOKEN, DEMO_BATCH } from '../support/fixtures';
import { minimalPdf } from '../support/pdf';
import { bearer, documentsUrl, getJson, startStack } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

const SECRET = 'signed-link-spec-secret-0123456789abcdef';

async function postJson(url: string, headers: Record<string, string>, body?: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

describe('signed links', () => {
  const suite = stackForSuite({ batch: DEMO_BATCH, env: { SIGNED_LINK_SECRET: SECRET } });

  const linksUrl = (number: string) => documentsUrl(suite.stack, 'current', `/${suite.stack.idOf(number)}/links`);
  const createLink = async (number: string, body?: unknown) => {
    const answer = await postJson(linksUrl(number), bearer(ANNA_TOKEN), body);
    expect(answer.status).toBe(200);
    return answer.body as { url: string; expiresAt: string };
  };
  const open = (url: string) => fetch(`${suite.stack.baseUrl}${url}`);

  it('opens the document inline with no Authorization header, within about 60 seconds', async () => {
    const before = Date.now();
    const link = await createLink('OC-100012');
    expect(link.url).toMatch(/^\/occ\/v2\/electronics-spa\/users\/anonymous\/documents\/[^/]+\/content\?/);
    expect(link.url).not.toContain(ANNA_TOKEN);
    expect(link.url).not.toContain('anna');
    const lifetime = Date.parse(link.expiresAt) - before;
    expect(lifetime).toBeGreaterThan(58_000);
    expect(lifetime).toBeLessThanOrEqual(61_000);

    const commerceCallsBefore = suite.commerce.totalCalls();
    const response = await open(link.url);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(bytes.equals(minimalPdf('ORDER_CONFIRMATION OC-100012'))).toBeTrue();
    expect(suite.commerce.totalCalls()).toBe(commerceCallsBefore);
  });

  it('makes attachment links on request, and honours ranges on them', async () => {
    const link = await createLink('OC-100012', { disposition: 'attachment' });
    const response = await fetch(`${suite.stack.baseUrl}${link.url}`, { headers: { Range: 'bytes=0-4' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(Buffer.from(await response.arrayBuffer()).toString('latin1')).toBe('%PDF-');
  });

  it('rejects a bad link body with 400', async () => {
    const answer = await postJson(linksUrl('OC-100012'), bearer(ANNA_TOKEN), { disposition: 'download' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].type).toBe('ValidationError');
  });

  it("gives no link for another shopper's document, nor without a token", async () => {
    const foreign = await postJson(linksUrl('OC-100012'), bearer(BEN_TOKEN));
    expect(foreign.status).toBe(404);
    const anonymous = await postJson(linksUrl('OC-100012'), {});
    expect(anonymous.status).toBe(401);
  });

  it('answers 403 with an OCC body and no bytes to tampered links', async () => {
    const link = await createLink('OC-100012');
    const url = new URL(link.url, suite.stack.baseUrl);
    const signature = url.searchParams.get('signature') ?? '';
    const otherId = suite.stack.idOf('INV-2026-100012');
    const tampered: string[] = [];
    const variant = (change: (u: URL) => void) => {
      const copy = new URL(url);
      change(copy);
      tampered.push(copy.toString());
    };
    variant((u) => u.searchParams.set('signature', (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1)));
    variant((u) => u.searchParams.set('expires', String(Number(u.searchParams.get('expires')) + 3600)));
    variant((u) => u.searchParams.set('disposition', 'attachment'));
    variant((u) => u.searchParams.delete('signature'));
    variant((u) => u.searchParams.delete('expires'));
    variant((u) => {
      u.pathname = u.pathname.replace(suite.stack.idOf('OC-100012'), otherId);
    });
    variant((u) => {
      u.pathname = u.pathname.replace('/electronics-spa/', '/apparel-uk/');
    });
    variant((u) => {
      u.pathname = u.pathname.replace(suite.stack.idOf('OC-100012'), 'no-such-document');
    });

    for (const target of tampered) {
      const response = await fetch(target);
      const text = await response.text();
      expect(response.status).withContext(target).toBe(403);
      expect(JSON.parse(text).errors[0].type).toBe('AccessDeniedError');
      expect(text).not.toContain('%PDF');
    }
  });

  it('answers 403 once the link has expired', async () => {
    const expiring = await startStack({
      commerceUrl: suite.commerce.url,
      batch: DEMO_BATCH,
      env: { SIGNED_LINK_SECRET: SECRET, SIGNED_LINK_TTL_SECONDS: '1' },
    });
    try {
      const answer = await postJson(documentsUrl(expiring, 'current', `/${expiring.idOf('OC-100012')}/links`), bearer(ANNA_TOKEN));
      const url = `${expiring.baseUrl}${answer.body.url}`;
      await new Promise((resolve) => setTimeout(resolve, Date.parse(answer.body.expiresAt) - Date.now() + 50));
      const response = await fetch(url);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain('%PDF');
    } finally {
      await expiring.close();
    }
  });

  it('is accepted by another instance with the same secret, not by one with another secret', async () => {
    const link = await createLink('OC-100012');
    const same = await startStack({ commerceUrl: suite.commerce.url, batch: [], env: { SIGNED_LINK_SECRET: SECRET } });
    const other = await startStack({ commerceUrl: suite.commerce.url, batch: [], env: { SIGNED_LINK_SECRET: `${SECRET}-other` } });
    try {
      // Same secret, but this instance's store lacks the document: still no bytes, and no hint why.
      expect((await fetch(`${same.baseUrl}${link.url}`)).status).toBe(403);
      expect((await fetch(`${other.baseUrl}${link.url}`)).status).toBe(403);
    } finally {
      await same.close();
      await other.close();
    }
  });

  it('does not let the anonymous marker reach the token-only endpoints', async () => {
    const list = await getJson(documentsUrl(suite.stack, 'anonymous'));
    expect(list.status).toBe(401);
    const metadata = await getJson(documentsUrl(suite.stack, 'anonymous', `/${suite.stack.idOf('OC-100012')}`), bearer(ANNA_TOKEN));
    expect(metadata.status).toBe(403);
  });

  it('puts an absolute URL in the link when PUBLIC_BASE_URL is set', async () => {
    const publicStack = await startStack({
      commerceUrl: suite.commerce.url,
      batch: DEMO_BATCH,
      env: { SIGNED_LINK_SECRET: SECRET, PUBLIC_BASE_URL: 'https://shop.example.com' },
    });
    try {
      const answer = await postJson(documentsUrl(publicStack, 'current', `/${publicStack.idOf('OC-100012')}/links`), bearer(ANNA_TOKEN));
      expect(answer.body.url).toMatch(/^https:\/\/shop\.example\.com\/occ\/v2\/electronics-spa\/users\/anonymous\/documents\//);
    } finally {
      await publicStack.close();
    }
  });
});

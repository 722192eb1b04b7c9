import { createHash } from 'node:crypto';
import { BlobServiceClient } from '@azure/storage-blob';
import { contentDisposition } from '../../src/http/content-disposition';
import { sharedAzurite, type Azurite } from '../support/azurite';
import { bigPdf } from '../support/big-pdf';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { ANNA, ANNA_TOKEN, SPECIAL_FILE_NAME, TOKENS } from '../support/fixtures';
import { bearer, documentsUrl, startStack, type Stack } from '../support/stack';

const CONTENT = bigPdf(150_000);
const SHA256 = createHash('sha256').update(CONTENT).digest('hex');
const TTL_SECONDS = 45;

describe('DOCUMENT_DELIVERY=redirect: signed links redirect to a short-lived SAS URL of the blob', () => {
  let azurite: Azurite;
  let container: string;
  let commerce: FakeCommerce;
  let stack: Stack;

  beforeAll(async () => {
    azurite = await sharedAzurite();
    container = await azurite.createContainer();
    commerce = await startFakeCommerce(TOKENS);
    stack = await startStack({
      commerceUrl: commerce.url,
      env: { ...azurite.env(container), DOCUMENT_DELIVERY: 'redirect', DOCUMENT_SAS_TTL_SECONDS: String(TTL_SECONDS) },
      batch: [
        { file: 'anna/letter.pdf', ownerUid: ANNA.uid, type: 'CORRESPONDENCE', title: 'Letter', number: 'LET-1', fileName: SPECIAL_FILE_NAME, createdAt: '2026-10-01T00:00:00Z', content: CONTENT },
        { file: 'anna/other.pdf', ownerUid: ANNA.uid, type: 'INVOICE', title: 'Other', number: 'INV-1', createdAt: '2026-10-02T00:00:00Z' },
      ],
    });
  }, 30_000);

  afterAll(async () => {
    await stack.close();
    await commerce.close();
    await BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(container).delete();
  });

  const signedLink = async (number: string, disposition = 'attachment') => {
    const response = await fetch(documentsUrl(stack, 'current', `/${stack.idOf(number)}/links`), {
      method: 'POST',
      headers: { ...bearer(ANNA_TOKEN), 'Content-Type': 'application/json' },
      body: JSON.stringify({ disposition }),
    });
    return `${stack.baseUrl}${((await response.json()) as { url: string }).url}`;
  };

  it('redirects to a read-only SAS URL of that one blob, expiring after DOCUMENT_SAS_TTL_SECONDS, and audits the download', async () => {
    const auditBefore = (await stack.stores.store.listAudit({ limit: 1000 })).length;
    const redirect = await fetch(await signedLink('LET-1'), { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('referrer-policy')).toBe('no-referrer');
    expect(redirect.headers.get('cache-control')).toBe('private, no-store');
    const location = new URL(redirect.headers.get('location')!);
    expect(location.pathname).toBe(`/devstoreaccount1/${container}/sha256/${SHA256.slice(0, 2)}/${SHA256}`);
    expect(location.searchParams.get('sp')).toBe('r');
    const expiresInSeconds = (Date.parse(location.searchParams.get('se')!) - Date.now()) / 1000;
    expect(expiresInSeconds).toBeGreaterThan(TTL_SECONDS - 10);
    expect(expiresInSeconds).toBeLessThanOrEqual(TTL_SECONDS);

    const events = await stack.stores.store.listAudit({ limit: 1000 });
    expect(events.length).toBe(auditBefore + 1);
    expect(events[events.length - 1]).toEqual(jasmine.objectContaining({ action: 'DOWNLOAD', documentSha256: SHA256, actor: `shopper:${ANNA.uid}` }));
  });

  it('serves the bytes from the blob service with the file name and content type the proxy would send, ranges included', async () => {
    const bytes = await fetch(await signedLink('LET-1'));
    expect(bytes.status).toBe(200);
    expect(bytes.headers.get('content-type')).toBe('application/pdf');
    expect(bytes.headers.get('content-disposition')).toBe(contentDisposition('attachment', SPECIAL_FILE_NAME));
    expect(bytes.headers.get('content-disposition')).toContain("filename*=UTF-8''Rechnung%20%22M%C3%BCller%22%20%E2%82%AC.pdf");
    expect(Buffer.from(await bytes.arrayBuffer()).equals(CONTENT)).toBeTrue();

    const range = await fetch(await signedLink('LET-1', 'inline'), { headers: { Range: 'bytes=1000-1999' } });
    expect(range.status).toBe(206);
    expect(range.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(Buffer.from(await range.arrayBuffer()).equals(CONTENT.subarray(1000, 2000))).toBeTrue();
  });

  it('gives a SAS URL that reads nothing else and writes nothing', async () => {
    const location = new URL((await fetch(await signedLink('LET-1'), { redirect: 'manual' })).headers.get('location')!);
    const other = new URL(location);
    other.pathname = location.pathname.replace(SHA256, 'f'.repeat(64));
    expect((await fetch(other)).status).toBe(403);
    const write = await fetch(location, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'overwritten' });
    expect(write.status).toBe(403);
    expect(Buffer.from(await (await fetch(location)).arrayBuffer()).equals(CONTENT)).toBeTrue();
  });

  it('still authorises: a tampered link gets 403 and no redirect; bearer requests are streamed by the proxy', async () => {
    const tampered = (await signedLink('LET-1')).replace(/signature=[^&]+/, 'signature=AAAA');
    const refused = await fetch(tampered, { redirect: 'manual' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('location')).toBeNull();

    const streamed = await fetch(documentsUrl(stack, 'current', `/${stack.idOf('LET-1')}/content`), { headers: bearer(ANNA_TOKEN), redirect: 'manual' });
    expect(streamed.status).toBe(200);
    expect(Buffer.from(await streamed.arrayBuffer()).equals(CONTENT)).toBeTrue();
  });
});

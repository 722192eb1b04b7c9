import { createHash } from 'node:crypto';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { ANNA, ANNA_TOKEN, BEN_TOKEN, CHRIS_TOKEN, DEMO_BATCH, TOKENS } from '../support/fixtures';
import { bearer, documentsUrl, getJson, SITE, startStack, type Stack } from '../support/stack';
import { readStoredZip } from '../support/zip-reader';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('order documents archive (ZIP)', () => {
  let commerce: FakeCommerce;
  let stack: Stack;

  beforeAll(async () => {
    commerce = await startFakeCommerce(TOKENS);
    stack = await startStack({
      commerceUrl: commerce.url,
      batch: [
        ...DEMO_BATCH,
        // same file name as the invoice of 100012: must get a distinct entry name
        { file: 'anna/INV-2026-100012-copy.pdf', ownerUid: ANNA.uid, type: 'INVOICE', title: 'Invoice copy', number: 'INV-2026-100012-C', fileName: 'Invoice INV-2026-100012.pdf', orderCode: '100012', createdAt: '2026-10-05T00:00:00Z' },
      ],
    });
  });

  afterAll(async () => {
    await stack.close();
    await commerce.close();
  });

  const archiveUrl = (orderCode: string, userId = 'current') =>
    `${stack.baseUrl}/occ/v2/${SITE}/users/${encodeURIComponent(userId)}/orders/${orderCode}/documents/archive`;

  it("streams a ZIP of exactly the shopper's documents of the order, names unique, bytes intact", async () => {
    const response = await fetch(archiveUrl('100012'), { headers: bearer(ANNA_TOKEN) });
    const zip = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Order-100012-documents.zip"; filename*=UTF-8''Order-100012-documents.zip`,
    );
    expect(response.headers.get('content-length')).toBe(String(zip.length));

    const entries = readStoredZip(zip);
    const list = await getJson(documentsUrl(stack, 'current', '?orderCode=100012&pageSize=100'), bearer(ANNA_TOKEN));
    const expected = list.body.documents as { sha256: string; fileName: string }[];
    expect(entries.length).toBe(5);
    expect(entries.length).toBe(expected.length);
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
    expect(entries.map((e) => e.name)).toContain('Invoice INV-2026-100012.pdf');
    expect(entries.map((e) => e.name)).toContain('Invoice INV-2026-100012 (2).pdf');
    expect(entries.map((e) => sha256(e.data)).sort()).toEqual(expected.map((d) => d.sha256).sort());
  });

  it('answers 404 when the shopper has no documents for the order (own order without any, or foreign)', async () => {
    for (const [token, order] of [[CHRIS_TOKEN, '100012'], [BEN_TOKEN, '100012'], [ANNA_TOKEN, '999999']]) {
      const { status, body } = await getJson(archiveUrl(order), bearer(token));
      expect(status).toBe(404);
      expect(body.errors[0].type).toBe('UnknownIdentifierError');
    }
  });

  it('needs a token and the own user id', async () => {
    expect((await getJson(archiveUrl('100012'))).status).toBe(401);
    expect((await getJson(archiveUrl('100012', 'ben.miller@example.com'), bearer(ANNA_TOKEN))).status).toBe(403);
    expect((await getJson(archiveUrl('bad code!'), bearer(ANNA_TOKEN))).status).toBe(400);
  });
});

import { createHash } from 'node:crypto';
import * as http from 'node:http';
import * as path from 'node:path';
import { bigPdf } from '../support/big-pdf';
import { ANNA, ANNA_TOKEN, BEN_TOKEN, CHRIS_TOKEN, DEMO_BATCH } from '../support/fixtures';
import { bearer, documentsUrl, getJson, SITE } from '../support/stack';
import { openFilesUnder } from '../support/open-files';
import { readStoredZip } from '../support/zip-reader';
import { stackForSuite } from '../support/suite-stack';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('order documents archive (ZIP)', () => {
  const suite = stackForSuite({
    batch: [
      ...DEMO_BATCH,
      // same file name as the invoice of 100012: must get a distinct entry name
      { file: 'anna/big-1.pdf', ownerUid: ANNA.uid, type: 'STATEMENT', title: 'Big 1', number: 'BIG-1', orderCode: '300001', createdAt: '2026-10-05T00:00:00Z', content: bigPdf(6_000_000) },
      { file: 'anna/big-2.pdf', ownerUid: ANNA.uid, type: 'STATEMENT', title: 'Big 2', number: 'BIG-2', orderCode: '300001', createdAt: '2026-10-06T00:00:00Z', content: bigPdf(6_000_000) },
      { file: 'anna/INV-2026-100012-copy.pdf', ownerUid: ANNA.uid, type: 'INVOICE', title: 'Invoice copy', number: 'INV-2026-100012-C', fileName: 'Invoice INV-2026-100012.pdf', orderCode: '100012', createdAt: '2026-10-05T00:00:00Z' },
    ],
  });

  const archiveUrl = (orderCode: string, userId = 'current') =>
    `${suite.stack.baseUrl}/occ/v2/${SITE}/users/${encodeURIComponent(userId)}/orders/${orderCode}/documents/archive`;

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
    const list = await getJson(documentsUrl(suite.stack, 'current', '?orderCode=100012&pageSize=100'), bearer(ANNA_TOKEN));
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

  it('closes the stored files when the client goes away mid-download, and answers HEAD without reading them', async () => {
    const filesDir = path.join(suite.stack.dataDir, 'files');
    const archiveBytesServed = async () => {
      const metrics = await (await fetch(`${suite.stack.baseUrl}/metrics`)).text();
      return /exd_proxy_document_bytes_served_total\{route="[^"]*archive"\} (\d+)/.exec(metrics)?.[1] ?? '0';
    };
    const servedBefore = await archiveBytesServed();
    await new Promise<void>((resolve, reject) => {
      const request = http.get(archiveUrl('300001'), { headers: bearer(ANNA_TOKEN) }, (response) => {
        expect(response.statusCode).toBe(200);
        response.once('data', () => {
          request.destroy();
          resolve();
        });
      });
      request.on('error', (error) => {
        if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(openFilesUnder(filesDir)).toEqual([]);

    const head = await fetch(archiveUrl('300001'), { method: 'HEAD', headers: bearer(ANNA_TOKEN) });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(12_000_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(openFilesUnder(filesDir)).toEqual([]);
    expect(await archiveBytesServed()).withContext('an aborted download and a HEAD serve no document bytes').toBe(servedBefore);
  });
});

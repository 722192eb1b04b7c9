import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ANNA_TOKEN, BEN_TOKEN, DEMO_BATCH, SPECIAL_FILE_NAME } from '../support/fixtures';
import { minimalPdf } from '../support/pdf';
import { bearer, documentsUrl, getJson } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

describe('single document and content', () => {
  const suite = stackForSuite({ batch: DEMO_BATCH });

  const docUrl = (id: string, suffix = '') => documentsUrl(suite.stack, 'current', `/${encodeURIComponent(id)}${suffix}`);

  it('returns the metadata of an own document', async () => {
    const id = suite.stack.idOf('INV-2026-100012');
    const { status, headers, body } = await getJson(docUrl(id), bearer(ANNA_TOKEN));
    expect(status).toBe(200);
    expect(body.id).toBe(id);
    expect(body.number).toBe('INV-2026-100012');
    expect(body.read).toBeFalse();
    expect(headers.get('cache-control')).toBe('private, no-store');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('downloads the exact bytes with length, type and an RFC 6266 attachment disposition', async () => {
    const id = suite.stack.idOf('LET-0001');
    const response = await fetch(docUrl(id, '/content'), { headers: bearer(ANNA_TOKEN) });
    const bytes = Buffer.from(await response.arrayBuffer());
    const expected = minimalPdf('CORRESPONDENCE LET-0001');

    expect(response.status).toBe(200);
    expect(bytes.equals(expected)).toBeTrue();
    expect(response.headers.get('content-length')).toBe(String(expected.length));
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Rechnung \\"Muller\\" _.pdf"; filename*=UTF-8''Rechnung%20%22M%C3%BCller%22%20%E2%82%AC.pdf`,
    );
    const encoded = /filename\*=UTF-8''(.+)$/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe(SPECIAL_FILE_NAME);

    const meta = await getJson(docUrl(id), bearer(ANNA_TOKEN));
    expect(meta.body.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(meta.body.size).toBe(bytes.length);
  });

  it('serves inline when asked', async () => {
    const response = await fetch(docUrl(suite.stack.idOf('INV-2026-100012'), '/content?disposition=inline'), {
      headers: bearer(ANNA_TOKEN),
    });
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="Invoice INV-2026-100012.pdf"; filename*=UTF-8''Invoice%20INV-2026-100012.pdf`,
    );
  });

  it('rejects an unknown disposition with 400', async () => {
    const { status, body } = await getJson(docUrl(suite.stack.idOf('INV-2026-100012'), '/content?disposition=download'), bearer(ANNA_TOKEN));
    expect(status).toBe(400);
    expect(body.errors[0].subject).toBe('disposition');
  });

  it("answers 404 for another shopper's document, identical to an unknown id, with no bytes", async () => {
    const foreignId = suite.stack.idOf('INV-2026-200001');
    const unknownId = 'ffffffff-0000-4000-8000-000000000000';

    const foreign = await getJson(docUrl(foreignId), bearer(ANNA_TOKEN));
    const unknown = await getJson(docUrl(unknownId), bearer(ANNA_TOKEN));
    expect(foreign.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(foreign.body.errors[0].type).toBe('UnknownIdentifierError');
    expect(foreign.body.errors[0].message.replace(foreignId, 'ID')).toBe(unknown.body.errors[0].message.replace(unknownId, 'ID'));
    expect(JSON.stringify(foreign.body)).not.toContain('INV-2026-200001');

    for (const id of [foreignId, unknownId]) {
      const response = await fetch(docUrl(id, '/content'), { headers: bearer(ANNA_TOKEN) });
      const text = await response.text();
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(response.headers.get('content-disposition')).toBeNull();
      expect(text).not.toContain('%PDF');
      expect(JSON.parse(text).errors[0].type).toBe('UnknownIdentifierError');
    }

    // and Ben still gets his own document
    const own = await fetch(docUrl(foreignId, '/content'), { headers: bearer(BEN_TOKEN) });
    expect((await own.text()).startsWith('%PDF-')).toBeTrue();
  });

  it('answers 500 with an OCC body (not a hang) when the bytes vanished from the store', async () => {
    const id = suite.stack.idOf('SN-100012');
    const { body: meta } = await getJson(docUrl(id), bearer(ANNA_TOKEN));
    const file = path.join(suite.stack.dataDir, 'files', meta.sha256.slice(0, 2), meta.sha256);
    fs.renameSync(file, `${file}.away`);
    try {
      const { status, body } = await getJson(docUrl(id, '/content'), bearer(ANNA_TOKEN));
      expect(status).toBe(500);
      expect(body.errors[0].type).toBe('InternalServerError');
    } finally {
      fs.renameSync(`${file}.away`, file);
    }
  });

  it('answers unknown paths with a 404 OCC body', async () => {
    const { status, body } = await getJson(`${suite.stack.baseUrl}/occ/v2/electronics-spa/nothing-here`, bearer(ANNA_TOKEN));
    expect(status).toBe(404);
    expect(body.errors[0].type).toBe('UnknownResourceError');
  });
});

import { FailingContentStore } from '../support/failing-content-store';
import { ANNA_TOKEN, DEMO_BATCH } from '../support/fixtures';
import { INTEGRATION_ENV, ingestOne } from '../support/ingest-client';
import { bearer, documentsUrl, getJson } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

describe('content store that cannot be read or written', () => {
  let content: FailingContentStore;

  const suite = stackForSuite({
    batch: DEMO_BATCH,
    env: { ...INTEGRATION_ENV },
    wrapContent: (inner) => (content = new FailingContentStore(inner)),
  });

  afterEach(() => {
    content.failing = undefined;
  });

  for (const code of ['EIO', 'ENOSPC', 'EMFILE', 'EACCES']) {
    it(`answers a download 503 with Retry-After on ${code}, naming no path, while the index keeps answering`, async () => {
      const url = documentsUrl(suite.stack, 'current', `/${suite.stack.idOf('INV-2026-100012')}/content`);
      content.failing = code;
      const failed = await getJson(url, bearer(ANNA_TOKEN));
      expect(failed.status).toBe(503);
      expect(failed.headers.get('retry-after')).toBe('5');
      expect(failed.body).toEqual({
        errors: [{ type: 'ServiceUnavailableError', message: 'The document content store is temporarily unavailable; please try again later' }],
      });
      expect(JSON.stringify(failed.body)).not.toContain('/srv');
      expect(JSON.stringify(failed.body)).not.toContain(code);

      expect((await getJson(documentsUrl(suite.stack), bearer(ANNA_TOKEN))).status).toBe(200);
      expect((await getJson(`${suite.stack.baseUrl}/health/live`)).status).toBe(200);
      const ready = await getJson(`${suite.stack.baseUrl}/health/ready`);
      expect(ready.status).toBe(503);
      expect(ready.body.checks).toEqual(jasmine.objectContaining({ store: 'UP', content: 'DOWN' }));

      content.failing = undefined;
      expect((await fetch(url, { headers: bearer(ANNA_TOKEN) })).status).toBe(200);
      expect((await getJson(`${suite.stack.baseUrl}/health/ready`)).status).toBe(200);
    });
  }

  it('answers an ingest 503 when the bytes cannot be stored (ENOSPC) and indexes nothing, so the retry stores the document once', async () => {
    content.failing = 'ENOSPC';
    const failed = await ingestOne(suite.stack, 'INV-FULL-1');
    expect(failed.status).toBe(503);
    expect(failed.retryAfter).toBe('5');
    expect(failed.body.errors[0].type).toBe('ServiceUnavailableError');
    const during = await getJson(documentsUrl(suite.stack, 'current', '?q=INV-FULL-1'), bearer(ANNA_TOKEN));
    expect(during.body.documents).toEqual([]);

    content.failing = undefined;
    const retried = await ingestOne(suite.stack, 'INV-FULL-1');
    expect(retried.status).toBe(201);
    const after = await getJson(documentsUrl(suite.stack, 'current', '?q=INV-FULL-1'), bearer(ANNA_TOKEN));
    expect(after.body.documents.length).toBe(1);
    expect((await fetch(documentsUrl(suite.stack, 'current', `/${after.body.documents[0].id}/content`), { headers: bearer(ANNA_TOKEN) })).status).toBe(200);
  });
});

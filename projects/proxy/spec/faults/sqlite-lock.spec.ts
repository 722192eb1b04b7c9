import * as path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { ANNA_TOKEN, DEMO_BATCH } from '../support/fixtures';
import { INTEGRATION_ENV, ingestOne } from '../support/ingest-client';
import { minimalPdf } from '../support/pdf';
import { bearer, documentsUrl, getJson, type Stack } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

async function markRead(stack: Stack, id: string): Promise<{ status: number; retryAfter: string | null; body: any }> {
  const response = await fetch(documentsUrl(stack, 'current', `/${id}`), {
    method: 'PATCH',
    headers: { ...bearer(ANNA_TOKEN), 'Content-Type': 'application/json' },
    body: JSON.stringify({ read: true }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

describe('SQLite file locked by another connection', () => {
  let holder: BetterSqlite3.Database;

  const suite = stackForSuite({ batch: DEMO_BATCH, env: { LIST_CACHE_BYTES: '0', ...INTEGRATION_ENV } });

  // Declared after the stack, so it runs before the stack closes (Jasmine runs afterAll last-declared first).
  afterAll(() => {
    if (holder?.open) holder.close();
  });

  it('answers writes 503 with Retry-After while another connection holds an exclusive transaction, stores nothing half, and writes again after', async () => {
    const id = suite.stack.idOf('OC-100012');
    holder = new BetterSqlite3(path.join(suite.stack.dataDir, 'documents.sqlite'));
    holder.exec('BEGIN EXCLUSIVE');
    let released = false;
    try {
      // Both wait for the proxy's busy timeout (5 s), then give up with SQLITE_BUSY.
      const [read, ingest] = await Promise.all([markRead(suite.stack, id), ingestOne(suite.stack, 'INV-LOCKED-1')]);
      for (const answer of [read, ingest]) {
        expect(answer.status).toBe(503);
        expect(answer.retryAfter).toBe('5');
        expect(answer.body.errors[0].type).toBe('ServiceUnavailableError');
        expect(answer.body.errors[0].message).toBe('The document index is temporarily unavailable; please try again later');
        expect(answer.body.errors[0].message).not.toMatch(/sqlite|locked|\.sqlite|\//i);
      }

      // Reads do not need the write lock (WAL): the list keeps working.
      const list = await getJson(documentsUrl(suite.stack), bearer(ANNA_TOKEN));
      expect(list.status).toBe(200);
      expect(list.body.documents.map((d: { number: string }) => d.number)).not.toContain('INV-LOCKED-1');

      holder.exec('ROLLBACK');
      released = true;
    } finally {
      if (!released) holder.exec('ROLLBACK');
      holder.close();
    }

    expect((await markRead(suite.stack, id)).status).toBe(200);
    const retried = await ingestOne(suite.stack, 'INV-LOCKED-1');
    expect(retried.status).withContext(JSON.stringify(retried.body)).toBe(201);
    const after = await getJson(documentsUrl(suite.stack, 'current', '?q=INV-LOCKED-1'), bearer(ANNA_TOKEN));
    expect(after.body.documents.length).toBe(1);
    const download = await fetch(documentsUrl(suite.stack, 'current', `/${after.body.documents[0].id}/content`), { headers: bearer(ANNA_TOKEN) });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(minimalPdf('INV-LOCKED-1'))).toBeTrue();
  }, 30_000);
});

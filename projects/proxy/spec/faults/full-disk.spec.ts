import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../support/batch';
import { ANNA_TOKEN, DEMO_BATCH } from '../support/fixtures';
import { INTEGRATION_ENV, ingestOne } from '../support/ingest-client';
import { minimalPdf } from '../support/pdf';
import { bearer, documentsUrl, getJson } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

/** Fills the file system of `folder` to the last byte with one file; answers that file. */
function fillUp(folder: string): string {
  const filler = path.join(folder, 'filler.bin');
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (let size = chunk.length; size >= 1; ) {
      try {
        fs.writeSync(fd, chunk, 0, size);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
        size = Math.floor(size / 2);
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

/**
 * The data folder (SQLite index and document bytes) on a real file system that runs full: a small
 * tmpfs mounted for the spec (CI runs as root on a VM, where mount is allowed).
 */
describe('the data folder on a full disk (tmpfs)', () => {
  const mountPoint = tempDir('full-disk');
  beforeAll(() => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m,mode=0700', 'tmpfs', mountPoint]);
  });
  afterAll(() => {
    execFileSync('umount', ['-l', mountPoint]);
    fs.rmSync(mountPoint, { recursive: true, force: true });
  });

  const suite = stackForSuite(() => ({
    batch: DEMO_BATCH,
    dataDir: path.join(mountPoint, 'data'),
    env: { LIST_CACHE_BYTES: '0', ...INTEGRATION_ENV },
  }));

  it('answers ingests and (audited) downloads 503 with Retry-After while the disk is full, keeps answering lists, leaves nothing half, and works once there is room', async () => {
    const filler = fillUp(mountPoint);
    let full = true;
    try {
      const ingest = await ingestOne(suite.stack, 'INV-FULL-1');
      expect(ingest.status).withContext(JSON.stringify(ingest.body)).toBe(503);
      expect(ingest.retryAfter).toBe('5');
      expect(ingest.body.errors[0].type).toBe('ServiceUnavailableError');
      expect(ingest.body.errors[0].message).not.toMatch(/ENOSPC|SQLITE|\/tmp|\.sqlite|filler/i);

      const list = await getJson(documentsUrl(suite.stack), bearer(ANNA_TOKEN));
      expect(list.status).withContext(JSON.stringify(list.body)).toBe(200);
      // every download is an audit event first: with no room to record it, no byte is handed out
      const download = await fetch(documentsUrl(suite.stack, 'current', `/${suite.stack.idOf('INV-2026-100012')}/content`), { headers: bearer(ANNA_TOKEN) });
      const refused = (await download.json()) as { errors: { type: string }[] };
      expect(download.status).toBe(503);
      expect(download.headers.get('retry-after')).toBe('5');
      expect(refused.errors[0].type).toBe('ServiceUnavailableError');

      fs.rmSync(filler);
      full = false;
    } finally {
      if (full) fs.rmSync(filler, { force: true });
    }

    const nothingHalf = await getJson(documentsUrl(suite.stack, 'current', '?q=INV-FULL-1'), bearer(ANNA_TOKEN));
    expect(nothingHalf.body.documents).toEqual([]);
    const retried = await ingestOne(suite.stack, 'INV-FULL-1');
    expect(retried.status).withContext(JSON.stringify(retried.body)).toBe(201);
    const bytes = await fetch(documentsUrl(suite.stack, 'current', `/${retried.body.id}/content`), { headers: bearer(ANNA_TOKEN) });
    expect(Buffer.from(await bytes.arrayBuffer()).equals(minimalPdf('INV-FULL-1'))).toBeTrue();
    const download = await fetch(documentsUrl(suite.stack, 'current', `/${suite.stack.idOf('INV-2026-100012')}/content`), { headers: bearer(ANNA_TOKEN) });
    expect(Buffer.from(await download.arrayBuffer()).equals(minimalPdf('INVOICE INV-2026-100012'))).toBeTrue();
    const ready = await fetch(`${suite.stack.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
  });
});

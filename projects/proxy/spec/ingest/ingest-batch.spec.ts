import * as fs from 'node:fs';
import * as path from 'node:path';
import { openStores, type Stores } from '../../src/compose';
import { verifyChain } from '../../src/documents/audit/audit-chain';
import { ingestBatch, ManifestError, type IngestReport } from '../../src/documents/ingest/ingest-batch';
import type { DocumentQuery } from '../../src/documents/model';
import { tempDir, writeBatch, type BatchDocument } from '../support/batch';
import { minimalPdf } from '../support/pdf';

const OWNER = 'anna.schmidt@example.com';
const ALL: DocumentQuery = { types: [], currentPage: 0, pageSize: 100, sort: 'byNumber' };

function doc(number: string, extra: Partial<BatchDocument> = {}): BatchDocument {
  return {
    file: `anna/${number}.pdf`,
    ownerUid: OWNER,
    type: 'INVOICE',
    title: `Invoice ${number}`,
    number,
    createdAt: '2026-10-02T09:14:00Z',
    ...extra,
  };
}

describe('ingestBatch', () => {
  let root: string;
  let stores: Stores;
  let filesDir: string;

  beforeEach(async () => {
    root = tempDir('ingest');
    filesDir = path.join(root, 'data', 'files');
    stores = await openStores({
      databasePath: path.join(root, 'data', 'documents.sqlite'),
      documentStoreDir: filesDir,
      databaseSchema: 'public',
      databasePoolSize: 1,
    });
  });

  afterEach(async () => {
    await stores.store.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const batch = (docs: BatchDocument[], name = 'batch') => writeBatch(path.join(root, name), docs);

  it('works in batches: outcomes in manifest order, a repeated entry skipped within its batch, events chained', async () => {
    const docs = [
      doc('B-1'),
      doc('B-2'),
      { ...doc('B-1'), file: 'anna/B-1-again.pdf', content: minimalPdf('INVOICE B-1') },
      doc('B-4'),
      doc('B-3', { type: 'NOT_A_TYPE' }),
      doc('B-5'),
      doc('B-6'),
      doc('B-7', { content: null }),
    ];
    const batches: number[] = [];
    const order: number[] = [];
    const report = await ingestBatch(batch(docs), stores, {
      batchSize: 3,
      concurrency: 4,
      onBatch: ({ done }) => batches.push(done),
      onProgress: (event) => order.push(event.index),
    });
    expect(batches).toEqual([3, 6, 8]);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(report.imported.map((i) => i.number)).toEqual(['B-1', 'B-2', 'B-4', 'B-5', 'B-6']);
    expect(report.skipped.map((i) => [i.index, i.id])).toEqual([[2, report.imported[0].id]]);
    expect(report.rejected.map((r) => [r.index, r.code])).toEqual([
      [4, 'unknown-type'],
      [7, 'missing-file'],
    ]);
    const events = await stores.store.listAudit({ limit: 100 });
    expect(events.map((e) => e.documentId)).toEqual(report.imported.map((i) => i.id));
    expect(verifyChain(events, { head: await stores.store.auditHead(), fromGenesis: true })).toEqual([]);
    expect(fs.readdirSync(path.join(filesDir, 'tmp'))).toEqual([]);
  });

  it('imports every valid entry and stores its bytes content-addressed', async () => {
    const folder = batch([doc('INV-1'), doc('INV-2', { type: 'CREDIT_NOTE', orderCode: '100012' })]);
    const report = await ingestBatch(folder, stores);

    expect(report.total).toBe(2);
    expect(report.imported.map((i) => i.number)).toEqual(['INV-1', 'INV-2']);
    expect(report.skipped).toEqual([]);
    expect(report.rejected).toEqual([]);

    const page = await stores.store.queryForOwner(OWNER, ALL);
    expect(page.totalResults).toBe(2);
    const stored = page.documents[0];
    const bytes = minimalPdf('INVOICE INV-1');
    expect(stored.size).toBe(bytes.length);
    expect(fs.readFileSync(path.join(filesDir, stored.sha256.slice(0, 2), stored.sha256)).equals(bytes)).toBeTrue();
    expect(fs.readdirSync(path.join(filesDir, 'tmp'))).toEqual([]);
    expect(stored.fileName).toBe('INV-1.pdf');
  });

  it('is idempotent: a re-run skips what was imported and keeps the ids', async () => {
    const folder = batch([doc('INV-1'), doc('INV-2')]);
    const first = await ingestBatch(folder, stores);
    const second = await ingestBatch(folder, stores);

    expect(second.imported).toEqual([]);
    expect(second.skipped.map((s) => s.id)).toEqual(first.imported.map((i) => i.id));
    expect((await stores.store.queryForOwner(OWNER, ALL)).totalResults).toBe(2);
  });

  it('imports a new version (same number, different bytes) as a new document', async () => {
    await ingestBatch(batch([doc('INV-1')], 'v1'), stores);
    const v2 = await ingestBatch(batch([doc('INV-1', { content: minimalPdf('INVOICE INV-1 corrected') })], 'v2'), stores);
    expect(v2.imported.length).toBe(1);
    const page = await stores.store.queryForOwner(OWNER, ALL);
    expect(page.totalResults).toBe(2);
    expect(new Set(page.documents.map((d) => d.sha256)).size).toBe(2);
  });

  it('rejects bad entries with a reason and still imports the good ones', async () => {
    const outside = path.join(root, 'outside.pdf');
    fs.writeFileSync(outside, minimalPdf('secret of someone else'));
    const folder = batch([
      doc('GOOD-1'),
      doc('MISSING', { content: null }),
      doc('NOTPDF', { content: Buffer.from('<html>not a pdf</html>') }),
      doc('BADTYPE', { type: 'RECEIPT' }),
      doc('TRAVERSAL', { file: '../outside.pdf', content: null }),
      doc('ABSOLUTE', { file: outside, content: null }),
      doc('NOOWNER', { ownerUid: undefined as unknown as string }),
      doc('BADDATE', { createdAt: 'last tuesday' }),
      doc('WORD', { mimeType: 'application/msword' }),
      doc('GOOD-2'),
    ]);
    fs.symlinkSync(outside, path.join(folder, 'anna', 'link.pdf'));
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
    manifest.documents.push({ ...manifest.documents[0], number: 'SYMLINK', file: 'anna/link.pdf' });
    fs.writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(manifest));

    const report: IngestReport = await ingestBatch(folder, stores);

    expect(report.imported.map((i) => i.number)).toEqual(['GOOD-1', 'GOOD-2']);
    const byFile = Object.fromEntries(report.rejected.map((r) => [r.index, r]));
    expect(byFile[1]).toEqual(jasmine.objectContaining({ code: 'missing-file', reason: jasmine.stringContaining('does not exist') }));
    expect(byFile[2]).toEqual(jasmine.objectContaining({ code: 'not-a-pdf', reason: jasmine.stringContaining('%PDF-') }));
    expect(byFile[3]).toEqual(jasmine.objectContaining({ code: 'unknown-type', reason: jasmine.stringContaining("'RECEIPT'") }));
    expect(byFile[4]).toEqual(jasmine.objectContaining({ code: 'path-traversal', file: '../outside.pdf' }));
    expect(byFile[5]).toEqual(jasmine.objectContaining({ code: 'path-traversal' }));
    expect(byFile[6]).toEqual(jasmine.objectContaining({ code: 'invalid-entry', reason: jasmine.stringContaining("'ownerUid' is required") }));
    expect(byFile[7]).toEqual(jasmine.objectContaining({ code: 'invalid-entry', reason: jasmine.stringContaining("'createdAt'") }));
    expect(byFile[8]).toEqual(jasmine.objectContaining({ code: 'unsupported-mime-type' }));
    expect(byFile[10]).toEqual(jasmine.objectContaining({ code: 'path-traversal', file: 'anna/link.pdf' }));
    expect(report.rejected.length).toBe(9);

    const page = await stores.store.queryForOwner(OWNER, ALL);
    expect(page.documents.map((d) => d.number)).toEqual(['GOOD-1', 'GOOD-2']);
  });

  it('reports progress for every entry', async () => {
    const events: string[] = [];
    await ingestBatch(batch([doc('A'), doc('B', { type: 'NOPE' })]), stores, {
      onProgress: (event, { done, total }) => events.push(`${done}/${total} ${event.outcome}`),
    });
    expect(events).toEqual(['1/2 imported', '2/2 rejected']);
  });

  it('fails as a whole when the folder or its manifest is missing or broken', async () => {
    await expectAsync(ingestBatch(path.join(root, 'nope'), stores)).toBeRejectedWithError(ManifestError, /does not exist/);
    const empty = path.join(root, 'empty');
    fs.mkdirSync(empty);
    await expectAsync(ingestBatch(empty, stores)).toBeRejectedWithError(ManifestError, /No manifest.json/);
    fs.writeFileSync(path.join(empty, 'manifest.json'), '{"documents": 3}');
    await expectAsync(ingestBatch(empty, stores)).toBeRejectedWithError(ManifestError, /'documents' array/);
    fs.writeFileSync(path.join(empty, 'manifest.json'), '{not json');
    await expectAsync(ingestBatch(empty, stores)).toBeRejectedWithError(ManifestError, /not valid JSON/);
  });
  it('imports the notice fields, marks read what the manifest says was read, and rejects bad ones per entry', async () => {
    const folder = writeBatch(path.join(root, 'batch'), [
      doc('LET-1', { type: 'CORRESPONDENCE', orderCode: '100045', correspondence: { event: 'FAILED_PAYMENT', nextStep: 'Pay by 5 Dec' } }),
      doc('INV-1', { read: true }),
      doc('OFF-1', { type: 'RENEWAL_OFFER', actionUrl: '/my-account/orders', actionLabel: 'Renew' }),
      doc('OFF-2', { type: 'RENEWAL_OFFER', actionUrl: 'https://offers.example.com/renew' }),
      doc('OFF-3', { type: 'RENEWAL_OFFER', actionUrl: 'https://evil.example.com/renew' }),
      doc('INV-2', { read: 'yes' }),
    ]);
    const report = await ingestBatch(folder, stores, { rules: { actionUrlAllowedHosts: ['offers.example.com'] } });
    expect(report.imported.map((i) => i.number)).toEqual(['LET-1', 'INV-1', 'OFF-1', 'OFF-2']);
    expect(report.rejected.map((r) => [r.file, r.reason.split(' ')[0]])).toEqual([
      ['anna/OFF-3.pdf', "'actionUrl'"],
      ['anna/INV-2.pdf', "'read'"],
    ]);
    const page = await stores.store.queryForOwner(OWNER, ALL);
    const byNumber = new Map(page.documents.map((d) => [d.number, d]));
    expect(byNumber.get('LET-1')?.correspondence).toEqual({ event: 'FAILED_PAYMENT', nextStep: 'Pay by 5 Dec' });
    expect(byNumber.get('INV-1')?.read).toBeTrue();
    expect(byNumber.get('LET-1')?.read).toBeFalse();
    expect(byNumber.get('OFF-1')).toEqual(jasmine.objectContaining({ actionUrl: '/my-account/orders', actionLabel: 'Renew' }));
    expect(page.unreadCount).toBe(3);
  });
});

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { csvManifestEntries, parseCsv } from '../../src/documents/ingest/csv-manifest';
import { tempDir } from '../support/batch';
import { minimalPdf } from '../support/pdf';

const CLI = path.resolve(__dirname, '../../src/cli/ingest.js');

describe('CSV manifests', () => {
  it('parses quoting, escaped quotes, CRLF and lists', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
    const [entry] = csvManifestEntries('file,ownerUid,entryNumbers,productCodes,title\nf.pdf,a@b.c,0;2,P1;P2,\n');
    expect(entry).toEqual({ file: 'f.pdf', ownerUid: 'a@b.c', entryNumbers: [0, 2], productCodes: ['P1', 'P2'] });
    expect(() => csvManifestEntries('"open\n')).toThrowError(/not closed/);
  });

  it('reads nested notice fields from dotted columns and read as a boolean', () => {
    const [letter, offer] = csvManifestEntries(
      [
        'file,type,correspondence.event,correspondence.nextStep,deliveryStatus.status,deliveryStatus.channel,deliveryStatus.occurredAt,actionUrl,read',
        'l.pdf,CORRESPONDENCE,BACKORDER,"Wait, we ship soon",MAILED,POST,2026-11-02T10:00:00Z,,true',
        'o.pdf,RENEWAL_OFFER,,,,,,/my-account/orders,false',
      ].join('\n'),
    );
    expect(letter).toEqual({
      file: 'l.pdf',
      type: 'CORRESPONDENCE',
      correspondence: { event: 'BACKORDER', nextStep: 'Wait, we ship soon' },
      deliveryStatus: { status: 'MAILED', channel: 'POST', occurredAt: '2026-11-02T10:00:00Z' },
      read: true,
    });
    expect(offer).toEqual({ file: 'o.pdf', type: 'RENEWAL_OFFER', actionUrl: '/my-account/orders', read: false });
  });

  it('imports a folder with manifest.csv and names every rejected line', () => {
    const root = tempDir('csv');
    try {
      const folder = path.join(root, 'batch');
      fs.mkdirSync(path.join(folder, 'a'), { recursive: true });
      fs.writeFileSync(path.join(folder, 'a', 'INV-1.pdf'), minimalPdf('INV-1'));
      fs.writeFileSync(path.join(folder, 'a', 'fake.pdf'), 'not a pdf');
      fs.writeFileSync(
        path.join(folder, 'manifest.csv'),
        [
          'file,ownerUid,type,title,number,orderCode,entryNumbers,language,createdAt,channel',
          'a/INV-1.pdf,anna.schmidt@example.com,INVOICE,"Invoice 1, paid",INV-1,100012,0;1,en,2026-10-02T09:14:00Z,EMAIL',
          'a/fake.pdf,anna.schmidt@example.com,INVOICE,Fake,INV-2,,,en,2026-10-02T09:14:00Z,',
          'a/INV-1.pdf,anna.schmidt@example.com,MEMO,Memo,M-1,,,en,2026-10-02T09:14:00Z,',
          'a/INV-1.pdf,too,few,cells',
        ].join('\n'),
      );
      const run = () =>
        spawnSync(process.execPath, [CLI, folder], { env: { PATH: process.env['PATH'], DATA_DIR: path.join(root, 'data') }, encoding: 'utf8', timeout: 20_000 });
      const first = run();
      expect(first.status).toBe(1);
      expect(first.stdout).toContain('Done: 4 entries, 1 imported, 0 skipped (already imported), 3 rejected');
      expect(first.stderr).toContain('a/fake.pdf: file \'a/fake.pdf\' is not a PDF');
      expect(first.stderr).toContain("unknown type 'MEMO'");
      expect(first.stderr).toContain('line 5 has 4 cells, the header has 10');
      expect(run().stdout).toContain('0 imported, 1 skipped');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

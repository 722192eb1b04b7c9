import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir, writeBatch } from '../support/batch';

const CLI = path.resolve(__dirname, '../../src/cli/ingest.js');

describe('ingest CLI', () => {
  let root: string;

  beforeEach(() => {
    root = tempDir('cli');
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], {
      env: { PATH: process.env['PATH'], DATA_DIR: path.join(root, 'data') },
      encoding: 'utf8',
      timeout: 20_000,
    });

  it('imports, prints progress with rate and ETA and a summary, then skips on a re-run', () => {
    const folder = writeBatch(path.join(root, 'batch'), [
      { file: 'a/INV-1.pdf', ownerUid: 'anna.schmidt@example.com', type: 'INVOICE', title: 'Invoice 1', number: 'INV-1', createdAt: '2026-10-02T09:14:00Z' },
      { file: 'a/OC-1.pdf', ownerUid: 'anna.schmidt@example.com', type: 'ORDER_CONFIRMATION', title: 'Order 1', number: 'OC-1', createdAt: '2026-10-01T09:14:00Z' },
    ]);
    const first = run(folder);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/100\.0% 2\/2 entries · \d+ docs\/s \(now \d+\) · [\d.]+ MB\/s · ETA 0 s/);
    expect(first.stdout).not.toContain('[1/2]');
    expect(first.stdout).toContain('Done: 2 entries, 2 imported, 0 skipped (already imported), 0 rejected');
    expect(fs.existsSync(path.join(root, 'data', 'documents.sqlite'))).toBeTrue();

    const reportFile = path.join(root, 'report.json');
    const second = run(folder, `--report=${reportFile}`, '--verbose');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('[1/2] skipped  INV-1 (a/INV-1.pdf): already imported as');
    expect(second.stdout).toContain('0 imported, 2 skipped');
    // the report names every entry's document id, also for skipped ones (the demo stack maps files to ids with it)
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    expect(report.skipped.map((i: { file: string }) => i.file)).toEqual(['a/INV-1.pdf', 'a/OC-1.pdf']);
    expect(report.skipped.every((i: { id: string }) => /^[0-9a-f-]{36}$/.test(i.id))).toBeTrue();
  });

  it('exits 1 and names the reason when an entry is rejected', () => {
    const folder = writeBatch(path.join(root, 'batch'), [
      { file: '../escape.pdf', ownerUid: 'anna.schmidt@example.com', type: 'INVOICE', title: 'x', number: 'X-1', createdAt: '2026-10-02T09:14:00Z', content: null },
    ]);
    const result = run(folder);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('1 rejected');
    expect(result.stderr).toContain('outside the batch folder');
  });

  it('exits 2 with usage or a clear message when the folder is missing', () => {
    const usage = run();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Usage');
    for (const bad of ['--batch-size=0', '--concurrency=65', '--unknown']) {
      const refused = run(path.join(root, 'batch'), bad);
      expect(refused.status).withContext(bad).toBe(2);
      expect(refused.stderr).withContext(bad).toContain('Usage');
    }
    const missing = run(path.join(root, 'does-not-exist'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('does not exist');
  });

  it('exits 2 before importing anything when the report cannot be written', () => {
    const folder = writeBatch(path.join(root, 'batch'), [
      { file: 'a/INV-1.pdf', ownerUid: 'anna.schmidt@example.com', type: 'INVOICE', title: 'Invoice 1', number: 'INV-1', createdAt: '2026-10-02T09:14:00Z' },
    ]);
    const refused = run(folder, `--report=${path.join(root, 'no-such-folder', 'report.json')}`);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('The report cannot be written');
    expect(run(folder).stdout).toContain('1 imported, 0 skipped');
  });
});

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../support/batch';

const CLI = path.resolve(__dirname, '../../src/cli/ingest.js');
const ENTRIES = 50_000;
/** A JavaScript heap the CLI fits in with a handful of entries; holding 50,000 entries (or their outcomes) took about four times that. */
const HEAP_MB = 24;

interface Run {
  status: number | null;
  stdout: string;
}

/** The CLI with a capped heap; stderr (a line per rejected entry) is drained and dropped. */
function runWithCappedHeap(folder: string, report: string, dataDir: string): Promise<Run> {
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, folder, `--report=${report}`], {
    env: { PATH: process.env['PATH'], DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.resume();
  return new Promise((resolve) => child.on('exit', (status) => resolve({ status, stdout })));
}

describe('ingest CLI memory', () => {
  let root: string;

  beforeEach(() => {
    root = tempDir('memory');
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const entry = (i: number) => ({
    file: `missing/${i}.pdf`,
    ownerUid: `customer${i % 500}@example.com`,
    type: 'INVOICE',
    title: `Invoice ${i}`,
    number: `INV-${i}`,
    createdAt: '2026-10-01T09:14:00Z',
  });

  async function expectWithinHeap(folder: string): Promise<void> {
    const report = path.join(root, 'report.json');
    const run = await runWithCappedHeap(folder, report, path.join(root, 'data'));
    expect(run.stdout).toContain(`Done: ${ENTRIES} entries, 0 imported, 0 skipped (already imported), ${ENTRIES} rejected`);
    expect(run.status).toBe(1);
    const written = JSON.parse(fs.readFileSync(report, 'utf8'));
    expect(written.total).toBe(ENTRIES);
    expect(written.rejected.length).toBe(ENTRIES);
    expect(written.rejected[ENTRIES - 1]).toEqual(jasmine.objectContaining({ index: ENTRIES - 1, file: `missing/${ENTRIES - 1}.pdf`, code: 'missing-file' }));
    expect(fs.readdirSync(root).filter((f) => f.endsWith('.part'))).toEqual([]);
  }

  it(`reads a manifest.json of ${ENTRIES} entries and writes the report of every one within a ${HEAP_MB} MB heap`, async () => {
    const folder = path.join(root, 'json');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify({ documents: Array.from({ length: ENTRIES }, (_, i) => entry(i)) }));
    await expectWithinHeap(folder);
  }, 120_000);

  it(`reads a manifest.csv of ${ENTRIES} entries within a ${HEAP_MB} MB heap`, async () => {
    const folder = path.join(root, 'csv');
    fs.mkdirSync(folder);
    const columns = Object.keys(entry(0));
    const lines = Array.from({ length: ENTRIES }, (_, i) => Object.values(entry(i)).join(','));
    fs.writeFileSync(path.join(folder, 'manifest.csv'), `${columns.join(',')}\n${lines.join('\n')}\n`);
    await expectWithinHeap(folder);
  }, 120_000);
});

import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileReadStream, ReadBudget } from '../../src/store/file-read-stream';
import { tempDir } from '../support/batch';
import { openFilesUnder } from '../support/open-files';

describe('ReadBudget', () => {
  it('gives a lone stream the largest reads and splits the budget as streams open, within bounds', () => {
    const budget = new ReadBudget(1000, 10, 400);
    expect(budget.chunkSize()).toBe(400);
    budget.acquire();
    expect(budget.chunkSize()).toBe(400);
    budget.acquire();
    budget.acquire();
    budget.acquire();
    expect(budget.chunkSize()).toBe(250);
    for (let i = 0; i < 200; i++) budget.acquire();
    expect(budget.chunkSize()).toBe(10);
    for (let i = 0; i < 203; i++) budget.release();
    expect(budget.openStreams).toBe(1);
    expect(budget.chunkSize()).toBe(400);
  });
});

describe('FileReadStream', () => {
  let dir: string;
  let file: string;
  let bytes: Buffer;

  beforeEach(() => {
    dir = tempDir('read-stream');
    file = path.join(dir, 'content.bin');
    bytes = randomBytes(300_000);
    fs.writeFileSync(file, bytes);
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function collect(stream: FileReadStream): Promise<{ data: Buffer; chunks: number[] }> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { data: Buffer.concat(chunks), chunks: chunks.map((c) => c.length) };
  }

  it('streams the whole file in reads of the budget size, then closes the file and frees its share', async () => {
    const budget = new ReadBudget(100_000, 1_000, 100_000);
    const stream = new FileReadStream(fs.openSync(file, 'r'), 0, bytes.length - 1, budget);
    expect(budget.openStreams).toBe(1);
    const { data, chunks } = await collect(stream);
    expect(data.equals(bytes)).toBeTrue();
    expect(chunks).toEqual([100_000, 100_000, 100_000]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(openFilesUnder(dir)).toEqual([]);
    expect(budget.openStreams).toBe(0);
  });

  it('streams exactly an inclusive range', async () => {
    const stream = new FileReadStream(fs.openSync(file, 'r'), 1_000, 1_999, new ReadBudget());
    const { data } = await collect(stream);
    expect(data.equals(bytes.subarray(1_000, 2_000))).toBeTrue();
  });

  it('fails when the file is shorter than the range it was asked for', async () => {
    const stream = new FileReadStream(fs.openSync(file, 'r'), 0, bytes.length + 10, new ReadBudget());
    await expectAsync(collect(stream)).toBeRejectedWithError(/ended at byte 300000/);
  });

  it('closes the file when destroyed in the middle of a read', async () => {
    const budget = new ReadBudget(1_000, 1_000, 1_000);
    const stream = new FileReadStream(fs.openSync(file, 'r'), 0, bytes.length - 1, budget);
    stream.once('data', () => undefined);
    stream.resume();
    await new Promise((resolve) => setImmediate(resolve));
    stream.destroy();
    await new Promise((resolve) => stream.once('close', resolve));
    expect(openFilesUnder(dir)).toEqual([]);
    expect(budget.openStreams).toBe(0);
  });
});

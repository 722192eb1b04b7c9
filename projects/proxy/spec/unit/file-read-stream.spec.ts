import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { openFileRange, ReadBudget } from '../../src/store/file-read-stream';
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

describe('openFileRange', () => {
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

  async function collect(stream: Readable): Promise<{ data: Buffer; chunks: number[] }> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { data: Buffer.concat(chunks), chunks: chunks.map((c) => c.length) };
  }

  it('streams the whole file in reads of its budget share, then closes the file and gives the share back', async () => {
    const budget = new ReadBudget(200_000, 1_000, 100_000);
    const other = openFileRange(fs.openSync(file, 'r'), { start: 0, end: 0 }, budget);
    const stream = openFileRange(fs.openSync(file, 'r'), undefined, budget);
    expect(budget.openStreams).toBe(2);
    const { data, chunks } = await collect(stream);
    expect(data.equals(bytes)).toBeTrue();
    expect(chunks).toEqual([100_000, 100_000, 100_000]);
    await collect(other);
    await new Promise((resolve) => setImmediate(resolve));
    expect(openFilesUnder(dir)).toEqual([]);
    expect(budget.openStreams).toBe(0);
  });

  it('reads less per read while more streams are open', async () => {
    const budget = new ReadBudget(200_000, 1_000, 100_000);
    const streams = [0, 1, 2, 3].map(() => openFileRange(fs.openSync(file, 'r'), undefined, budget));
    const { chunks } = await collect(streams[3]);
    expect(chunks[0]).toBe(50_000);
    await Promise.all(streams.slice(0, 3).map(collect));
  });

  it('streams exactly an inclusive range', async () => {
    const { data } = await collect(openFileRange(fs.openSync(file, 'r'), { start: 1_000, end: 1_999 }, new ReadBudget()));
    expect(data.equals(bytes.subarray(1_000, 2_000))).toBeTrue();
  });

  it('closes the file and gives the share back when destroyed midway', async () => {
    const budget = new ReadBudget(1_000, 1_000, 1_000);
    const stream = openFileRange(fs.openSync(file, 'r'), undefined, budget);
    stream.once('data', () => stream.destroy());
    await new Promise((resolve) => stream.once('close', resolve));
    expect(openFilesUnder(dir)).toEqual([]);
    expect(budget.openStreams).toBe(0);
  });
});

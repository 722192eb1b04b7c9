import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { FileRangeStream, openFileRange, ReadBudget } from '../../src/store/file-read-stream';
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
    const other = openFileRange(fs.openSync(file, 'r'), bytes.length, { start: 0, end: 0 }, budget);
    const stream = openFileRange(fs.openSync(file, 'r'), bytes.length, undefined, budget);
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
    const streams = [0, 1, 2, 3].map(() => openFileRange(fs.openSync(file, 'r'), bytes.length, undefined, budget));
    const { chunks } = await collect(streams[3]);
    expect(chunks[0]).toBe(50_000);
    await Promise.all(streams.slice(0, 3).map(collect));
  });

  it('streams exactly an inclusive range', async () => {
    const { data } = await collect(openFileRange(fs.openSync(file, 'r'), bytes.length, { start: 1_000, end: 1_999 }, new ReadBudget()));
    expect(data.equals(bytes.subarray(1_000, 2_000))).toBeTrue();
  });

  it('closes the file and gives the share back when destroyed midway', async () => {
    const budget = new ReadBudget(1_000, 1_000, 1_000);
    const stream = openFileRange(fs.openSync(file, 'r'), bytes.length, undefined, budget);
    stream.once('data', () => stream.destroy());
    await new Promise((resolve) => stream.once('close', resolve));
    expect(openFilesUnder(dir)).toEqual([]);
    expect(budget.openStreams).toBe(0);
  });

  it('fails, rather than ending short, when the file is shorter than the range asked for', async () => {
    const stream = openFileRange(fs.openSync(file, 'r'), bytes.length + 10, undefined, new ReadBudget(100_000, 100_000, 100_000));
    await expectAsync(collect(stream)).toBeRejectedWithError(/ended at byte 300000, before byte 300010/);
    expect(openFilesUnder(dir)).toEqual([]);
  });
});

describe('FileRangeStream buffers', () => {
  let dir: string;
  let file: string;
  let bytes: Buffer;

  beforeEach(() => {
    dir = tempDir('read-stream-reuse');
    file = path.join(dir, 'content.bin');
    bytes = randomBytes(16 * 1024 * 1024);
    fs.writeFileSync(file, bytes);
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Serves each request with a stream from `open`, piped into the response as Fastify does. */
  async function serve(open: () => FileRangeStream): Promise<{ url: string; streams: FileRangeStream[]; close: () => Promise<void> }> {
    const streams: FileRangeStream[] = [];
    const server = http.createServer((_request, response) => {
      const stream = open();
      streams.push(stream);
      response.setHeader('Content-Type', 'application/octet-stream');
      stream.pipe(response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      streams,
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  }

  /**
   * Reads a response slowly: nothing for a while (so the socket buffers fill and the server's writes
   * queue up), then pausing after every chunk. Returns the body's SHA-256.
   */
  function slowDownload(url: string): Promise<string> {
    return new Promise((resolve, reject) => {
      http
        .get(url, (response) => {
          const hash = createHash('sha256');
          response.pause();
          setTimeout(() => response.resume(), 150);
          response.on('data', (chunk: Buffer) => {
            hash.update(chunk);
            response.pause();
            setTimeout(() => response.resume(), 1);
          });
          response.on('end', () => resolve(hash.digest('hex')));
          response.on('error', reject);
        })
        .on('error', reject);
    });
  }

  const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
  // Slow readers on purpose: generous time on a busy CI machine.
  const SLOW_DOWNLOAD_MS = 30_000;

  it('reuses its read buffers when piped into an HTTP response, and the client still gets every byte right', async () => {
    const chunk = 64 * 1024;
    const server = await serve(() => openFileRange(fs.openSync(file, 'r'), bytes.length, undefined, new ReadBudget(chunk, chunk, chunk)));
    try {
      const [first, second] = await Promise.all([slowDownload(server.url), slowDownload(server.url)]);
      expect(first).toBe(sha256(bytes));
      expect(second).toBe(sha256(bytes));
      const reads = bytes.length / chunk;
      for (const stream of server.streams) {
        expect(stream.buffersAllocated).toBeGreaterThan(0);
        expect(stream.buffersAllocated).toBeLessThan(reads / 4);
      }
    } finally {
      await server.close();
    }
  }, SLOW_DOWNLOAD_MS);

  it('serves an exact range through a response with reused buffers', async () => {
    const chunk = 64 * 1024;
    const range = { start: 100_001, end: 15_500_000 };
    const server = await serve(() => openFileRange(fs.openSync(file, 'r'), bytes.length, range, new ReadBudget(chunk, chunk, chunk)));
    try {
      expect(await slowDownload(server.url)).toBe(sha256(bytes.subarray(range.start, range.end + 1)));
      expect(server.streams[0].buffersAllocated).toBeLessThan((range.end - range.start) / chunk / 4);
    } finally {
      await server.close();
    }
  }, SLOW_DOWNLOAD_MS);

  it('gives every chunk its own buffer when the consumer is not a response (it may keep the chunks)', async () => {
    const chunk = 64 * 1024;
    const stream = openFileRange(fs.openSync(file, 'r'), bytes.length, undefined, new ReadBudget(chunk, chunk, chunk));
    const kept: Buffer[] = [];
    const through = new PassThrough({ highWaterMark: chunk });
    stream.pipe(through);
    for await (const part of through) kept.push(part as Buffer);
    expect(Buffer.concat(kept).equals(bytes)).toBeTrue();
    expect(stream.buffersAllocated).toBe(bytes.length / chunk);
  });
});

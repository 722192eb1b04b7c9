import * as fs from 'node:fs';
import { Readable } from 'node:stream';

/**
 * Read sizes shared by every open download. Larger reads cost less CPU per megabyte (fewer
 * syscalls, thread-pool hops and socket writes: a 20 MB download took ~38 ms of CPU with 128 KiB
 * reads, ~23 ms with 1 MiB), but each download holds about two reads in memory. So the reads
 * split a fixed budget among the downloads open at that moment: up to 8 downloads read 1 MiB at
 * a time, 50 concurrent ones 160 KiB, 200 the 64 KiB minimum, and the reads in memory stay near
 * twice the budget (plus the minimum per download) at any load.
 */
export class ReadBudget {
  private open = 0;

  constructor(
    private readonly budgetBytes = 8 * 1024 * 1024,
    private readonly minChunk = 64 * 1024,
    private readonly maxChunk = 1024 * 1024,
  ) {}

  /** The size of the next read, for the downloads open now. */
  chunkSize(): number {
    const share = Math.floor(this.budgetBytes / Math.max(1, this.open));
    return Math.max(this.minChunk, Math.min(this.maxChunk, share));
  }

  get openStreams(): number {
    return this.open;
  }

  acquire(): void {
    this.open++;
  }

  release(): void {
    this.open--;
  }
}

/**
 * Streams an open file descriptor, or `[start, end]` (inclusive) of it,, which the stream owns and closes
 * (Node's fs.ReadStream: plain fs.read callbacks, no promise per chunk, and a close deferred until
 * an in-flight read returns). Its read size is the budget's share when it opens; it holds its share
 * until it closes.
 */
export function openFileRange(fd: number, range: { start: number; end: number } | undefined, budget: ReadBudget): Readable {
  budget.acquire();
  const bounds = range ? { start: range.start, end: range.end } : {};
  const stream = fs.createReadStream('', { fd, autoClose: true, highWaterMark: budget.chunkSize(), ...bounds });
  stream.once('close', () => budget.release());
  return stream;
}

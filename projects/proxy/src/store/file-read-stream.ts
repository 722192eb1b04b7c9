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
 * Streams `[start, end]` (inclusive) of an open file descriptor, which it owns and closes.
 * One read is in flight at a time, with plain fs.read callbacks (no promise per chunk); the fd is
 * closed only after that read returns, so a destroyed stream never reads from a recycled fd.
 */
export class FileReadStream extends Readable {
  private position: number;
  private reading = false;
  private pendingDestroy: { error: Error | null; callback: (error?: Error | null) => void } | undefined;
  private released = false;

  constructor(
    private readonly fd: number,
    start: number,
    private readonly end: number,
    private readonly budget: ReadBudget,
  ) {
    // The stream's own buffer: one read's worth is enough to keep the socket fed.
    super({ highWaterMark: 64 * 1024 });
    this.position = start;
    budget.acquire();
  }

  override _read(): void {
    const remaining = this.end - this.position + 1;
    if (remaining <= 0) {
      this.push(null);
      return;
    }
    const length = Math.min(remaining, this.budget.chunkSize());
    const buffer = Buffer.allocUnsafeSlow(length);
    this.reading = true;
    fs.read(this.fd, buffer, 0, length, this.position, (error, bytesRead) => {
      this.reading = false;
      if (this.pendingDestroy) {
        this.finishDestroy();
        return;
      }
      if (error) {
        this.destroy(error);
        return;
      }
      if (bytesRead === 0) {
        this.destroy(new Error(`File ended at byte ${this.position}, before byte ${this.end}`));
        return;
      }
      this.position += bytesRead;
      this.push(bytesRead === length ? buffer : buffer.subarray(0, bytesRead));
    });
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.pendingDestroy = { error, callback };
    if (!this.reading) this.finishDestroy();
  }

  private finishDestroy(): void {
    const { error, callback } = this.pendingDestroy!;
    if (!this.released) {
      this.released = true;
      this.budget.release();
    }
    fs.close(this.fd, (closeError) => callback(error ?? closeError));
  }
}

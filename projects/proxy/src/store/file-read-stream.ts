import * as fs from 'node:fs';
import { ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { Readable } from 'node:stream';

/**
 * Read sizes shared by every open download. Larger reads cost less CPU per megabyte (fewer
 * syscalls, thread-pool hops and socket writes), but each download holds about two reads in
 * memory. So the reads split a fixed budget among the downloads open at that moment: up to 8
 * downloads read 1 MiB at a time, 50 concurrent ones 160 KiB, 200 the 64 KiB minimum, and the
 * reads in memory stay near twice the budget (plus the minimum per download) at any load.
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

/** A destination whose `writableLength` counts every byte it has not yet handed to the operating system. */
type FlushingSink = ServerResponse | Socket;

/**
 * Streams bytes `[start, endExclusive)` of an open file descriptor; the stream owns the
 * descriptor and closes it (after any read in flight has returned).
 *
 * Piped straight into an HTTP response or a socket, it reuses its read buffers: a buffer is read
 * into again once every byte of it has been handed to the operating system, which the sink's
 * `writableLength` (bytes not yet handed over) and this stream's own queue tell exactly, since
 * bytes leave in order. Without that, every read allocated a new buffer, and at hundreds of
 * megabytes a second the garbage collector ran a full collection every few dozen milliseconds
 * (about a third of the CPU of a download). Other consumers get a new buffer for every read,
 * since they may hold on to chunks.
 */
export class FileRangeStream extends Readable {
  private position: number;
  private bytesPushed = 0;
  /** Buffers handed out, oldest first, each with the count of bytes pushed up to its end. */
  private readonly handedOut: { buffer: Buffer; pushedAtEnd: number }[] = [];
  private sink?: FlushingSink;
  private reading = false;
  private closeAfterRead?: () => void;
  private allocations = 0;

  constructor(
    private readonly fd: number,
    start: number,
    private readonly endExclusive: number,
    private readonly chunkSize: number,
    private readonly onClose: () => void = () => undefined,
  ) {
    super({ highWaterMark: chunkSize });
    this.position = start;
  }

  /** How many read buffers this stream has allocated (the rest were reused). */
  get buffersAllocated(): number {
    return this.allocations;
  }

  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    if (destination instanceof ServerResponse || destination instanceof Socket) this.sink = destination;
    return super.pipe(destination, options);
  }

  override _read(): void {
    const length = Math.min(this.chunkSize, this.endExclusive - this.position);
    if (length <= 0) {
      this.push(null);
      return;
    }
    const buffer = this.freeBuffer(length);
    this.reading = true;
    fs.read(this.fd, buffer, 0, length, this.position, (error, bytesRead) => {
      this.reading = false;
      if (this.closeAfterRead) {
        this.closeAfterRead();
        return;
      }
      if (error) {
        this.destroy(error);
        return;
      }
      if (bytesRead === 0) {
        this.destroy(new Error(`The file ended at byte ${this.position}, before byte ${this.endExclusive}`));
        return;
      }
      this.position += bytesRead;
      this.bytesPushed += bytesRead;
      if (this.sink) this.handedOut.push({ buffer, pushedAtEnd: this.bytesPushed });
      this.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
    });
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    const close = () =>
      fs.close(this.fd, (closeError) => {
        this.onClose();
        callback(error ?? closeError);
      });
    if (this.reading) this.closeAfterRead = close;
    else close();
  }

  /**
   * The oldest handed-out buffer when all its bytes have left for the OS, otherwise a new one of
   * `length` bytes (reads only get shorter towards the end, so a reused buffer is long enough).
   */
  private freeBuffer(length: number): Buffer {
    const oldest = this.handedOut[0];
    if (oldest && this.sink) {
      const notYetFlushed = this.readableLength + this.sink.writableLength;
      if (oldest.pushedAtEnd <= this.bytesPushed - notYetFlushed) {
        this.handedOut.shift();
        return oldest.buffer;
      }
    }
    this.allocations++;
    return Buffer.allocUnsafeSlow(length);
  }
}

/**
 * Opens a stream of a file of `size` bytes, or of its inclusive `range`, that reads the budget's
 * share at a time and holds the share until it closes.
 */
export function openFileRange(fd: number, size: number, range: { start: number; end: number } | undefined, budget: ReadBudget): FileRangeStream {
  budget.acquire();
  return new FileRangeStream(fd, range?.start ?? 0, range ? range.end + 1 : size, budget.chunkSize(), () => budget.release());
}

import * as fs from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import type { IngestProgress } from '../documents/ingest/ingest-batch';

type Outcome = IngestProgress['outcome'];
const OUTCOMES: readonly Outcome[] = ['imported', 'skipped', 'rejected'];

/**
 * Writes the --report file (`{total, imported: [...], skipped: [...], rejected: [...]}`) without
 * holding the outcomes: each list goes to a part file as the outcomes come, and `close` joins the
 * parts into the report. `add` answers a promise only when a part's buffer is full (wait for it).
 */
export class IngestReportWriter {
  private readonly parts = new Map<Outcome, { file: string; stream: fs.WriteStream; count: number }>();
  /** the first write that failed (a missing folder, a full disk): the ingest stops with it */
  private failure?: Error;

  /** Opens the part files, so that a report that cannot be written fails before anything is imported. */
  static async open(reportFile: string): Promise<IngestReportWriter> {
    const writer = new IngestReportWriter(reportFile);
    try {
      await Promise.all([...writer.parts.values()].map((part) => once(part.stream, 'ready')));
    } catch (error) {
      writer.discardParts();
      throw new Error(`The report cannot be written: ${(error as Error).message}`);
    }
    return writer;
  }

  private constructor(private readonly reportFile: string) {
    for (const outcome of OUTCOMES) {
      const file = `${reportFile}.${outcome}.part`;
      const stream = fs.createWriteStream(file, { encoding: 'utf8' });
      stream.on('error', (error) => (this.failure ??= error));
      this.parts.set(outcome, { file, stream, count: 0 });
    }
  }

  add(event: IngestProgress): Promise<void> | undefined {
    if (this.failure) throw new Error(`The report cannot be written: ${this.failure.message}`);
    const part = this.parts.get(event.outcome)!;
    const item =
      event.outcome === 'rejected'
        ? { index: event.index, file: event.file, code: event.code, reason: event.reason }
        : { index: event.index, file: event.file, number: event.number, id: event.id };
    const fits = part.stream.write(`${part.count++ === 0 ? '' : ','}\n    ${JSON.stringify(item)}`);
    return fits ? undefined : once(part.stream, 'drain').then(() => undefined);
  }

  async close(total: number): Promise<void> {
    if (this.failure) throw new Error(`The report cannot be written: ${this.failure.message}`);
    for (const part of this.parts.values()) await new Promise<void>((resolve, reject) => part.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    const out = fs.createWriteStream(this.reportFile, { encoding: 'utf8' });
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    try {
      await write(`{\n  "total": ${total}`);
      for (const [outcome, part] of this.parts) {
        await write(`,\n  "${outcome}": [`);
        await pipeline(fs.createReadStream(part.file), out, { end: false });
        await write(part.count > 0 ? '\n  ]' : ']');
      }
      await write('\n}\n');
    } finally {
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
      this.discardParts();
    }
  }

  /** Removes the part files (also when the ingest failed before `close`). */
  discardParts(): void {
    for (const part of this.parts.values()) {
      part.stream.destroy();
      fs.rmSync(part.file, { force: true });
    }
  }
}

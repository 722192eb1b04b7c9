import * as fs from 'node:fs';
import * as path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { UpstreamUnavailableError } from '../../errors';
import type { ContentStore } from '../storage/content-store';
import type { ProxyStore } from '../storage/proxy-store';
import { storeFaultOf } from '../storage/store-fault';
import { ManifestError, openManifest } from './manifest-file';
import type { InsertResult } from '../storage/document-store';
import type { NewDocument } from '../model';
import { DEFAULT_ENTRY_RULES, documentOf, EntryRejection, readManifestEntry, type EntryRules, type ManifestEntry, type RejectionCode } from './manifest-entry';

export { CSV_MANIFEST_FILE, MANIFEST_FILE, ManifestError } from './manifest-file';
const PDF_MAGIC = Buffer.from('%PDF-', 'ascii');

export interface IngestDependencies {
  store: ProxyStore;
  content: ContentStore;
}

export interface IngestedItem {
  index: number;
  file: string;
  number: string;
  id: string;
}

export interface RejectedItem {
  index: number;
  file: string;
  code: RejectionCode;
  reason: string;
}

/** Every outcome of a batch, held in memory: for small batches; the CLI writes them out as they come. */
export interface IngestReport {
  total: number;
  imported: IngestedItem[];
  skipped: IngestedItem[];
  rejected: RejectedItem[];
}

/** How many entries went which way. */
export interface IngestCounts {
  total: number;
  imported: number;
  skipped: number;
  rejected: number;
}

export type IngestProgress =
  | ({ outcome: 'imported' } & IngestedItem)
  | ({ outcome: 'skipped' } & IngestedItem)
  | ({ outcome: 'rejected' } & RejectedItem);

export interface IngestOptions {
  /** after each entry's outcome; a returned promise is waited for (a report writer that is behind) */
  onProgress?: (event: IngestProgress, position: { done: number; total: number }) => unknown;
  /** after each committed batch: entries done and bytes stored so far */
  onBatch?: (position: { done: number; total: number; bytes: number }) => void;
  /** who the INGEST audit events name; default `cli:ingest` */
  actor?: string;
  /** validation rules that depend on configuration (allowed action URL hosts) */
  rules?: EntryRules;
  /** entries committed per transaction; default 1000 */
  batchSize?: number;
  /** files being stored at the same time; default 8 */
  concurrency?: number;
}

export const DEFAULT_INGEST_BATCH_SIZE = 1000;
export const DEFAULT_INGEST_CONCURRENCY = 8;

/** An entry whose bytes are stored, waiting for its batch to commit. */
interface StoredEntry {
  index: number;
  file: string;
  entry: ManifestEntry;
  document: NewDocument;
}

/** Like ingestBatchCounts, and answers every outcome too (held in memory: for batches of moderate size). */
export async function ingestBatch(folder: string, deps: IngestDependencies, options: IngestOptions = {}): Promise<IngestReport> {
  const report: IngestReport = { total: 0, imported: [], skipped: [], rejected: [] };
  const counts = await ingestBatchCounts(folder, deps, {
    ...options,
    onProgress: (event, position) => {
      if (event.outcome === 'imported') report.imported.push(strip(event));
      else if (event.outcome === 'skipped') report.skipped.push(strip(event));
      else report.rejected.push({ index: event.index, file: event.file, code: event.code, reason: event.reason });
      return options.onProgress?.(event, position);
    },
  });
  report.total = counts.total;
  return report;
}

/**
 * Imports a batch output folder (PDFs + manifest.json or manifest.csv). Idempotent: a document whose
 * ownerUid + type + number + sha256 is already indexed is skipped. Bad entries are rejected with a
 * reason and do not stop the batch. Entries go in batches: the files of a batch are stored (at most
 * `concurrency` at a time), then its index rows and their audit events are committed in one
 * transaction. Bytes always come before the rows that name them, so a crash loses at most the
 * uncommitted batch, and a rerun stores nothing twice and imports exactly the rest. The manifest is
 * read piece by piece and outcomes are handed to `onProgress`, so memory does not grow with the batch.
 */
export async function ingestBatchCounts(
  folder: string,
  deps: IngestDependencies,
  options: IngestOptions = {},
): Promise<IngestCounts> {
  const root = await realFolder(folder);
  const manifest = await openManifest(root);
  const counts: IngestCounts = { total: manifest.total, imported: 0, skipped: 0, rejected: 0 };
  const actor = options.actor ?? 'cli:ingest';
  const rules = options.rules ?? DEFAULT_ENTRY_RULES;
  const batchSize = options.batchSize ?? DEFAULT_INGEST_BATCH_SIZE;
  const concurrency = options.concurrency ?? DEFAULT_INGEST_CONCURRENCY;
  let done = 0;
  let bytes = 0;

  const finish = async (prepared: (StoredEntry | IngestProgress)[]) => {
    const stored = prepared.filter((p): p is StoredEntry => !('outcome' in p));
    // the batch's bytes are durable before any row names them
    await deps.content.flush();
    const committed = await commit(stored, deps.store, actor);
    for (const p of prepared) {
      const event = 'outcome' in p ? p : committed.get(p.index)!;
      counts[event.outcome] += 1;
      done += 1;
      const behind = options.onProgress?.(event, { done, total: manifest.total });
      if (behind instanceof Promise) await behind;
    }
    bytes += stored.reduce((sum, s) => sum + s.document.size, 0);
    options.onBatch?.({ done, total: manifest.total, bytes });
  };

  // One batch's files are stored while the one before is made durable and committed.
  let finishing: Promise<void> = Promise.resolve();
  const store = async (batch: unknown[], from: number) => {
    const prepared = await mapWithLimit(batch, concurrency, (raw, i) => storeEntry(root, from + i, raw, deps.content, rules));
    await finishing;
    finishing = finish(prepared);
    finishing.catch(() => undefined); // awaited (and thrown) in the next turn or below
  };
  let batch: unknown[] = [];
  let from = 0;
  for await (const raw of manifest.entries()) {
    batch.push(raw);
    if (batch.length < batchSize) continue;
    await store(batch, from);
    from += batch.length;
    batch = [];
  }
  if (batch.length > 0) await store(batch, from);
  await finishing;
  return counts;
}

/** Validates an entry and stores its bytes; a rejection when either fails. */
async function storeEntry(root: string, index: number, raw: unknown, content: ContentStore, rules: EntryRules): Promise<StoredEntry | IngestProgress> {
  const file = describeFile(raw);
  const reject = (code: RejectionCode, reason: string): IngestProgress => ({ outcome: 'rejected', index, file, code, reason });
  try {
    const invalid = (raw as { __invalid?: unknown } | null)?.__invalid;
    const checked = typeof invalid === 'string' ? new EntryRejection('invalid-entry', invalid) : readManifestEntry(raw, rules);
    if (checked instanceof EntryRejection) return reject(checked.code, checked.reason);
    const located = await locateFile(root, checked);
    if (located instanceof EntryRejection) return reject(located.code, located.reason);
    const stored = await content.putFile(located, { deferDurability: true });
    return { index, file, entry: checked, document: documentOf(checked, stored) };
  } catch (error) {
    return reject(isUnavailable(error) ? 'store-unavailable' : 'invalid-entry', `failed: ${(error as Error).message}`);
  }
}

/** A store that is down for now (the entry may go in on a later run), not an entry at fault. */
function isUnavailable(error: unknown): boolean {
  return error instanceof UpstreamUnavailableError || storeFaultOf(error) !== undefined;
}

/**
 * Commits the stored entries of one batch in one transaction. When that fails, each is committed on
 * its own, so one entry the database refuses is rejected alone and the rest still go in.
 */
async function commit(stored: readonly StoredEntry[], store: ProxyStore, actor: string): Promise<Map<number, IngestProgress>> {
  const draft = (s: StoredEntry) => ({ document: s.document, draft: { action: 'INGEST' as const, actor, ownerUid: s.entry.ownerUid } });
  const outcome = (s: StoredEntry, result: InsertResult): IngestProgress => ({
    outcome: result.inserted ? 'imported' : 'skipped',
    index: s.index,
    file: s.file,
    number: s.entry.number,
    id: result.id,
  });
  const outcomes = new Map<number, IngestProgress>();
  try {
    const results = await store.insertManyWithAudit(stored.map(draft));
    stored.forEach((s, i) => outcomes.set(s.index, outcome(s, results[i])));
  } catch {
    for (const s of stored) {
      try {
        outcomes.set(s.index, outcome(s, (await store.insertManyWithAudit([draft(s)]))[0]));
      } catch (error) {
        const code = isUnavailable(error) ? 'store-unavailable' : 'invalid-entry';
        outcomes.set(s.index, { outcome: 'rejected', index: s.index, file: s.file, code, reason: `failed: ${(error as Error).message}` });
      }
    }
  }
  return outcomes;
}

/** Items done between two turns of the event loop, at least. */
const ITEMS_PER_TURN = 16;

/**
 * Maps with at most `limit` calls running at once; results in input order. Stores of small files
 * finish without waiting for I/O, so it gives the event loop a turn now and then: without that, the
 * flush of the batch before (its fsyncs' callbacks) would wait until this whole batch is stored.
 */
async function mapWithLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let sinceTurn = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
      if (++sinceTurn >= ITEMS_PER_TURN) {
        sinceTurn = 0;
        await nextTurn();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Resolves the entry's file inside the batch folder; never outside it (also not via symlinks).
 * Synchronous calls: a few microseconds each, less than a thread-pool round trip (see putFile).
 */
async function locateFile(root: string, entry: ManifestEntry): Promise<string | EntryRejection> {
  const escapes = new EntryRejection('path-traversal', `file '${entry.file}' is outside the batch folder`);
  if (path.isAbsolute(entry.file) || path.win32.isAbsolute(entry.file) || entry.file.includes('\0')) return escapes;
  const candidate = path.resolve(root, entry.file);
  if (!isInside(root, candidate)) return escapes;

  let real: string;
  try {
    real = fs.realpathSync.native(candidate);
  } catch {
    return new EntryRejection('missing-file', `file '${entry.file}' does not exist in the batch folder`);
  }
  if (!isInside(root, real)) return escapes;
  if (!fs.statSync(real).isFile()) return new EntryRejection('missing-file', `'${entry.file}' is not a regular file`);

  const head = Buffer.alloc(PDF_MAGIC.length);
  const fd = fs.openSync(real, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!head.equals(PDF_MAGIC)) {
    return new EntryRejection('not-a-pdf', `file '${entry.file}' is not a PDF (does not start with %PDF-)`);
  }
  return real;
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

async function realFolder(folder: string): Promise<string> {
  try {
    const real = await fs.promises.realpath(folder);
    if (!(await fs.promises.stat(real)).isDirectory()) throw new Error('not a directory');
    return real;
  } catch {
    throw new ManifestError(`Batch folder '${folder}' does not exist or is not a directory`);
  }
}

function describeFile(raw: unknown): string {
  const file = (raw as { file?: unknown } | null)?.file;
  return typeof file === 'string' ? file : '(no file)';
}

function strip(event: IngestedItem & { outcome: string }): IngestedItem {
  return { index: event.index, file: event.file, number: event.number, id: event.id };
}

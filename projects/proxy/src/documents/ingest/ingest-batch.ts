import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { UpstreamUnavailableError } from '../../errors';
import type { ContentStore } from '../../store/content-store';
import type { ProxyStore } from '../../store/proxy-store';
import { csvManifestEntries, CsvError } from './csv-manifest';
import { DEFAULT_ENTRY_RULES, EntryRejection, readManifestEntry, type EntryRules, type ManifestEntry, type RejectionCode } from './manifest-entry';

export const MANIFEST_FILE = 'manifest.json';
export const CSV_MANIFEST_FILE = 'manifest.csv';
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

export interface IngestReport {
  total: number;
  imported: IngestedItem[];
  skipped: IngestedItem[];
  rejected: RejectedItem[];
}

export type IngestProgress =
  | ({ outcome: 'imported' } & IngestedItem)
  | ({ outcome: 'skipped' } & IngestedItem)
  | ({ outcome: 'rejected' } & RejectedItem);

export interface IngestOptions {
  onProgress?: (event: IngestProgress, position: { done: number; total: number }) => void;
  /** who the INGEST audit events name; default `cli:ingest` */
  actor?: string;
  /** validation rules that depend on configuration (allowed action URL hosts) */
  rules?: EntryRules;
}

/** The manifest itself is missing or unreadable: nothing was imported. */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

/**
 * Imports a batch output folder (PDFs + manifest.json or manifest.csv). Idempotent: a document whose
 * ownerUid + type + number + sha256 is already indexed is skipped. Bad entries are rejected with a
 * reason and do not stop the batch. Each document is committed on its own (bytes first, then the
 * index row with its audit event in one transaction), so a crash loses nothing and a rerun completes.
 */
export async function ingestBatch(
  folder: string,
  deps: IngestDependencies,
  options: IngestOptions = {},
): Promise<IngestReport> {
  const root = await realFolder(folder);
  const entries = await readManifest(root);
  const report: IngestReport = { total: entries.length, imported: [], skipped: [], rejected: [] };

  for (const [index, raw] of entries.entries()) {
    const file = describeFile(raw);
    let event: IngestProgress;
    try {
      event = await ingestOne(root, index, raw, deps, options.actor ?? 'cli:ingest', options.rules ?? DEFAULT_ENTRY_RULES);
    } catch (error) {
      const code = error instanceof UpstreamUnavailableError ? 'store-unavailable' : 'invalid-entry';
      event = { outcome: 'rejected', index, file, code, reason: `failed: ${(error as Error).message}` };
    }
    if (event.outcome === 'imported') report.imported.push(strip(event));
    else if (event.outcome === 'skipped') report.skipped.push(strip(event));
    else report.rejected.push({ index, file: event.file, code: event.code, reason: event.reason });
    options.onProgress?.(event, { done: index + 1, total: entries.length });
  }
  return report;
}

async function ingestOne(
  root: string,
  index: number,
  raw: unknown,
  deps: IngestDependencies,
  actor: string,
  rules: EntryRules,
): Promise<IngestProgress> {
  const invalid = (raw as { __invalid?: unknown } | null)?.__invalid;
  const checked = typeof invalid === 'string' ? new EntryRejection('invalid-entry', invalid) : readManifestEntry(raw, rules);
  const file = describeFile(raw);
  const reject = (r: EntryRejection): IngestProgress => ({ outcome: 'rejected', index, file, code: r.code, reason: r.reason });
  if (checked instanceof EntryRejection) return reject(checked);

  const located = await locateFile(root, checked);
  if (located instanceof EntryRejection) return reject(located);

  const stored = await deps.content.putFile(located);
  const { inserted, id } = await deps.store.insertWithAudit({
    ownerUid: checked.ownerUid,
    type: checked.type,
    title: checked.title,
    number: checked.number,
    fileName: checked.fileName,
    orderCode: checked.orderCode,
    consignmentCode: checked.consignmentCode,
    entryNumbers: checked.entryNumbers,
    productCodes: checked.productCodes,
    unitId: checked.unitId,
    createdAt: checked.createdAt,
    mimeType: checked.mimeType,
    size: stored.size,
    sha256: stored.sha256,
    language: checked.language,
    channel: checked.channel,
    correspondence: checked.correspondence,
    deliveryStatus: checked.deliveryStatus,
    actionUrl: checked.actionUrl,
    actionLabel: checked.actionLabel,
    readByOwner: checked.read,
  }, { action: 'INGEST', actor, ownerUid: checked.ownerUid });
  return { outcome: inserted ? 'imported' : 'skipped', index, file, number: checked.number, id };
}

/** Resolves the entry's file inside the batch folder; never outside it (also not via symlinks). */
async function locateFile(root: string, entry: ManifestEntry): Promise<string | EntryRejection> {
  const escapes = new EntryRejection('path-traversal', `file '${entry.file}' is outside the batch folder`);
  if (path.isAbsolute(entry.file) || path.win32.isAbsolute(entry.file) || entry.file.includes('\0')) return escapes;
  const candidate = path.resolve(root, entry.file);
  if (!isInside(root, candidate)) return escapes;

  let real: string;
  try {
    real = await fs.realpath(candidate);
  } catch {
    return new EntryRejection('missing-file', `file '${entry.file}' does not exist in the batch folder`);
  }
  if (!isInside(root, real)) return escapes;
  const stat = await fs.stat(real);
  if (!stat.isFile()) return new EntryRejection('missing-file', `'${entry.file}' is not a regular file`);

  const head = Buffer.alloc(PDF_MAGIC.length);
  const handle = await fs.open(real, 'r');
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
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
    const real = await fs.realpath(folder);
    if (!(await fs.stat(real)).isDirectory()) throw new Error('not a directory');
    return real;
  } catch {
    throw new ManifestError(`Batch folder '${folder}' does not exist or is not a directory`);
  }
}

async function readManifest(root: string): Promise<unknown[]> {
  const manifestPath = path.join(root, MANIFEST_FILE);
  let text: string;
  try {
    text = await fs.readFile(manifestPath, 'utf8');
  } catch {
    return readCsvManifest(root);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(`${MANIFEST_FILE} is not valid JSON: ${(error as Error).message}`);
  }
  const documents = (parsed as { documents?: unknown } | null)?.documents;
  if (!Array.isArray(documents)) throw new ManifestError(`${MANIFEST_FILE} has no 'documents' array`);
  return documents;
}

function describeFile(raw: unknown): string {
  const file = (raw as { file?: unknown } | null)?.file;
  return typeof file === 'string' ? file : '(no file)';
}

function strip(event: IngestedItem & { outcome: string }): IngestedItem {
  return { index: event.index, file: event.file, number: event.number, id: event.id };
}

async function readCsvManifest(root: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await fs.readFile(path.join(root, CSV_MANIFEST_FILE), 'utf8');
  } catch {
    throw new ManifestError(`No ${MANIFEST_FILE} or ${CSV_MANIFEST_FILE} in '${root}'`);
  }
  try {
    return csvManifestEntries(text);
  } catch (error) {
    if (error instanceof CsvError) throw new ManifestError(`${CSV_MANIFEST_FILE} cannot be read: ${error.message}`);
    throw error;
  }
}

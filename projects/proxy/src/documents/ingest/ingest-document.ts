import * as fs from 'node:fs/promises';
import { ValidationError, ValidationErrors } from '../../errors';
import type { ContentStore } from '../storage/content-store';
import type { ProxyStore } from '../storage/proxy-store';
import type { ShopperDocument } from '../model';
import { DEFAULT_ENTRY_RULES, documentOf, EntryRejection, readManifestEntry, type EntryRules, type ManifestEntry } from './manifest-entry';

const PDF_MAGIC = Buffer.from('%PDF-', 'ascii');

export interface IngestDocumentResult {
  document: ShopperDocument;
  /** false when the same bytes were already stored for the same owner, type and number */
  created: boolean;
}

/** Validates metadata (same rules as a manifest entry); the message names the problem. */
export function readIngestMetadata(raw: unknown, uploadedName: string | undefined, rules: EntryRules = DEFAULT_ENTRY_RULES): ManifestEntry {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ValidationError('metadata', "Part 'metadata' must be a JSON object");
  }
  const entry = readManifestEntry({ fileName: uploadedName, ...raw, file: uploadedName ?? 'upload.pdf' }, rules);
  if (entry instanceof EntryRejection) {
    if (entry.problems.length === 0) throw new ValidationError('metadata', `Invalid metadata: ${entry.reason}`);
    throw new ValidationErrors(
      entry.problems.map((p) => ({
        subject: p.field,
        message: `Invalid metadata: ${p.message}`,
        reason: p.message.endsWith('is required') ? 'missing' : 'invalid',
      })),
    );
  }
  return entry;
}

/** Checks the bytes are what the metadata says (a PDF must start with %PDF-). */
export async function checkContent(file: string, mimeType: string): Promise<void> {
  if (mimeType !== 'application/pdf') return;
  const head = Buffer.alloc(PDF_MAGIC.length);
  const handle = await fs.open(file, 'r');
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  if (!head.equals(PDF_MAGIC)) throw new ValidationError('file', "Part 'file' is not a PDF (it does not start with %PDF-)");
}

/**
 * Stores one uploaded document: bytes first (content-addressed, atomic rename), then the index row
 * together with its INGEST audit event in one transaction, so a crash leaves either nothing visible
 * or the complete document.
 */
export async function ingestDocument(
  deps: { store: ProxyStore; content: ContentStore },
  file: string,
  entry: ManifestEntry,
  actor: string,
  requestId?: string,
): Promise<IngestDocumentResult> {
  await checkContent(file, entry.mimeType);
  const stored = await deps.content.putFile(file);
  const { inserted, id } = await deps.store.insertWithAudit(documentOf(entry, stored), {
    action: 'INGEST',
    actor,
    ownerUid: entry.ownerUid,
    requestId,
  });
  const document = await deps.store.findForOwner(entry.ownerUid, id);
  if (!document) throw new Error(`Ingested document ${id} is not readable`);
  return { document, created: inserted };
}

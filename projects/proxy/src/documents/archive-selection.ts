import { ArchiveTooLargeError, NotFoundError } from '../errors';
import type { BulkLimits } from './bulk-limits';
import type { DocumentService } from './document-service';
import type { DocumentQuery, Shopper, ShopperDocument } from './model';

/** What a shopper asks to download as one ZIP: named documents, or every document matching a list filter. */
export type ArchiveSelection = { ids: readonly string[] } | { filter: DocumentQuery };

/**
 * The documents of an archive, checked before any byte is sent: every named id must be one of the
 * shopper's documents (else NotFoundError for the whole request), a filter must match something,
 * and the selection must fit the limits (else ArchiveTooLargeError). Named documents keep the
 * order they were named in; a filter's keep the query's sort.
 */
export async function selectArchiveDocuments(
  documents: DocumentService,
  shopper: Shopper,
  selection: ArchiveSelection,
  limits: Pick<BulkLimits, 'archiveMaxDocuments' | 'archiveMaxBytes'>,
): Promise<ShopperDocument[]> {
  if ('ids' in selection) {
    const byId = new Map((await documents.findMany(shopper, selection.ids)).map((d) => [d.id, d]));
    const missing = selection.ids.find((id) => !byId.has(id));
    if (missing !== undefined) throw new NotFoundError(`Document with id '${missing}' not found`);
    const found = selection.ids.map((id) => byId.get(id) as ShopperDocument);
    checkLimits(found.length, found.reduce((sum, d) => sum + d.size, 0), limits);
    return found;
  }
  const summary = await documents.summarize(shopper, selection.filter);
  if (summary.count === 0) throw new NotFoundError('No documents match the filter');
  checkLimits(summary.count, summary.totalBytes, limits);
  const found: ShopperDocument[] = [];
  // A document stored since the count may come along; never more than the limit.
  for await (const page of documents.pages(shopper, selection.filter, limits.archiveMaxDocuments)) found.push(...page);
  if (found.length === 0) throw new NotFoundError('No documents match the filter');
  return found;
}

function checkLimits(count: number, totalBytes: number, limits: Pick<BulkLimits, 'archiveMaxDocuments' | 'archiveMaxBytes'>): void {
  if (count > limits.archiveMaxDocuments || totalBytes > limits.archiveMaxBytes) {
    throw new ArchiveTooLargeError(count, limits.archiveMaxDocuments, totalBytes, limits.archiveMaxBytes);
  }
}

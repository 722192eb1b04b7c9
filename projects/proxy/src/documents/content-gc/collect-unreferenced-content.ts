import type { ContentStore, ListedContent } from '../storage/content-store';
import type { DocumentStore } from '../storage/document-store';

export const DEFAULT_GRACE_HOURS = 24;
/** Stored contents looked up in the index per query. */
const PAGE = 500;

export interface CollectOptions {
  /** content written or put again within this long before `now` is kept, referenced or not (an ingest in flight) */
  graceMs: number;
  /** count and list only, remove nothing */
  dryRun: boolean;
  now?: Date;
  /** each unreferenced content past the grace period, as it is removed (or would be, in a dry run) */
  onUnreferenced?: (content: ListedContent) => void;
}

export interface CollectSummary {
  /** every content in the store */
  stored: number;
  /** named by at least one document */
  referenced: number;
  /** unreferenced but within the grace period */
  young: number;
  /** unreferenced and older: removed, or in a dry run what would be */
  unreferenced: number;
  unreferencedBytes: number;
  /** of those, put again while the clean-up ran, so kept */
  keptInUse: number;
  /** pieces of interrupted puts older than the grace period, removed (or counted) */
  abandonedUploads: number;
}

/**
 * Removes stored content that no document names and that is older than the grace period: bytes a
 * crash left between their upload and the commit of their row. The store is listed page by page and
 * each page's hashes are looked up in the index at once. A content is removed only if nobody put it
 * again since the cut-off (ContentStore.deleteIfUnmodifiedSince), so a put that reuses it meanwhile
 * keeps it; the grace period covers rows that are committed a while after their bytes were stored.
 */
export async function collectUnreferencedContent(
  deps: { store: Pick<DocumentStore, 'referencedContent'>; content: ContentStore },
  options: CollectOptions,
): Promise<CollectSummary> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.graceMs);
  const summary: CollectSummary = { stored: 0, referenced: 0, young: 0, unreferenced: 0, unreferencedBytes: 0, keptInUse: 0, abandonedUploads: 0 };

  const sweep = async (page: ListedContent[]) => {
    const referenced = await deps.store.referencedContent(page.map((c) => c.sha256));
    for (const content of page) {
      if (referenced.has(content.sha256)) summary.referenced++;
      else if (content.lastModified > cutoff) summary.young++;
      else if (options.dryRun || (await deps.content.deleteIfUnmodifiedSince(content.sha256, cutoff))) {
        summary.unreferenced++;
        summary.unreferencedBytes += content.size;
        options.onUnreferenced?.(content);
      } else summary.keptInUse++;
    }
  };

  let page: ListedContent[] = [];
  for await (const content of deps.content.list()) {
    summary.stored++;
    page.push(content);
    if (page.length < PAGE) continue;
    await sweep(page);
    page = [];
  }
  if (page.length > 0) await sweep(page);
  summary.abandonedUploads = await deps.content.removeAbandonedUploads(cutoff, { dryRun: options.dryRun });
  return summary;
}

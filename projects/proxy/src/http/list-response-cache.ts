import type { DocumentQuery } from '../documents/model';

/** What each instance keeps unless LIST_CACHE_BYTES says otherwise. */
export const DEFAULT_LIST_CACHE_BYTES = 8 * 1024 * 1024;

interface Entry {
  revision: string;
  body: string;
}

/**
 * Serialized list answers of this instance, by owner and normalised query, each stamped with the
 * owner's list revision it was read at. An answer is reused only while the store still reports
 * that revision, and the store gives the owner a new one inside every write to their documents or
 * read state (by any instance or process), so a reused answer is never older than the last
 * committed write. (Only while the revision cannot be read at all, the index being down, the
 * route serves `lastKnown`.) Bounded by the bytes of the bodies; least recently used first out.
 */
export class ListResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string, revision: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.revision !== revision) {
      this.remove(key, entry);
      return undefined;
    }
    // Most recently used goes last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.body;
  }

  /** The answer last stored under the key, whatever its revision (for when the revision cannot be read). */
  lastKnown(key: string): string | undefined {
    return this.entries.get(key)?.body;
  }

  set(key: string, revision: string, body: string): void {
    const size = bodyBytes(key, body);
    if (size > this.maxBytes) return;
    const existing = this.entries.get(key);
    if (existing) this.remove(key, existing);
    this.entries.set(key, { revision, body });
    this.bytes += size;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldestKey, oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= bodyBytes(key, entry.body);
  }
}

/** UTF-16 strings: two bytes a character is what they hold in memory, near enough. */
function bodyBytes(key: string, body: string): number {
  return 2 * (key.length + body.length);
}

/**
 * What each query field contributes to the cache key. Typed over every field of DocumentQuery, so a
 * field added there and forgotten here does not compile; the type filter is a set, so it is sorted.
 */
const KEY_PARTS: { [Field in keyof Required<DocumentQuery>]: (query: DocumentQuery) => unknown } = {
  types: (query) => [...query.types].sort(),
  orderCode: (query) => query.orderCode ?? null,
  from: (query) => query.from?.getTime() ?? null,
  toExclusive: (query) => query.toExclusive?.getTime() ?? null,
  q: (query) => query.q ?? null,
  unread: (query) => query.unread ?? null,
  currentPage: (query) => query.currentPage,
  pageSize: (query) => query.pageSize,
  sort: (query) => query.sort,
  withoutCounts: (query) => query.withoutCounts ?? false,
  after: (query) => (query.after ? [query.after.createdAt, query.after.number, query.after.id] : null),
  // its date is one of its fields: a cached overdue filter does not outlive the day
  billing: (query) => (query.billing ? Object.entries(query.billing).sort(([a], [b]) => a.localeCompare(b)) : null),
};

const KEY_FIELDS = Object.keys(KEY_PARTS) as (keyof DocumentQuery)[];

/** The cache key of a list request: the owner key and every field of the query. */
export function listCacheKey(ownerKey: string, query: DocumentQuery): string {
  return JSON.stringify([ownerKey, ...KEY_FIELDS.map((field) => KEY_PARTS[field](query))]);
}

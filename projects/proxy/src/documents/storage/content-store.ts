import type { Readable } from 'node:stream';

export interface StoredContent {
  sha256: string;
  size: number;
}

export interface ContentStream {
  stream: Readable;
  /** size of the whole stored content (not of the range) */
  size: number;
}

/** One stored content as listed: when it was last written, or last put again (a put of bytes already there renews it). */
export interface ListedContent {
  sha256: string;
  size: number;
  lastModified: Date;
}

/** Inclusive byte offsets. */
export interface ContentRange {
  start: number;
  end: number;
}

export interface PutOptions {
  /** the SHA-256 the caller expects; other bytes are refused with ContentHashMismatchError and nothing is stored */
  expectedSha256?: string;
  /**
   * The bytes need to survive a machine crash only once `flush()` resolves, not when the put does
   * (a batch makes many puts durable at once). A process crash never loses them either way.
   */
  deferDurability?: boolean;
}

/**
 * Immutable document bytes, addressed by their SHA-256. A put is idempotent and atomic: the bytes
 * become readable under their hash only once complete and checked, so a crash leaves at most an
 * unreferenced copy, never a partial one.
 */
export interface ContentStore {
  /** Copies a file into the store (streamed); returns the hash and size of what was stored. */
  putFile(sourcePath: string, options?: PutOptions): Promise<StoredContent>;
  /**
   * Opens stored bytes (or a range of them) for reading; rejects with ContentMissingError when
   * absent and UpstreamUnavailableError when the store does not answer.
   */
  open(sha256: string, range?: ContentRange): Promise<ContentStream>;
  /** Makes every put made with `deferDurability` so far durable; call it before committing rows that name them. */
  flush(): Promise<void>;
  /** Every stored content, in no particular order, read page by page. */
  list(): AsyncIterable<ListedContent>;
  /**
   * Removes the content unless it was written or put again after `unmodifiedSince` (a put running
   * meanwhile keeps it); answers whether it was removed. Absent content answers false.
   */
  deleteIfUnmodifiedSince(sha256: string, unmodifiedSince: Date): Promise<boolean>;
  /**
   * Removes (or, with `dryRun`, only counts) what puts interrupted before `olderThan` left behind;
   * answers how many.
   */
  removeAbandonedUploads(olderThan: Date, options: { dryRun: boolean }): Promise<number>;
  /** Resolves when the store can be read and written (readiness check). */
  ping(): Promise<void>;
  /** Where the bytes live, for log lines (never a credential). */
  readonly description: string;
}

/** Time-limited read-only URLs of single stored contents, so clients fetch bytes without passing through the proxy. */
export interface DirectContentLinks {
  /** A URL that answers GET (and ranges) of that content with these response headers until it expires. */
  directUrl(sha256: string, response: { contentDisposition: string; contentType: string }): Promise<{ url: string; expiresAt: Date }>;
}

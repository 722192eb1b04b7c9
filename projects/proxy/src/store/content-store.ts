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

/** Inclusive byte offsets. */
export interface ContentRange {
  start: number;
  end: number;
}

/** Immutable document bytes, addressed by their SHA-256. */
export interface ContentStore {
  /** Copies a file into the store; returns the hash and size of what was stored. */
  putFile(sourcePath: string): Promise<StoredContent>;
  /** Opens stored bytes (or a range of them) for reading; rejects with ContentMissingError when absent. */
  open(sha256: string, range?: ContentRange): Promise<ContentStream>;
}

import type { ContentRange, ContentStore, ContentStream, ListedContent, PutOptions, StoredContent } from '../../src/documents/storage/content-store';

/** Where the injected errors say they failed (a shopper must never see it). */
export const SECRET_PATH = '/srv/exd/files/4f/4f1c';

/** The proxy's content store, whose calls fail with a file system error (as Node reports them) while `failing` is set. */
export class FailingContentStore implements ContentStore {
  failing?: string;
  /** which calls fail; all when unset */
  failingCalls?: ReadonlySet<'putFile' | 'open' | 'flush' | 'ping'>;

  constructor(private readonly inner: ContentStore) {}

  get description(): string {
    return this.inner.description;
  }

  private check(syscall: string, call: 'putFile' | 'open' | 'flush' | 'ping'): void {
    if (this.failing && (!this.failingCalls || this.failingCalls.has(call))) {
      throw Object.assign(new Error(`${this.failing}: failed, ${syscall} '${SECRET_PATH}'`), { code: this.failing, syscall, path: SECRET_PATH });
    }
  }

  async putFile(sourcePath: string, options?: PutOptions): Promise<StoredContent> {
    this.check('write', 'putFile');
    return this.inner.putFile(sourcePath, options);
  }

  async open(sha256: string, range?: ContentRange): Promise<ContentStream> {
    this.check('open', 'open');
    return this.inner.open(sha256, range);
  }

  async flush(): Promise<void> {
    this.check('fsync', 'flush');
    return this.inner.flush();
  }

  list(): AsyncIterable<ListedContent> {
    return this.inner.list();
  }

  deleteIfUnmodifiedSince(sha256: string, unmodifiedSince: Date): Promise<boolean> {
    return this.inner.deleteIfUnmodifiedSince(sha256, unmodifiedSince);
  }

  removeAbandonedUploads(olderThan: Date, options: { dryRun: boolean }): Promise<number> {
    return this.inner.removeAbandonedUploads(olderThan, options);
  }

  async ping(): Promise<void> {
    this.check('access', 'ping');
    return this.inner.ping();
  }
}

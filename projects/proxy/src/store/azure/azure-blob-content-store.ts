import { createHash, randomBytes } from 'node:crypto';
import * as fsCallbacks from 'node:fs';
import * as fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { BlobSASPermissions, RestError, type BlockBlobClient, type ContainerClient, type UserDelegationKey } from '@azure/storage-blob';
import { ContentHashMismatchError, ContentMissingError, UpstreamUnavailableError } from '../../errors';
import type { UserDelegationKeys } from './user-delegation-keys';
import type { ContentRange, ContentStore, ContentStream, DirectContentLinks, ListedContent, PutOptions, StoredContent } from '../../documents/storage/content-store';

const SHA256_HEX = /^[0-9a-f]{64}$/;
/** blocks of one upload being sent at the same time; with the block size this bounds an upload's memory */
const BLOCKS_IN_FLIGHT = 4;
const RETRY_AFTER_SECONDS = 5;

export interface AzureBlobStoreOptions {
  /** largest block; a file up to this size goes in one request */
  blockBytes: number;
  sasTtlSeconds: number;
  /** longest wait for one operation, its retry included; a download waits this long for its first bytes only */
  timeoutMs: number;
  /** signs SAS URLs when the container client has a token credential; without, its account key signs them */
  delegationKeys?: UserDelegationKeys;
}

/**
 * The SAS version of URLs signed with a user delegation key: one Azure accepts and Azurite 3.35 (the
 * specs' emulator) too, which answers 403 to such URLs of the SDK's newer default (2026-04-06).
 */
const DELEGATION_SAS_VERSION = '2025-11-05';

/**
 * Document bytes in one Azure Blob Storage container, one block blob per SHA-256 (`sha256/ab/abcdef…`).
 * A blob becomes visible only when its upload commits, and it is committed only after the bytes sent
 * were hashed to the name it gets (and, per request, checked by the service against their MD5), so a
 * crash leaves at most uncommitted blocks, which the service discards, or a blob no index row names.
 */
export class AzureBlobContentStore implements ContentStore, DirectContentLinks {
  constructor(
    private readonly container: ContainerClient,
    private readonly options: AzureBlobStoreOptions,
  ) {}

  get description(): string {
    const url = new URL(this.container.url);
    return `${url.origin}${url.pathname}`;
  }

  async putFile(sourcePath: string, options: PutOptions = {}): Promise<StoredContent> {
    const { size } = await fs.stat(sourcePath); // a missing source file is the caller's problem, not the store's
    try {
      return size <= this.options.blockBytes
        ? await this.putInOneRequest(sourcePath, options)
        : await this.putInBlocks(sourcePath, options);
    } catch (error) {
      throw error instanceof ContentHashMismatchError ? error : unavailable(error, 'store the document bytes');
    }
  }

  async open(sha256: string, range?: ContentRange): Promise<ContentStream> {
    if (!SHA256_HEX.test(sha256)) throw new ContentMissingError('Invalid content key');
    const blob = this.container.getBlobClient(blobName(sha256));
    try {
      const count = range ? range.end - range.start + 1 : undefined;
      // Timed until the answer starts only: a long download to a slow client must not be cut.
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), this.options.timeoutMs);
      const response = await blob
        .download(range?.start ?? 0, count, { maxRetryRequests: 1, abortSignal: abort.signal })
        .finally(() => clearTimeout(timer));
      const stream = response.readableStreamBody as Readable;
      const total = /\/(\d+)$/.exec(response.contentRange ?? '')?.[1];
      return { stream, size: total === undefined ? (response.contentLength ?? 0) : Number(total) };
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) {
        throw new ContentMissingError(`Content ${sha256} is not in the content store`, { cause: error });
      }
      throw unavailable(error, 'read the document bytes');
    }
  }

  /** A committed blob is durable already. */
  async flush(): Promise<void> {}

  async *list(): AsyncIterable<ListedContent> {
    try {
      for await (const page of this.container.listBlobsFlat({ prefix: BLOB_PREFIX }).byPage({ maxPageSize: LIST_PAGE_SIZE })) {
        for (const item of page.segment.blobItems) {
          const sha256 = item.name.slice(item.name.lastIndexOf('/') + 1);
          if (item.name !== blobName(sha256) || !SHA256_HEX.test(sha256)) continue;
          yield { sha256, size: item.properties.contentLength ?? 0, lastModified: item.properties.lastModified };
        }
      }
    } catch (error) {
      throw unavailable(error, 'list the stored documents');
    }
  }

  async deleteIfUnmodifiedSince(sha256: string, unmodifiedSince: Date): Promise<boolean> {
    if (!SHA256_HEX.test(sha256)) return false;
    try {
      await this.container.getBlobClient(blobName(sha256)).delete({ conditions: { ifUnmodifiedSince: unmodifiedSince }, abortSignal: this.deadline() });
      return true;
    } catch (error) {
      // 412: renewed or rewritten since (a put is using it); 404: gone already
      if (error instanceof RestError && (error.statusCode === 412 || error.statusCode === 404)) return false;
      throw unavailable(error, 'remove unreferenced document bytes');
    }
  }

  /** Nothing to do: the service discards the uncommitted blocks of an interrupted upload after a week. */
  async removeAbandonedUploads(): Promise<number> {
    return 0;
  }

  async ping(): Promise<void> {
    await this.container.getProperties({ abortSignal: this.deadline() });
  }

  async directUrl(sha256: string, response: { contentDisposition: string; contentType: string }): Promise<{ url: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.options.sasTtlSeconds * 1000);
    const blob = this.container.getBlobClient(blobName(sha256));
    const sas = {
      permissions: BlobSASPermissions.parse('r'),
      expiresOn: expiresAt,
      contentDisposition: response.contentDisposition,
      contentType: response.contentType,
      cacheControl: 'private, no-store',
    };
    const keys = this.options.delegationKeys;
    if (!keys) return { url: await blob.generateSasUrl(sas), expiresAt };
    let key: UserDelegationKey;
    try {
      key = await keys.keyFor(expiresAt);
    } catch (error) {
      throw unavailable(error, 'sign a download URL');
    }
    return { url: await blob.generateUserDelegationSasUrl({ ...sas, version: DELEGATION_SAS_VERSION }, key), expiresAt };
  }

  /**
   * Small files: read once, hashed, sent in one Put Blob that the service checks against the MD5.
   * The put is tried first (a batch stores new bytes nearly always, and a look first would double
   * the requests); if it fails and the blob is there, those are the same bytes, renewed instead.
   */
  private async putInOneRequest(sourcePath: string, options: PutOptions): Promise<StoredContent> {
    const bytes = await fs.readFile(sourcePath);
    const stored = { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
    checkExpected(options, stored.sha256);
    const blob = this.blockBlob(stored.sha256);
    try {
      await blob.upload(bytes, bytes.length, {
        abortSignal: this.deadline(),
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/octet-stream', blobContentMD5: md5(bytes) },
      });
    } catch (error) {
      if (!(await this.renewIfPresent(blob))) throw error;
    }
    return stored;
  }

  /**
   * Large files: hashed first (to know the name and skip bytes already stored), then streamed as
   * blocks while hashed again; the block list is committed only when both hashes agree.
   */
  private async putInBlocks(sourcePath: string, options: PutOptions): Promise<StoredContent> {
    const stored = await hashFile(sourcePath);
    checkExpected(options, stored.sha256);
    const blob = this.blockBlob(stored.sha256);
    if (await this.renewIfPresent(blob)) return stored;

    // Block ids must have one length within a blob; a random prefix keeps concurrent uploads of the same bytes apart.
    const prefix = randomBytes(6).toString('hex');
    const ids: string[] = [];
    const hash = createHash('sha256');
    const inFlight = new Set<Promise<void>>();
    let failure: unknown;
    for await (const chunk of fsCallbacks.createReadStream(sourcePath, { highWaterMark: this.options.blockBytes })) {
      if (failure !== undefined) break;
      const block = chunk as Buffer;
      hash.update(block);
      const id = Buffer.from(`${prefix}-${String(ids.length).padStart(6, '0')}`).toString('base64');
      ids.push(id);
      const staged: Promise<void> = blob
        .stageBlock(id, block, block.length, { transactionalContentMD5: md5(block), abortSignal: this.deadline() })
        .then(
          () => undefined,
          (error: unknown) => {
            failure ??= error;
          },
        )
        .finally(() => inFlight.delete(staged));
      inFlight.add(staged);
      if (inFlight.size >= BLOCKS_IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failure !== undefined) throw failure;
    const sent = hash.digest('hex');
    if (sent !== stored.sha256) throw new ContentHashMismatchError(stored.sha256, sent);
    await this.commitUnlessPresent(blob, (abortSignal) =>
      blob.commitBlockList(ids, { abortSignal, conditions: { ifNoneMatch: '*' }, blobHTTPHeaders: { blobContentType: 'application/octet-stream' } }),
    );
    return stored;
  }

  private blockBlob(sha256: string): BlockBlobClient {
    return this.container.getBlockBlobClient(blobName(sha256));
  }

  /**
   * Whether the blob is there, renewing its Last-Modified if so (a metadata write): a put of bytes
   * already stored counts as a write, so the clean-up of unreferenced content leaves them alone.
   */
  private async renewIfPresent(blob: BlockBlobClient): Promise<boolean> {
    try {
      await blob.setMetadata({}, { abortSignal: this.deadline() });
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return false;
      throw error;
    }
  }

  private exists(blob: BlockBlobClient): Promise<boolean> {
    return blob.exists({ abortSignal: this.deadline() });
  }

  /** Commits; a concurrent upload of the same bytes that committed first counts as success (same name, same bytes). */
  private async commitUnlessPresent(blob: BlockBlobClient, commit: (abortSignal: AbortSignal) => Promise<unknown>): Promise<void> {
    try {
      await commit(this.deadline());
    } catch (error) {
      if (await this.exists(blob)) return;
      throw error;
    }
  }

  private deadline(): AbortSignal {
    return AbortSignal.timeout(this.options.timeoutMs);
  }
}

const BLOB_PREFIX = 'sha256/';
const LIST_PAGE_SIZE = 1000;

function blobName(sha256: string): string {
  return `${BLOB_PREFIX}${sha256.slice(0, 2)}/${sha256}`;
}

function checkExpected(options: PutOptions, actual: string): void {
  if (options.expectedSha256 !== undefined && options.expectedSha256 !== actual) {
    throw new ContentHashMismatchError(options.expectedSha256, actual);
  }
}

async function hashFile(sourcePath: string): Promise<StoredContent> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fsCallbacks.createReadStream(sourcePath, { highWaterMark: 1024 * 1024 })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

function md5(bytes: Buffer): Uint8Array {
  return createHash('md5').update(bytes).digest();
}

function unavailable(error: unknown, action: string): UpstreamUnavailableError {
  const status = error instanceof RestError && error.statusCode !== undefined ? ` (HTTP ${error.statusCode})` : '';
  return new UpstreamUnavailableError(`The document store could not ${action}${status}`, {
    cause: error,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  });
}

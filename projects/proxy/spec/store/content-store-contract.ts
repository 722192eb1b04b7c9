import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { ContentHashMismatchError, ContentMissingError } from '../../src/errors';
import type { ContentStore } from '../../src/documents/storage/content-store';
import { tempDir } from '../support/batch';
import { bigPdf } from '../support/big-pdf';

export interface OpenedContentStore {
  content: ContentStore;
  /** changes whenever the stored copy of that content is written again, not when its time is renewed (file inode, blob creation time) */
  versionOf(sha256: string): Promise<string>;
  /** above this size a put goes a different way (blocks); the suite stores contents on both sides */
  largeFrom: number;
  cleanup(): Promise<void>;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The behaviour every ContentStore must have; run against the folder store and Azure Blob (Azurite). */
export function describeContentStoreContract(name: string, open: () => Promise<OpenedContentStore>): void {
  describe(`${name} (content store contract)`, () => {
    let opened: OpenedContentStore;
    let content: ContentStore;
    let dir: string;
    let small: Buffer;
    let large: Buffer;
    const write = (bytes: Buffer, file = `f-${sha256(bytes).slice(0, 8)}-${Math.random()}.pdf`) => {
      const target = path.join(dir, file);
      fs.writeFileSync(target, bytes);
      return target;
    };

    beforeEach(async () => {
      opened = await open();
      content = opened.content;
      dir = tempDir('content-contract');
      small = bigPdf(10_000);
      large = bigPdf(opened.largeFrom * 3 + 12_345);
    }, 30_000); // the first one may start an emulator

    afterEach(async () => {
      await opened.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('stores a file under its SHA-256 and gives the same bytes back, small and large', async () => {
      for (const bytes of [small, large]) {
        const stored = await content.putFile(write(bytes));
        expect(stored).toEqual({ sha256: sha256(bytes), size: bytes.length });
        const read = await content.open(stored.sha256);
        expect(read.size).toBe(bytes.length);
        expect((await readAll(read.stream)).equals(bytes)).toBeTrue();
      }
    });

    it('stores bytes that are already there only once: a second put, also a deferred one, leaves the stored copy untouched but renews its time', async () => {
      const lastModifiedOf = async (hash: string) => {
        for await (const item of content.list()) if (item.sha256 === hash) return item.lastModified.getTime();
        return undefined;
      };
      for (const bytes of [small, large]) {
        const first = await content.putFile(write(bytes));
        const version = await opened.versionOf(first.sha256);
        const writtenAt = await lastModifiedOf(first.sha256);
        await sleep(1_100); // the blob service keeps whole seconds
        const again = await content.putFile(write(bytes), { expectedSha256: first.sha256 });
        const deferred = await content.putFile(write(bytes), { deferDurability: true });
        await content.flush();
        expect(again).toEqual(first);
        expect(deferred).toEqual(first);
        expect(await opened.versionOf(first.sha256)).toBe(version);
        expect(await lastModifiedOf(first.sha256)).toBeGreaterThan(writtenAt!);
      }
    });

    it('reads a range: the bytes from start to end inclusive, and the size of the whole content', async () => {
      const stored = await content.putFile(write(large));
      // across the boundary between the first and second block of a large put
      const range = { start: opened.largeFrom - 100, end: opened.largeFrom + 99 };
      const read = await content.open(stored.sha256, range);
      expect(read.size).toBe(large.length);
      expect((await readAll(read.stream)).equals(large.subarray(range.start, range.end + 1))).toBeTrue();
      const last = await content.open(stored.sha256, { start: large.length - 1, end: large.length - 1 });
      expect((await readAll(last.stream)).equals(large.subarray(large.length - 1))).toBeTrue();
    });

    it('rejects content it does not hold, and keys that are not a SHA-256, with ContentMissingError', async () => {
      await expectAsync(content.open('b'.repeat(64))).toBeRejectedWithError(ContentMissingError);
      await expectAsync(content.open('../../etc/passwd')).toBeRejectedWithError(ContentMissingError);
    });

    it('refuses bytes whose SHA-256 is not the expected one and stores nothing', async () => {
      for (const bytes of [small, large]) {
        const expected = 'c'.repeat(64);
        await expectAsync(content.putFile(write(bytes), { expectedSha256: expected })).toBeRejectedWithError(ContentHashMismatchError);
        await expectAsync(content.open(sha256(bytes))).toBeRejectedWithError(ContentMissingError);
        await expectAsync(content.open(expected)).toBeRejectedWithError(ContentMissingError);
      }
    });

    it('lets concurrent puts of the same bytes all succeed, leaving one complete copy', async () => {
      for (const bytes of [small, large]) {
        const files = Array.from({ length: 5 }, () => write(bytes));
        const results = await Promise.all(files.map((file) => content.putFile(file)));
        for (const result of results) expect(result).toEqual({ sha256: sha256(bytes), size: bytes.length });
        expect((await readAll((await content.open(sha256(bytes))).stream)).equals(bytes)).toBeTrue();
      }
    });

    it('stores an empty file', async () => {
      const stored = await content.putFile(write(Buffer.alloc(0)));
      expect(stored.size).toBe(0);
      const read = await content.open(stored.sha256);
      expect(read.size).toBe(0);
      expect((await readAll(read.stream)).length).toBe(0);
    });

    it('lists what it holds with size and time of writing, and deletes content unless it was written or put again since the given time', async () => {
      const kept = await content.putFile(write(small));
      const gone = await content.putFile(write(large));
      const listed = new Map<string, { size: number; lastModified: Date }>();
      for await (const item of content.list()) listed.set(item.sha256, item);
      expect([...listed.keys()].sort()).toEqual([kept.sha256, gone.sha256].sort());
      expect(listed.get(gone.sha256)!.size).toBe(large.length);
      expect(Math.abs(listed.get(kept.sha256)!.lastModified.getTime() - Date.now())).toBeLessThan(60_000);

      // the blob service keeps whole seconds: each side of the cut-off a second apart
      await sleep(1_100);
      const cutoff = new Date();
      await sleep(1_100);
      await content.putFile(write(small)); // put again: renewed, so it stays
      expect(await content.deleteIfUnmodifiedSince(kept.sha256, cutoff)).toBeFalse();
      expect(await content.deleteIfUnmodifiedSince(gone.sha256, cutoff)).toBeTrue();
      expect(await content.deleteIfUnmodifiedSince(gone.sha256, cutoff)).withContext('absent').toBeFalse();
      await expectAsync(content.open(gone.sha256)).toBeRejectedWithError(ContentMissingError);
      expect((await readAll((await content.open(kept.sha256)).stream)).equals(small)).toBeTrue();
      const after: string[] = [];
      for await (const item of content.list()) after.push(item.sha256);
      expect(after).toEqual([kept.sha256]);
    });

    it('answers its readiness check', async () => {
      await expectAsync(content.ping()).toBeResolved();
    });
  });
}

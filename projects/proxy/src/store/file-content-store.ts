import { createHash, randomBytes } from 'node:crypto';
import * as fsCallbacks from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { ContentHashMismatchError, ContentMissingError } from '../errors';
import type { ContentRange, ContentStore, ContentStream, PutOptions, StoredContent } from './content-store';
import { openFileRange, ReadBudget } from './file-read-stream';

const SHA256_HEX = /^[0-9a-f]{64}$/;
const openFd = promisify(fsCallbacks.open);
const fstat = promisify(fsCallbacks.fstat);
const closeFd = promisify(fsCallbacks.close);

/**
 * Stores bytes in a folder, one file per SHA-256 (`ab/abcdef...`).
 * Writes go to a temp file that is fsynced and then renamed into place,
 * so a reader never sees a partial file.
 */
export class FileContentStore implements ContentStore {
  constructor(
    private readonly rootDir: string,
    /** read sizes shared by this store's open streams */
    private readonly readBudget = new ReadBudget(),
  ) {}

  get description(): string {
    return this.rootDir;
  }

  async putFile(sourcePath: string, options: PutOptions = {}): Promise<StoredContent> {
    const tmpDir = path.join(this.rootDir, 'tmp');
    await fs.mkdir(tmpDir, { recursive: true });
    const tmpPath = path.join(tmpDir, `${process.pid}-${randomBytes(8).toString('hex')}.part`);

    let stored: StoredContent;
    try {
      stored = await copyHashed(sourcePath, tmpPath);
      if (options.expectedSha256 !== undefined && options.expectedSha256 !== stored.sha256) {
        throw new ContentHashMismatchError(options.expectedSha256, stored.sha256);
      }
      const finalPath = this.pathFor(stored.sha256);
      const finalDir = path.dirname(finalPath);
      await fs.mkdir(finalDir, { recursive: true });
      if (await exists(finalPath)) {
        await fs.rm(tmpPath, { force: true });
      } else {
        await fs.rename(tmpPath, finalPath);
        await fsyncDir(finalDir);
      }
    } catch (error) {
      await fs.rm(tmpPath, { force: true });
      throw error;
    }
    return stored;
  }

  async open(sha256: string, range?: ContentRange): Promise<ContentStream> {
    if (!SHA256_HEX.test(sha256)) throw new ContentMissingError(`Invalid content key`);
    let fd: number;
    try {
      fd = await openFd(this.pathFor(sha256), 'r');
    } catch (error) {
      throw new ContentMissingError(`Content ${sha256} is not in the content store`, { cause: error });
    }
    try {
      const { size } = await fstat(fd);
      return { stream: openFileRange(fd, size, range, this.readBudget), size };
    } catch (error) {
      await closeFd(fd);
      throw error;
    }
  }

  async ping(): Promise<void> {
    await fs.mkdir(this.rootDir, { recursive: true });
    await fs.access(this.rootDir, fsCallbacks.constants.R_OK | fsCallbacks.constants.W_OK);
  }

  private pathFor(sha256: string): string {
    return path.join(this.rootDir, sha256.slice(0, 2), sha256);
  }
}

async function copyHashed(sourcePath: string, targetPath: string): Promise<StoredContent> {
  const hash = createHash('sha256');
  let size = 0;
  const target = await fs.open(targetPath, 'wx');
  try {
    for await (const chunk of fsCallbacks.createReadStream(sourcePath)) {
      const buffer = chunk as Buffer;
      hash.update(buffer);
      size += buffer.length;
      let offset = 0;
      while (offset < buffer.length) {
        const { bytesWritten } = await target.write(buffer, offset, buffer.length - offset);
        offset += bytesWritten;
      }
    }
    await target.sync();
  } finally {
    await target.close();
  }
  return { sha256: hash.digest('hex'), size };
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

async function fsyncDir(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename itself is still atomic.
  }
}

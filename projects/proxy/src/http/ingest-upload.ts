import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { ValidationError } from '../errors';
import { HttpStatusError } from './http-status-error';

/** Bytes the ingest's 'metadata' field may have. */
export const MAX_METADATA_BYTES = 64 * 1024;

export interface Upload {
  metadata?: string;
  file?: { path: string; name?: string; sha256: string };
  cleanup(): Promise<void>;
}

/** Reads the parts: the metadata field into memory (small), the file streamed to a private temp file. */
export async function receiveUpload(request: FastifyRequest): Promise<Upload> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `exd-ingest-${randomBytes(4).toString('hex')}-`));
  const upload: Upload = { cleanup: () => fs.rm(dir, { recursive: true, force: true }) };
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname !== 'metadata' || upload.metadata !== undefined) {
          throw new ValidationError(part.fieldname, `Unexpected field '${part.fieldname}'; send one 'metadata' field and one 'file'`);
        }
        if (part.valueTruncated) throw new ValidationError('metadata', `Part 'metadata' is larger than ${MAX_METADATA_BYTES} bytes`);
        upload.metadata = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file' || upload.file !== undefined) {
        part.file.resume();
        throw new ValidationError(part.fieldname, `Unexpected file part '${part.fieldname}'; send one part named 'file'`);
      }
      const target = path.join(dir, 'content');
      const hash = createHash('sha256');
      const hashing = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(part.file, hashing, createWriteStream(target, { mode: 0o600 }));
      if (part.file.truncated) {
        throw fileTooLarge();
      }
      upload.file = { path: target, name: safeName(part.filename), sha256: hash.digest('hex') };
    }
    return upload;
  } catch (error) {
    await upload.cleanup();
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge();
    if (typeof code === 'string' && code.startsWith('FST_') && (error as { statusCode?: number }).statusCode === undefined) {
      throw new ValidationError('body', (error as Error).message);
    }
    throw error;
  }
}

function safeName(name: string | undefined): string | undefined {
  const base = name ? path.posix.basename(name.replace(/\\/g, '/')) : '';
  return base.trim() === '' ? undefined : base;
}

function fileTooLarge(): HttpStatusError {
  return new HttpStatusError(413, 'PayloadTooLargeError', 'The file is larger than the ingest limit');
}

import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ContentStore, StoredContent } from './content-store';

/** Stores in-memory bytes through the file-based ContentStore interface (via a private temp file). */
export async function putBytes(content: ContentStore, bytes: Buffer): Promise<StoredContent> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `exd-put-${randomBytes(4).toString('hex')}-`));
  const file = path.join(dir, 'content');
  try {
    await fs.writeFile(file, bytes, { mode: 0o600 });
    return await content.putFile(file);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

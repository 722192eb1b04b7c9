import { randomBytes } from 'node:crypto';

/** Bytes that pass as a PDF (the magic number) with random, incompressible content after it. */
export function bigPdf(size: number): Buffer {
  const bytes = randomBytes(size);
  Buffer.from('%PDF-1.7\n', 'ascii').copy(bytes, 0);
  return bytes;
}

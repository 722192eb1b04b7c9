// What bench:ingest works on: the PostgreSQL it uses, batch folders of PDFs, and an Azurite blob service.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { BENCH_USER, HOST, proxyDir } from './bench-support.mjs';

const requireProxy = createRequire(path.join(proxyDir, 'package.json'));
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

// ---------------------------------------------------------------- preparation

/** Random bytes behind a PDF header: incompressible, like real PDFs, and accepted by the ingest. */
export function pdfBytes(size) {
  const bytes = randomBytes(size);
  Buffer.from('%PDF-1.7\n', 'ascii').copy(bytes, 0);
  return bytes;
}

/** A batch folder: files in 100 sub-folders plus manifest.json; the first two documents are the benchmark shopper's. */
export function writeBatch(dir, count, size, prefix) {
  fs.mkdirSync(dir, { recursive: true });
  const documents = [];
  for (let i = 0; i < count; i++) {
    const file = `f${String(i % 100).padStart(2, '0')}/${prefix}-${i}.pdf`;
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), pdfBytes(size));
    documents.push({
      file,
      ownerUid: i < 2 ? BENCH_USER : `customer${i % 5000}@example.com`,
      type: 'INVOICE',
      title: `Invoice ${prefix}-${i}`,
      number: `${prefix}-${i}`,
      createdAt: new Date(Date.UTC(2026, 9, 1) + i * 1000).toISOString(),
      mimeType: 'application/pdf',
      language: 'en',
      channel: 'ARCHIVE',
    });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ documents }));
  return { dir, count, bytes: count * size, documents };
}

// ---------------------------------------------------------------- Azurite

/**
 * Azurite keeps its blob and extent metadata in LokiJS and, persisting to disk, writes the whole of it
 * out every 5 s: at 50,000 blobs that alone held its uploads to ~25 a second. In memory it measures
 * our ingest rather than the emulator's bookkeeping (the bytes are held in its memory: ~9 GB at --full).
 */
export async function startAzurite() {
  const main = path.join(path.dirname(requireProxy.resolve('azurite/package.json')), 'dist/src/blob/main.js');
  const child = spawn(process.execPath, [main, '--blobHost', HOST, '--blobPort', '0', '--silent', '--skipApiVersionCheck', '--disableTelemetry', '--loose', '--inMemoryPersistence'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Azurite did not start: ${output}`)), 30_000);
    const onData = (chunk) => {
      output += chunk;
      const match = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Azurite exited with ${code}: ${output}`)));
  });
  const endpoint = `http://${HOST}:${port}/devstoreaccount1`;
  const { BlobServiceClient } = requireProxy('@azure/storage-blob');
  const service = BlobServiceClient.fromConnectionString(
    `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};BlobEndpoint=${endpoint};`,
  );
  return {
    child,
    async container() {
      const name = `bench${randomBytes(4).toString('hex')}`;
      await service.getContainerClient(name).create();
      return { DOCUMENT_STORE_URL: `${endpoint}/${name}`, AZURE_STORAGE_ACCOUNT_KEY: AZURITE_KEY };
    },
    stop: () => new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }),
  };
}

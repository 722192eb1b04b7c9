// What bench:proxy serves: the batch of PDFs it ingests, and the nginx that serves the same bytes.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BENCH_USER } from './bench-support.mjs';
import { aptInstall } from './wrk.mjs';

export const BIG_SIZE = 20 * 1024 * 1024;
// 3000 documents in the store; the measured shopper has 60 of them (a well-stocked B2C account:
// a list request's cost grows with the shopper's own documents, not with the store's size).
export const OTHER_USERS = 49;
export const DOCS_PER_OTHER_USER = 60;
export const BENCH_USER_DOCS = 60;

export function findNginx() {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (fs.existsSync(candidate)) return candidate;
  return undefined;
}

export function ensureNginx() {
  let nginx = findNginx();
  if (nginx) return nginx;
  aptInstall('nginx');
  // Debian starts the packaged service on port 80; this benchmark runs its own instance only.
  spawnSync('sh', ['-c', 'command -v systemctl >/dev/null && systemctl stop nginx; command -v service >/dev/null && service nginx stop'], { stdio: 'ignore' });
  nginx = findNginx();
  if (!nginx) throw new Error('could not install nginx');
  return nginx;
}

/** A structurally valid small PDF naming `text`. */
export function smallPdf(text) {
  const stream = `BT /F1 12 Tf 20 50 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A 20 MB "PDF": the magic number, then incompressible bytes. */
export function bigPdf() {
  const bytes = randomBytes(BIG_SIZE);
  Buffer.from('%PDF-1.7\n', 'ascii').copy(bytes, 0);
  return bytes;
}

export function writeBatch(dir, big) {
  const documents = [];
  const types = ['INVOICE', 'ORDER_CONFIRMATION', 'SHIPMENT_NOTICE', 'WARRANTY', 'STATEMENT', 'CREDIT_NOTE'];
  const add = (owner, i, content, fileName) => {
    const type = types[i % types.length];
    const number = `${type.slice(0, 3)}-${owner.split('@')[0]}-${String(i).padStart(5, '0')}`;
    const file = `${owner.split('@')[0]}/${number}.pdf`;
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content ?? smallPdf(number));
    const day = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
    documents.push({
      file, ownerUid: owner, type, title: `${type} ${number}`, number, fileName: fileName ?? `${number}.pdf`,
      orderCode: String(100000 + Math.floor(i / 4)), language: 'en', createdAt: day, mimeType: 'application/pdf', channel: 'ARCHIVE',
    });
    return number;
  };
  for (let u = 0; u < OTHER_USERS; u++) {
    for (let i = 0; i < DOCS_PER_OTHER_USER; i++) add(`shopper${u}@example.com`, i);
  }
  for (let i = 0; i < BENCH_USER_DOCS - 1; i++) add(BENCH_USER, i);
  const bigNumber = add(BENCH_USER, BENCH_USER_DOCS, big, 'Big statement.pdf');
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ generatedAt: new Date().toISOString(), documents }));
  return { total: documents.length, bigNumber };
}

export function nginxVersion(binary) {
  const out = spawnSync(binary, ['-v'], { encoding: 'utf8' });
  return (/nginx\/(\S+)/.exec(out.stderr ?? '')?.[1]) ?? '';
}

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { minimalPdf } from './pdf';

export interface BatchDocument {
  file: string;
  /** absent for a B2B unit's document, which names its `unitId` instead */
  ownerUid?: string;
  unitId?: string;
  type: string;
  title: string;
  number: string;
  fileName?: string;
  orderCode?: string;
  createdAt: string;
  language?: string;
  mimeType?: string;
  entryNumbers?: number[];
  productCodes?: string[];
  consignmentCode?: string;
  /** issue 6 notice fields, passed through to the manifest as they are */
  correspondence?: unknown;
  actionUrl?: string;
  actionLabel?: string;
  deliveryStatus?: unknown;
  read?: unknown;
  /** billing documents: {amount, openAmount, currency, dueDate, paymentTerms, paymentStatus, dunningLevel, paymentUrl} */
  billing?: unknown;
  references?: unknown;
  /** file content; a PDF naming the number when absent; `null` writes no file */
  content?: Buffer | null;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `exd-proxy-${prefix}-`));
}

/** Writes the files and manifest.json of a batch folder; returns the folder. */
export function writeBatch(folder: string, documents: BatchDocument[]): string {
  fs.mkdirSync(folder, { recursive: true });
  const manifest = {
    generatedAt: new Date().toISOString(),
    documents: documents.map(({ content, ...entry }) => {
      if (content !== null) {
        const target = path.resolve(folder, entry.file);
        if (target.startsWith(path.resolve(folder) + path.sep)) {
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, content ?? minimalPdf(`${entry.type} ${entry.number}`));
        }
      }
      return { channel: 'ARCHIVE', mimeType: 'application/pdf', language: 'en', ...entry };
    }),
  };
  fs.writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return folder;
}

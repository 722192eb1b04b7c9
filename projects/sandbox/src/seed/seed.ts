import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

import { PlannedDocument, planDocuments } from './documents';
import { DELIVERY_EVENTS, PlannedDeliveryEvent } from './notices';
import { planUnitDocuments } from './unit-documents';

/** Written next to manifest.json: the delivery events the stack reports for the batch (see scripts/stack.mjs). */
export const DELIVERY_EVENTS_FILE = 'delivery-events.json';

/** Fixed so that the manifest, like the PDFs, is byte-for-byte reproducible. */
export const SEED_GENERATED_AT = '2026-11-20T06:30:00Z';

export type ManifestEntry = Omit<PlannedDocument, 'render'>;

export interface Manifest {
  generatedAt: string;
  documents: ManifestEntry[];
}

export interface SeedResult {
  folder: string;
  manifest: Manifest;
  deliveryEvents: PlannedDeliveryEvent[];
  bytesWritten: number;
}

/**
 * Renders every planned demo document to a PDF under `outFolder` and writes `manifest.json`
 * in the batch-folder format of the contract (the proxy's ingest CLI imports it).
 */
export async function writeSeed(outFolder: string): Promise<SeedResult> {
  const folder = resolve(outFolder);
  // the shoppers' documents first (unchanged), then the B2B units' billing documents
  const planned = [...planDocuments(), ...planUnitDocuments(SEED_GENERATED_AT)];
  const entries: ManifestEntry[] = [];
  let bytesWritten = 0;
  for (const document of planned) {
    const entry = toManifestEntry(document);
    const bytes = await document.render();
    const target = join(folder, entry.file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
    bytesWritten += bytes.length;
    entries.push(entry);
  }
  const manifest: Manifest = { generatedAt: SEED_GENERATED_AT, documents: entries };
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const deliveryEvents = DELIVERY_EVENTS.filter((e) => entries.some((d) => d.file === e.file));
  await writeFile(join(folder, DELIVERY_EVENTS_FILE), `${JSON.stringify({ events: deliveryEvents }, null, 2)}\n`, 'utf8');
  return { folder, manifest, deliveryEvents, bytesWritten };
}

const KEY_ORDER: (keyof ManifestEntry)[] = [
  'file',
  'ownerUid',
  'unitId',
  'type',
  'title',
  'number',
  'fileName',
  'orderCode',
  'consignmentCode',
  'entryNumbers',
  'productCodes',
  'language',
  'createdAt',
  'mimeType',
  'channel',
  'billing',
  'references',
  'correspondence',
  'actionUrl',
  'actionLabel',
  'read',
];

/** The manifest entry in the contract's key order, optional fields left out when absent. */
function toManifestEntry(document: PlannedDocument): ManifestEntry {
  const entry: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    if (document[key] !== undefined) {
      entry[key] = document[key];
    }
  }
  return entry as unknown as ManifestEntry;
}

import * as fs from 'node:fs';
import * as path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { CsvError, csvEntryReader, CsvRowReader } from './csv-manifest';
import { JsonManifestSplitter } from './json-manifest';

export const MANIFEST_FILE = 'manifest.json';
export const CSV_MANIFEST_FILE = 'manifest.csv';
const READ_BYTES = 256 * 1024;

/** The manifest itself is missing or unreadable: nothing was imported. */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

/** A batch folder's manifest, read piece by piece: never held whole, whatever its size. */
export interface Manifest {
  /** how many entries it has */
  readonly total: number;
  /** its entries in order, each as parsed (validated later, one by one) */
  entries(): AsyncGenerator<unknown>;
}

/**
 * Opens manifest.json, or else manifest.csv. The whole file is read once up front to count and
 * check it, so that a broken manifest fails before any entry is imported; `entries()` reads it again.
 */
export async function openManifest(root: string): Promise<Manifest> {
  const json = path.join(root, MANIFEST_FILE);
  if (await isReadable(json)) {
    let total = 0;
    for await (const _ of jsonEntries(json)) total++;
    return { total, entries: () => jsonEntries(json) };
  }
  const csv = path.join(root, CSV_MANIFEST_FILE);
  if (!(await isReadable(csv))) throw new ManifestError(`No ${MANIFEST_FILE} or ${CSV_MANIFEST_FILE} in '${root}'`);
  let total = 0;
  for await (const _ of csvEntries(csv)) total++;
  return { total, entries: () => csvEntries(csv) };
}

async function* jsonEntries(file: string): AsyncGenerator<unknown> {
  const splitter = new JsonManifestSplitter();
  const parse = (text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ManifestError(`${MANIFEST_FILE} is not valid JSON: ${(error as Error).message}`);
    }
  };
  for await (const text of textPieces(file)) {
    for (const element of splitter.feed(text)) yield parse(element);
  }
  const rest = splitter.skeleton();
  const skeleton = rest === '' ? undefined : parse(rest);
  if (!Array.isArray((skeleton as { documents?: unknown } | undefined)?.documents)) {
    throw new ManifestError(`${MANIFEST_FILE} has no 'documents' array`);
  }
}

async function* csvEntries(file: string): AsyncGenerator<unknown> {
  const reader = new CsvRowReader();
  let toEntry: ReturnType<typeof csvEntryReader> | undefined;
  let line = 1;
  try {
    for await (const text of textPieces(file)) {
      for (const row of reader.feed(text)) {
        if (!toEntry) toEntry = csvEntryReader(row);
        else yield toEntry(row, ++line);
      }
    }
    for (const row of reader.end()) {
      if (!toEntry) toEntry = csvEntryReader(row);
      else yield toEntry(row, ++line);
    }
    if (!toEntry) throw new CsvError('the CSV manifest is empty');
  } catch (error) {
    if (error instanceof CsvError) throw new ManifestError(`${CSV_MANIFEST_FILE} cannot be read: ${error.message}`);
    throw error;
  }
}

/** The file's text in pieces, multi-byte characters kept whole across reads. */
async function* textPieces(file: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: READ_BYTES })) {
    yield decoder.write(chunk as Buffer);
  }
  const last = decoder.end();
  if (last !== '') yield last;
}

async function isReadable(file: string): Promise<boolean> {
  try {
    await fs.promises.access(file, fs.constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

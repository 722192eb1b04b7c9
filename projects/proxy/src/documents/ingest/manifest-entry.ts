import * as path from 'node:path';
import { DOCUMENT_TYPES, isDocumentType, type DocumentType } from '../model';
import { ownerKey } from '../owner';

/** One validated `documents[]` entry of a batch manifest.json. */
export interface ManifestEntry {
  file: string;
  ownerUid: string;
  type: DocumentType;
  title: string;
  number: string;
  fileName: string;
  orderCode?: string;
  consignmentCode?: string;
  entryNumbers?: number[];
  productCodes?: string[];
  unitId?: string;
  language: string;
  createdAt: Date;
  mimeType: string;
  channel?: string;
  deliveryStatus?: string;
  actionUrl?: string;
}

export type RejectionCode =
  | 'invalid-entry'
  | 'unknown-type'
  | 'path-traversal'
  | 'missing-file'
  | 'not-a-pdf'
  | 'unsupported-mime-type';

export class EntryRejection {
  constructor(
    readonly code: RejectionCode,
    readonly reason: string,
  ) {}
}

export const SUPPORTED_MIME_TYPE = 'application/pdf';
const MAX_TEXT = 512;

/** Checks shape and values of one manifest entry (nothing on disk yet). */
export function readManifestEntry(raw: unknown): ManifestEntry | EntryRejection {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return new EntryRejection('invalid-entry', 'entry is not an object');
  }
  const o = raw as Record<string, unknown>;
  const problems: string[] = [];

  const text = (key: string, required: boolean): string | undefined => {
    const value = o[key];
    if (value === undefined || value === null) {
      if (required) problems.push(`'${key}' is required`);
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_TEXT) {
      problems.push(`'${key}' must be a non-empty string of at most ${MAX_TEXT} characters`);
      return undefined;
    }
    if (/[\u0000-\u001f\u007f]/.test(value)) {
      problems.push(`'${key}' must not contain control characters`);
      return undefined;
    }
    return value.trim();
  };

  const type = text('type', true);
  if (type !== undefined && !isDocumentType(type)) {
    return new EntryRejection('unknown-type', `unknown type '${type}' (allowed: ${DOCUMENT_TYPES.join(', ')})`);
  }

  const file = text('file', true);
  const ownerUid = text('ownerUid', true);
  const title = text('title', true);
  const number = text('number', true);
  const fileName = text('fileName', false);
  const createdAtText = text('createdAt', true);
  const language = text('language', false);
  const mimeType = text('mimeType', false);
  const actionUrl = text('actionUrl', false);

  let createdAt: Date | undefined;
  if (createdAtText !== undefined) {
    createdAt = new Date(createdAtText);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(createdAtText) || Number.isNaN(createdAt.getTime())) {
      problems.push(`'createdAt' must be an ISO 8601 date-time, got '${createdAtText}'`);
    }
  }
  if (language !== undefined && !/^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/.test(language)) {
    problems.push(`'language' must be a language tag like 'en' or 'de_CH', got '${language}'`);
  }
  if (actionUrl !== undefined && !/^https?:\/\//i.test(actionUrl)) {
    problems.push(`'actionUrl' must be an http(s) URL`);
  }

  const entryNumbers = o['entryNumbers'];
  if (
    entryNumbers !== undefined &&
    (!Array.isArray(entryNumbers) || !entryNumbers.every((n) => Number.isInteger(n) && (n as number) >= 0))
  ) {
    problems.push(`'entryNumbers' must be an array of non-negative integers`);
  }
  const productCodes = o['productCodes'];
  if (
    productCodes !== undefined &&
    (!Array.isArray(productCodes) || !productCodes.every((c) => typeof c === 'string' && c !== ''))
  ) {
    problems.push(`'productCodes' must be an array of non-empty strings`);
  }

  const optional = {
    orderCode: text('orderCode', false),
    consignmentCode: text('consignmentCode', false),
    unitId: text('unitId', false),
    channel: text('channel', false),
    deliveryStatus: text('deliveryStatus', false),
  };

  if (problems.length > 0) return new EntryRejection('invalid-entry', problems.join('; '));

  const effectiveMime = mimeType ?? SUPPORTED_MIME_TYPE;
  if (effectiveMime !== SUPPORTED_MIME_TYPE) {
    return new EntryRejection('unsupported-mime-type', `mimeType '${effectiveMime}' is not supported (only ${SUPPORTED_MIME_TYPE})`);
  }

  const entry: ManifestEntry = {
    file: file!,
    ownerUid: ownerKey(ownerUid!),
    type: type as DocumentType,
    title: title!,
    number: number!,
    fileName: fileName ?? path.posix.basename(file!.replace(/\\/g, '/')),
    language: language ?? 'en',
    createdAt: createdAt!,
    mimeType: effectiveMime,
  };
  if (Array.isArray(entryNumbers)) entry.entryNumbers = entryNumbers as number[];
  if (Array.isArray(productCodes)) entry.productCodes = productCodes as string[];
  if (actionUrl !== undefined) entry.actionUrl = actionUrl;
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (entry as unknown as Record<string, unknown>)[key] = value;
  }
  return entry;
}

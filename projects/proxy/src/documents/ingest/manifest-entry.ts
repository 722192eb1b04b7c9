import * as path from 'node:path';
import { isAllowedActionUrl } from '../action-url';
import {
  CORRESPONDENCE_EVENTS,
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  DOCUMENT_TYPES,
  isDocumentType,
  type Correspondence,
  type DeliveryStatus,
  type DocumentType,
  type NewDocument,
} from '../model';
import type { DocumentReference, StoredBilling } from '../billing/billing';
import { ownerKey, unitOwnerKey } from '../owner';
import { readBilling, readReferences } from './billing-entry';

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
  correspondence?: Correspondence;
  deliveryStatus?: DeliveryStatus;
  actionUrl?: string;
  actionLabel?: string;
  /** batch manifests only: the owner has already read it (e.g. migrated from an archive that tracked this) */
  read?: boolean;
  billing?: StoredBilling;
  references?: DocumentReference[];
}

/** What the ingest rules depend on besides the entry itself. */
export interface EntryRules {
  /** hosts an https actionUrl may point at (ACTION_URL_ALLOWED_HOSTS) */
  actionUrlAllowedHosts: readonly string[];
}

export const DEFAULT_ENTRY_RULES: EntryRules = { actionUrlAllowedHosts: [] };

/** One problem with one field of an entry. */
export interface FieldProblem {
  field: string;
  message: string;
}

export type RejectionCode =
  | 'invalid-entry'
  | 'unknown-type'
  | 'path-traversal'
  | 'missing-file'
  | 'not-a-pdf'
  | 'unsupported-mime-type'
  /** the content store or the index did not answer (store-fault.ts): nothing was indexed, a rerun imports the entry */
  | 'store-unavailable';

export class EntryRejection {
  constructor(
    readonly code: RejectionCode,
    readonly reason: string,
    /** per field, when the entry's values are the problem */
    readonly problems: readonly FieldProblem[] = [],
  ) {}
}

export const SUPPORTED_MIME_TYPE = 'application/pdf';
const MAX_TEXT = 512;
const MAX_ACTION_LABEL = 100;
const MAX_NEXT_STEP = 500;

/** Checks shape and values of one manifest entry (nothing on disk yet). */
export function readManifestEntry(raw: unknown, rules: EntryRules = DEFAULT_ENTRY_RULES): ManifestEntry | EntryRejection {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return new EntryRejection('invalid-entry', 'entry is not an object');
  }
  const o = raw as Record<string, unknown>;
  const fieldProblems: FieldProblem[] = [];
  const problems = {
    push: (message: string, field = /^'([A-Za-z.]+)'/.exec(message)?.[1] ?? 'metadata') => fieldProblems.push({ field, message }),
    get length() {
      return fieldProblems.length;
    },
  };

  const checkText = (key: string, value: unknown, required: boolean, max = MAX_TEXT): string | undefined => {
    if (value === undefined || value === null) {
      if (required) problems.push(`'${key}' is required`, key);
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
      problems.push(`'${key}' must be a non-empty string of at most ${max} characters`, key);
      return undefined;
    }
    if (/[\u0000-\u001f\u007f]/.test(value)) {
      problems.push(`'${key}' must not contain control characters`, key);
      return undefined;
    }
    return value.trim();
  };
  const text = (key: string, required: boolean, max = MAX_TEXT): string | undefined => checkText(key, o[key], required, max);

  const type = text('type', true);
  if (type !== undefined && !isDocumentType(type)) {
    return new EntryRejection('unknown-type', `unknown type '${type}' (allowed: ${DOCUMENT_TYPES.join(', ')})`);
  }

  const file = text('file', true);
  // a unit's document names its unit and no owner: every member of the unit may read it
  const ownerUid = text('ownerUid', o['unitId'] === undefined);
  const title = text('title', true);
  const number = text('number', true);
  const fileName = text('fileName', false);
  const createdAtText = text('createdAt', true);
  const language = text('language', false);
  const mimeType = text('mimeType', false);
  const actionUrl = text('actionUrl', false, 2048);
  const actionLabel = text('actionLabel', false, MAX_ACTION_LABEL);

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
  if (actionUrl !== undefined && !isAllowedActionUrl(actionUrl, rules.actionUrlAllowedHosts)) {
    problems.push(
      `'actionUrl' must be a same-site storefront path (starting with a single "/") or an https URL on an allowed host ` +
        `(ACTION_URL_ALLOWED_HOSTS${rules.actionUrlAllowedHosts.length === 0 ? ' is empty' : `: ${rules.actionUrlAllowedHosts.join(', ')}`})`,
      'actionUrl',
    );
  }
  if (actionLabel !== undefined && o['actionUrl'] === undefined) {
    problems.push(`'actionLabel' needs an 'actionUrl'`, 'actionLabel');
  }

  const correspondence = readCorrespondence(o['correspondence'], type, checkText, problems);
  const deliveryStatus = readDeliveryStatus(o['deliveryStatus'], checkText, problems);
  const read = o['read'];
  if (read !== undefined && typeof read !== 'boolean') problems.push(`'read' must be true or false`, 'read');
  const billing = readBilling(o['billing'], type, problems, rules.actionUrlAllowedHosts);
  const references = readReferences(o['references'], type, problems);

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
  };

  if (fieldProblems.length > 0) {
    return new EntryRejection('invalid-entry', fieldProblems.map((p) => p.message).join('; '), fieldProblems);
  }

  const effectiveMime = mimeType ?? SUPPORTED_MIME_TYPE;
  if (effectiveMime !== SUPPORTED_MIME_TYPE) {
    return new EntryRejection('unsupported-mime-type', `mimeType '${effectiveMime}' is not supported (only ${SUPPORTED_MIME_TYPE})`);
  }

  const entry: ManifestEntry = {
    file: file!,
    ownerUid: ownerUid === undefined ? unitOwnerKey(optional.unitId!) : ownerKey(ownerUid),
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
  if (actionLabel !== undefined) entry.actionLabel = actionLabel;
  if (correspondence !== undefined) entry.correspondence = correspondence;
  if (deliveryStatus !== undefined) entry.deliveryStatus = deliveryStatus;
  if (read === true) entry.read = true;
  if (billing !== undefined) entry.billing = billing;
  if (references !== undefined && references.length > 0) entry.references = references;
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (entry as unknown as Record<string, unknown>)[key] = value;
  }
  return entry;
}

type TextCheck = (key: string, value: unknown, required: boolean, max?: number) => string | undefined;
type Problems = { push(message: string, field?: string): void };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{event, nextStep}`, only on CORRESPONDENCE documents. */
function readCorrespondence(value: unknown, type: string | undefined, text: TextCheck, problems: Problems): Correspondence | undefined {
  if (value === undefined || value === null) return undefined;
  if (type !== undefined && type !== 'CORRESPONDENCE') {
    problems.push(`'correspondence' is only allowed on type CORRESPONDENCE`, 'correspondence');
    return undefined;
  }
  if (!isObject(value)) {
    problems.push(`'correspondence' must be an object {event, nextStep}`, 'correspondence');
    return undefined;
  }
  const unknown = Object.keys(value).filter((k) => k !== 'event' && k !== 'nextStep');
  if (unknown.length > 0) problems.push(`'correspondence' has unknown fields: ${unknown.join(', ')}`, 'correspondence');
  const event = value['event'];
  const nextStep = text('correspondence.nextStep', value['nextStep'], true, MAX_NEXT_STEP);
  if (typeof event !== 'string' || !(CORRESPONDENCE_EVENTS as readonly string[]).includes(event)) {
    problems.push(`'correspondence.event' must be one of ${CORRESPONDENCE_EVENTS.join(', ')}`, 'correspondence.event');
    return undefined;
  }
  if (nextStep === undefined || unknown.length > 0) return undefined;
  return { event: event as Correspondence['event'], nextStep };
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date-time with offset, else undefined. */
export function parseIsoDateTime(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `{status, channel, occurredAt}`: the document's latest delivery status as known by the batch. */
function readDeliveryStatus(value: unknown, _text: TextCheck, problems: Problems): DeliveryStatus | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    problems.push(`'deliveryStatus' must be an object {status, channel, occurredAt}`, 'deliveryStatus');
    return undefined;
  }
  const { status, channel, occurredAt } = value;
  let ok = true;
  if (typeof status !== 'string' || !(DELIVERY_STATUSES as readonly string[]).includes(status)) {
    problems.push(`'deliveryStatus.status' must be one of ${DELIVERY_STATUSES.join(', ')}`, 'deliveryStatus.status');
    ok = false;
  }
  if (typeof channel !== 'string' || !(DELIVERY_CHANNELS as readonly string[]).includes(channel)) {
    problems.push(`'deliveryStatus.channel' must be one of ${DELIVERY_CHANNELS.join(', ')}`, 'deliveryStatus.channel');
    ok = false;
  }
  const at = parseIsoDateTime(occurredAt);
  if (at === undefined) {
    problems.push(`'deliveryStatus.occurredAt' must be an ISO 8601 date-time with offset`, 'deliveryStatus.occurredAt');
    ok = false;
  }
  if (!ok) return undefined;
  return { status: status as DeliveryStatus['status'], channel: channel as DeliveryStatus['channel'], occurredAt: at!.toISOString() };
}

/** The index row of an entry whose bytes were stored. */
export function documentOf(entry: ManifestEntry, stored: { sha256: string; size: number }): NewDocument {
  return {
    ownerUid: entry.ownerUid,
    type: entry.type,
    title: entry.title,
    number: entry.number,
    fileName: entry.fileName,
    orderCode: entry.orderCode,
    consignmentCode: entry.consignmentCode,
    entryNumbers: entry.entryNumbers,
    productCodes: entry.productCodes,
    unitId: entry.unitId,
    createdAt: entry.createdAt,
    mimeType: entry.mimeType,
    size: stored.size,
    sha256: stored.sha256,
    language: entry.language,
    channel: entry.channel,
    correspondence: entry.correspondence,
    deliveryStatus: entry.deliveryStatus,
    actionUrl: entry.actionUrl,
    actionLabel: entry.actionLabel,
    readByOwner: entry.read,
    billing: entry.billing,
    references: entry.references,
  };
}

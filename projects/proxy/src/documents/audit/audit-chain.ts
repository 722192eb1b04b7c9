import { createHash } from 'node:crypto';
import { GENESIS_HASH, type AuditEvent, type AuditEventDraft } from './audit-event';

/** The fields a hash covers, in a fixed order (absent optional fields are left out). */
const HASHED_FIELDS = [
  'seq',
  'at',
  'action',
  'actor',
  'documentId',
  'documentSha256',
  'ownerUid',
  'driverDataSha256',
  'communicationId',
  'requestId',
  'prevHash',
] as const;

export function eventHash(event: Omit<AuditEvent, 'hash'>): string {
  const canonical: Record<string, unknown> = {};
  for (const field of HASHED_FIELDS) {
    const value = event[field];
    if (value !== undefined && value !== null) canonical[field] = value;
  }
  return createHash('sha256').update(JSON.stringify(canonical), 'utf8').digest('hex');
}

/** Numbers, times and chains a draft after the event `previous` (undefined = first event). */
export function sealEvent(draft: AuditEventDraft, previous: { seq: number; hash: string } | undefined, at: Date): AuditEvent {
  const unsealed: Omit<AuditEvent, 'hash'> = {
    ...withoutUndefined(draft),
    seq: previous ? previous.seq + 1 : 1,
    at: at.toISOString(),
    prevHash: previous ? previous.hash : GENESIS_HASH,
  };
  return { ...unsealed, hash: eventHash(unsealed) };
}

export interface ChainProblem {
  seq: number;
  problem: string;
}

export interface VerifyOptions {
  /** the head the store recorded separately; detects events cut off at the end */
  head?: { seq: number; hash: string };
  /** true when `events` starts at the first event ever (an export with `from` may not) */
  fromGenesis?: boolean;
}

/**
 * Checks a run of events in the order given: every hash must match its content (edits),
 * every prevHash must be the hash of the event before it and numbers must follow each other
 * (deletions, reordering), and the last event must be the recorded head (cut-off tail).
 */
export function verifyChain(events: readonly AuditEvent[], options: VerifyOptions = {}): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let previous: AuditEvent | undefined;
  for (const event of events) {
    const { hash, ...rest } = event;
    if (eventHash(rest) !== hash) {
      problems.push({ seq: event.seq, problem: 'content does not match its hash (edited)' });
    }
    if (previous === undefined) {
      if (options.fromGenesis !== false && (event.seq !== 1 || event.prevHash !== GENESIS_HASH)) {
        problems.push({ seq: event.seq, problem: 'the chain does not start at the first event (events deleted at the start)' });
      }
    } else {
      if (event.seq !== previous.seq + 1) {
        problems.push({
          seq: event.seq,
          problem: event.seq <= previous.seq ? `follows event ${previous.seq} (reordered)` : `events ${previous.seq + 1}..${event.seq - 1} are missing (deleted)`,
        });
      }
      if (event.prevHash !== previous.hash) {
        problems.push({ seq: event.seq, problem: `prevHash does not match the hash of event ${previous.seq} (deleted, reordered or edited)` });
      }
    }
    previous = event;
  }
  if (options.head) {
    const last = events[events.length - 1];
    if (!last || last.seq !== options.head.seq || last.hash !== options.head.hash) {
      problems.push({
        seq: options.head.seq,
        problem: `the recorded head is event ${options.head.seq}, but the chain ends at ${last ? last.seq : 'nothing'} (events deleted at the end or head edited)`,
      });
    }
  }
  return problems;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Which errors mean "a store we depend on is down or overloaded for now" (so the request may
 * succeed if tried again), as opposed to a bug or bad data. The HTTP layer answers these with 503
 * and Retry-After; everything else stays a 500.
 */

/** The part of storage that failed: the index (PostgreSQL or SQLite) or the content store (bytes). */
export type StorePart = 'index' | 'content';

/** Seconds a client is told to wait (Retry-After) when a store is unavailable. */
export const STORE_RETRY_AFTER_SECONDS = 5;

/** PostgreSQL SQLSTATEs of a server shutting down, starting, overloaded or cancelling our statement. */
const PG_TRANSIENT_SQLSTATES: ReadonlySet<string> = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '57P05', // idle_session_timeout
  '53300', // too_many_connections
  '53000', // insufficient_resources
  '53100', // disk_full
  '53200', // out_of_memory
  '57014', // query_canceled (statement_timeout)
  '55P03', // lock_not_available (lock_timeout)
]);

/** SQLite result codes (better-sqlite3 `code`, extended codes share the prefix) of a locked, full or failing database file. */
const SQLITE_TRANSIENT_PREFIXES = ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_FULL', 'SQLITE_IOERR'];

/** Socket errors of a database connection that was refused, reset or timed out. */
const CONNECTION_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** node-postgres reports a lost or unobtainable connection with these messages and no code. */
const PG_CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /is not queryable$/,
  /^Query read timeout$/,
  /^Cannot use a pool after calling end on the pool$/,
];

/** File system errors of a content store that cannot be read or written right now. */
const CONTENT_CODES: ReadonlySet<string> = new Set(['EIO', 'ENOSPC', 'EDQUOT', 'EMFILE', 'ENFILE', 'EACCES', 'EPERM', 'EROFS', 'EBUSY', 'EAGAIN']);

/** A store named its own outage explicitly (e.g. a wrapper that knows which part it is). */
export class StoreUnavailableError extends Error {
  constructor(
    readonly part: StorePart,
    options?: { cause?: unknown },
  ) {
    super(`The ${part} store is unavailable`, options);
    this.name = 'StoreUnavailableError';
  }
}

/** The failed part when `error` (or an error it wraps) is a transient store fault; undefined otherwise. */
export function storeFaultOf(error: unknown): StorePart | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const part = ownFault(current);
    if (part) return part;
    const inner = current instanceof AggregateError ? current.errors[0] : current.cause;
    current = inner;
  }
  return undefined;
}

function ownFault(error: Error): StorePart | undefined {
  if (error instanceof StoreUnavailableError) return error.part;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (PG_TRANSIENT_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return 'index';
    if (SQLITE_TRANSIENT_PREFIXES.some((prefix) => code.startsWith(prefix))) return 'index';
    if (CONNECTION_CODES.has(code)) return 'index';
    if (CONTENT_CODES.has(code)) return 'content';
  }
  if (PG_CONNECTION_MESSAGES.some((pattern) => pattern.test(error.message))) return 'index';
  return undefined;
}

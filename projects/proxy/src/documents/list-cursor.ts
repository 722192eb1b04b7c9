import { createHash } from 'node:crypto';
import { ValidationError } from '../errors';
import type { DocumentQuery, DocumentSort, ListPosition, ShopperDocument } from './model';

/** The one order a cursor pages through: newest first, the default (an index walks it from any position). */
export const CURSOR_SORT: DocumentSort = 'byDateDesc';
const VERSION = 1;

/** The filters, order and page size a cursor belongs to: another query cannot continue it. */
function fingerprint(query: DocumentQuery): string {
  const parts = [
    [...query.types].sort(),
    query.orderCode ?? null,
    query.from?.getTime() ?? null,
    query.toExclusive?.getTime() ?? null,
    query.q ?? null,
    query.unread ?? null,
    query.pageSize,
    query.sort,
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 16);
}

/**
 * The opaque cursor of the page after `page` (answered for `query`), or undefined when there is none or
 * the list is in another order. Keyset paging: the next page starts after the page's last document,
 * so page 500 costs what page 1 does.
 */
export function nextListCursor(query: DocumentQuery, page: readonly ShopperDocument[], totalResults: number): string | undefined {
  const last = page[page.length - 1];
  if (query.sort !== CURSOR_SORT || last === undefined || page.length < query.pageSize) return undefined;
  if ((query.currentPage + 1) * query.pageSize >= totalResults) return undefined;
  const position = [VERSION, query.currentPage + 1, Date.parse(last.createdAt), last.number, last.id, fingerprint(query)];
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** `query` continued from `cursor`: its page number, and the position it starts after. */
export function continueFromCursor(query: DocumentQuery, cursor: string): DocumentQuery {
  const invalid = (why: string) => new ValidationError('cursor', `Query parameter 'cursor' ${why}`);
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid('is not a cursor this list answered');
  }
  if (!Array.isArray(parts) || parts.length !== 6 || parts[0] !== VERSION) throw invalid('is not a cursor this list answered');
  const [, currentPage, createdAt, number, id, print] = parts;
  const position: ListPosition = { createdAt, number, id };
  if (!Number.isSafeInteger(currentPage) || currentPage < 1 || !Number.isSafeInteger(createdAt) || typeof number !== 'string' || typeof id !== 'string') {
    throw invalid('is not a cursor this list answered');
  }
  if (query.sort !== CURSOR_SORT) throw invalid(`pages only sort '${CURSOR_SORT}'`);
  if (print !== fingerprint(query)) throw invalid('belongs to other filters, another sort or page size');
  return { ...query, currentPage, after: position };
}

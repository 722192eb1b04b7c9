import type { DocumentQuery } from '../documents/model';
import { billingConditions } from './billing-list-filters';
import { fts5Match, searchPrefixes, tsqueryPrefixes } from './search-terms';

/** How one SQL dialect spells the parts of the document list filters that differ between databases. */
export interface ListFilterDialect {
  /** The placeholder of the `n`th bound parameter, counting from 1. */
  placeholder(n: number): string;
  /** `column` equals one of `values` (never empty), each bound through `bind`. */
  oneOf(column: string, values: readonly string[], bind: (value: unknown) => string): string;
  /** Documents `d` whose search terms hold every one of the (owner-tagged) prefixes, through the text index. */
  textMatch(prefixes: readonly string[], bind: (value: unknown) => string): string;
}

export const SQLITE_LIST_FILTERS: ListFilterDialect = {
  placeholder: () => '?',
  oneOf: (column, values, bind) => `${column} IN (${values.map(bind).join(', ')})`,
  textMatch: (prefixes, bind) =>
    `d.id IN (SELECT document_id FROM document_search WHERE document_search MATCH ${bind(fts5Match(prefixes))})`,
};

export const POSTGRES_LIST_FILTERS: ListFilterDialect = {
  placeholder: (n) => `$${n}`,
  oneOf: (column, values, bind) => `${column} = ANY(${bind(values)}::text[])`,
  // The matches first, from the GIN index alone (an init plan), then those rows by primary key: left to
  // itself the planner may walk a large owner's date index testing every row's vector instead.
  textMatch: (prefixes, bind) =>
    `d.id = ANY(ARRAY(SELECT s.id FROM documents s WHERE s.search_vector @@ ${bind(tsqueryPrefixes(prefixes))}::tsquery))`,
};

/** True when only the type and unread filters are set: the per-owner counters answer the totals and facets. */
export function countersAnswer(query: DocumentQuery): boolean {
  return (
    query.orderCode === undefined &&
    query.from === undefined &&
    query.toExclusive === undefined &&
    (query.q ?? '') === '' &&
    query.billing === undefined
  );
}

/** Parameters bound in the order their placeholders appear in the statement text. */
export class BoundParameters {
  readonly values: unknown[];

  constructor(private readonly dialect: ListFilterDialect, initial: readonly unknown[] = []) {
    this.values = [...initial];
  }

  readonly bind = (value: unknown): string => {
    this.values.push(value);
    return this.dialect.placeholder(this.values.length);
  };
}

export interface ListFilterOptions {
  ignoreTypes?: boolean;
  ignoreUnread?: boolean;
  /** counting the whole result: the cursor's position only chooses the page */
  ignorePosition?: boolean;
}

/**
 * The WHERE conditions (documents aliased `d`) selecting the owner's documents that
 * match the query's filters; values are bound through `params`, never spliced into the text.
 */
export function documentListConditions(
  ownerUid: string,
  query: DocumentQuery,
  params: BoundParameters,
  dialect: ListFilterDialect,
  options: ListFilterOptions = {},
): string {
  const bind = params.bind;
  const clauses = [`d.owner_uid = ${bind(ownerUid)}`];
  if (!options.ignoreTypes && query.types.length > 0) clauses.push(dialect.oneOf('d.type', query.types, bind));
  if (query.orderCode !== undefined) clauses.push(`d.order_code = ${bind(query.orderCode)}`);
  if (query.from !== undefined) clauses.push(`d.created_at >= ${bind(query.from.getTime())}`);
  if (query.toExclusive !== undefined) clauses.push(`d.created_at < ${bind(query.toExclusive.getTime())}`);
  if (query.q !== undefined && query.q !== '') {
    // Each word of the search is a prefix of a word of the number or title (search-text.ts); no words, no match.
    const prefixes = searchPrefixes(ownerUid, query.q);
    clauses.push(prefixes.length === 0 ? '1 = 0' : dialect.textMatch(prefixes, bind));
  }
  if (!options.ignoreUnread && query.unread !== undefined) clauses.push(`d.owner_read = ${query.unread ? 0 : 1}`);
  if (query.billing !== undefined) clauses.push(...billingConditions(query.billing, bind));
  if (!options.ignorePosition && query.after !== undefined) clauses.push(afterPosition(query, bind));
  return clauses.join(' AND ');
}

/** Newest first, after the cursor's document: the date bound alone lets the index start there. */
function afterPosition({ after, sort }: DocumentQuery, bind: (value: unknown) => string): string {
  if (after === undefined || sort !== 'byDateDesc') throw new Error(`keyset paging needs sort byDateDesc, not ${sort}`);
  // each placeholder binds its own value: SQLite's `?` are positional
  const createdAt = () => bind(after.createdAt);
  const number = () => bind(after.number);
  return `d.created_at <= ${createdAt()} AND (d.created_at < ${createdAt()} OR d.number < ${number()} OR (d.number = ${number()} AND d.id > ${bind(after.id)}))`;
}

/** Rows to skip before the page: none after a cursor's position. */
export function pageOffset(query: DocumentQuery): number {
  return query.after === undefined ? query.currentPage * query.pageSize : 0;
}

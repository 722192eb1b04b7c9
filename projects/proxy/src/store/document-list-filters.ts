import type { DocumentQuery } from '../documents/model';

/** How one SQL dialect spells the parts of the document list filters that differ between databases. */
export interface ListFilterDialect {
  /** The placeholder of the `n`th bound parameter, counting from 1. */
  placeholder(n: number): string;
  /** `column` equals one of `values` (never empty), each bound through `bind`. */
  oneOf(column: string, values: readonly string[], bind: (value: unknown) => string): string;
  /** The function answering the 1-based position of a needle in a text, 0 when it is absent. */
  positionFunction: string;
}

export const SQLITE_LIST_FILTERS: ListFilterDialect = {
  placeholder: () => '?',
  oneOf: (column, values, bind) => `${column} IN (${values.map(bind).join(', ')})`,
  positionFunction: 'instr',
};

export const POSTGRES_LIST_FILTERS: ListFilterDialect = {
  placeholder: (n) => `$${n}`,
  oneOf: (column, values, bind) => `${column} = ANY(${bind(values)}::text[])`,
  positionFunction: 'strpos',
};

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
}

/**
 * The WHERE conditions (documents aliased `d`, read state `r`) selecting the owner's documents that
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
    const needle = query.q.toLowerCase();
    const position = dialect.positionFunction;
    clauses.push(`(${position}(d.number_lc, ${bind(needle)}) > 0 OR ${position}(d.title_lc, ${bind(needle)}) > 0)`);
  }
  if (!options.ignoreUnread && query.unread !== undefined) {
    clauses.push(query.unread ? 'r.document_id IS NULL' : 'r.document_id IS NOT NULL');
  }
  return clauses.join(' AND ');
}

import {
  ALL_DOCUMENT_TYPES,
  DocumentSearchParams,
  ExstreamDocumentsOptions,
} from '@exstream-spartacus/documents/root';

/**
 * Fills in page size and sort from the configuration and limits the
 * types to the configured ones.
 */
export function withSearchDefaults(
  params: DocumentSearchParams,
  options: ExstreamDocumentsOptions
): DocumentSearchParams {
  const allowed = options.documentTypes ?? [];
  // a configured subset of the known types limits the list
  const restricted =
    allowed.length > 0 &&
    ALL_DOCUMENT_TYPES.some((type) => !allowed.includes(type));
  let types = (params.types ?? []).filter(
    (type) => !allowed.length || allowed.includes(type)
  );
  if (!types.length && restricted) {
    types = [...allowed];
  }
  return {
    ...params,
    types,
    currentPage: params.currentPage ?? 0,
    pageSize: params.pageSize ?? options.pageSize ?? 10,
    sort: params.sort ?? options.defaultSort,
  };
}

/** Whether two searches ask for the same criteria, whatever their key order. */
export function sameSearchParams<P extends object = DocumentSearchParams>(a: P, b: P): boolean {
  return stableKey(a) === stableKey(b);
}

/** JSON of the defined criteria with sorted keys, so key order does not matter. */
function stableKey(params: object): string {
  const record = params as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return JSON.stringify(keys.map((key) => [key, record[key]]));
}

import {
  ALL_DOCUMENT_TYPES,
  DocumentList,
  DocumentType,
  OrderDocumentsSummary,
} from '@exstream-spartacus/documents/root';

/**
 * Condenses an order's document list into counts per type and its newest
 * invoice. Counts come from the list's type facets when present (they cover
 * every page), otherwise from the documents themselves.
 */
export function summarizeOrderDocuments(
  orderCode: string,
  list: DocumentList
): OrderDocumentsSummary {
  const counts = new Map<string, number>();
  if (list.facets.types.length) {
    list.facets.types.forEach((facet) => counts.set(facet.code, facet.count));
  } else {
    list.documents.forEach((document) =>
      counts.set(document.type, (counts.get(document.type) ?? 0) + 1)
    );
  }
  const known = ALL_DOCUMENT_TYPES as string[];
  const types = Array.from(counts.entries())
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => rank(known, a) - rank(known, b))
    .map(([code, count]) => ({ code, count }));
  const invoice = list.documents
    .filter((document) => document.type === DocumentType.INVOICE)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return {
    orderCode,
    types,
    total: types.reduce((sum, type) => sum + type.count, 0),
    ...(invoice ? { invoice } : {}),
  };
}

function rank(known: string[], type: string): number {
  const index = known.indexOf(type);
  return index < 0 ? known.length : index;
}

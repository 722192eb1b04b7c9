import { DocumentList, DocumentTypeFacet } from '@exstream-spartacus/documents/root';
import { DocumentTypeOption } from './document-filters.component';

/**
 * Types a list may show: the slot's types (limited to the configured ones)
 * or else the configured ones; empty means all.
 */
export function allowedDocumentTypes(
  configured: string[],
  slot: string[]
): string[] {
  if (!slot.length) {
    return configured;
  }
  return configured.length ? slot.filter((type) => configured.includes(type)) : slot;
}

/** Filter options: allowed types that have documents, or are selected. */
export function documentTypeOptions(
  list: DocumentList,
  allowed: string[],
  selected: string[]
): DocumentTypeOption[] {
  const counts = new Map<string, number>(
    (list.facets?.types ?? []).map((facet: DocumentTypeFacet) => [facet.code, facet.count])
  );
  const order = allowed.length ? allowed : Array.from(counts.keys());
  return order
    .map((code) => ({
      code,
      count: counts.get(code) ?? 0,
      selected: selected.includes(code),
    }))
    .filter((option) => option.count > 0 || option.selected);
}

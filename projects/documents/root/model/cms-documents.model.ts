import { CmsComponent } from '@spartacus/core';

/**
 * Per-slot settings a document list reads from its CMS component data, so
 * merchandisers can place differently filtered lists. Commerce sends
 * attribute values as strings, so each setting accepts its string form too.
 * A plain `CMSFlexComponent` has none of them: configuration defaults apply.
 */
export interface CmsExstreamDocumentsComponent extends CmsComponent {
  /**
   * Types this list shows, e.g. `"INVOICE,CREDIT_NOTE"` (comma or space
   * separated) or an array. Narrows `exstreamDocuments.documentTypes`.
   */
  documentTypes?: string | string[];
  /** documents per page (1–100), e.g. `"5"` */
  pageSize?: string | number;
  /** heading shown instead of the translated default */
  title?: string;
}

/** Settings of one list slot, parsed from its CMS data. */
export interface DocumentListSlotSettings {
  documentTypes?: string[];
  pageSize?: number;
  title?: string;
}

/** Parses and validates the per-slot settings; invalid values are ignored. */
export function documentListSlotSettings(
  data: Partial<CmsExstreamDocumentsComponent> | undefined | null
): DocumentListSlotSettings {
  const settings: DocumentListSlotSettings = {};
  if (!data) {
    return settings;
  }
  const types = (
    Array.isArray(data.documentTypes)
      ? data.documentTypes
      : String(data.documentTypes ?? '').split(/[\s,;]+/)
  )
    .map((type) => String(type).trim().toUpperCase())
    .filter((type) => type.length > 0);
  if (types.length) {
    settings.documentTypes = Array.from(new Set(types));
  }
  const pageSize = Number(data.pageSize);
  if (Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 100) {
    settings.pageSize = pageSize;
  }
  const title = typeof data.title === 'string' ? data.title.trim() : '';
  if (title) {
    settings.title = title;
  }
  return settings;
}

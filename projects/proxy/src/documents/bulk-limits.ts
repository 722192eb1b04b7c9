/** Limits of the bulk endpoints (ZIP of many documents, CSV export); the defaults live here only. */
export interface BulkLimits {
  /** most documents one archive may hold (ARCHIVE_MAX_DOCUMENTS) */
  readonly archiveMaxDocuments: number;
  /** most bytes (sum of the documents' sizes) one archive may hold (ARCHIVE_MAX_BYTES) */
  readonly archiveMaxBytes: number;
  /** most rows one CSV export holds; further matches are left out (EXPORT_MAX_ROWS) */
  readonly exportMaxRows: number;
}

export const DEFAULT_BULK_LIMITS: BulkLimits = {
  archiveMaxDocuments: 2_000,
  archiveMaxBytes: 2 * 1024 ** 3,
  exportMaxRows: 100_000,
};

/** Most ids one archive request may name (a schema limit, not configurable). */
export const ARCHIVE_MAX_IDS = 500;

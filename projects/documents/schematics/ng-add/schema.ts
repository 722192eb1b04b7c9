/** Options of `ng add @exstream-spartacus/documents` (see schema.json). */
export interface ExstreamDocumentsNgAddOptions {
  project?: string;
  /** empty: the OCC base URL of the app */
  proxyBaseUrl?: string;
  lazy?: boolean;
  debug?: boolean;
}

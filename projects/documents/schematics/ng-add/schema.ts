/** Options of `ng add @exstream-spartacus/documents` (see schema.json). */
export interface ExstreamDocumentsNgAddOptions {
  project?: string;
  /** empty: the OCC base URL of the app */
  proxyBaseUrl?: string;
  lazy?: boolean;
  /** show the documents column in Spartacus' order history (default true) */
  orderHistory?: boolean;
  debug?: boolean;
}

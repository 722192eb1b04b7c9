/** How a document is sent to its customer again. */
export type DocumentResendChannel = 'EMAIL' | 'POST';

/** The proxy's answer once Exstream has taken the request to send a document again. */
export interface DocumentResendReceipt {
  documentId: string;
  channel: DocumentResendChannel;
  /** ISO 8601 */
  requestedAt: string;
}

/** The OCC error body: `{errors:[{type, message, subject?, reason?}]}`. */
export interface OccError {
  type: string;
  message: string;
  subject?: string;
  reason?: string;
  /** ArchiveTooLargeError: documents selected, the document limit, their bytes and the byte limit */
  count?: number;
  limit?: number;
  totalBytes?: number;
  byteLimit?: number;
}

export interface OccErrorBody {
  errors: OccError[];
}

export function occError(type: string, message: string, extra: Pick<OccError, 'subject' | 'reason'> = {}): OccErrorBody {
  const error: OccError = { type, message };
  if (extra.subject !== undefined) error.subject = extra.subject;
  if (extra.reason !== undefined) error.reason = extra.reason;
  return { errors: [error] };
}

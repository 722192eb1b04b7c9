/** The OCC error body: `{errors:[{type, message, subject?, reason?}]}`. */
export interface OccError {
  type: string;
  message: string;
  subject?: string;
  reason?: string;
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

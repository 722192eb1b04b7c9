/**
 * The delivery communication that sends an archived document to its customer again
 * (`communicationId: DocumentResend`): its driver data names the document, the customer and the
 * channel; Exstream answers a delivery receipt instead of a rendered document.
 */
export const RESEND_COMMUNICATION = 'DocumentResend';

export interface RecordedResend {
  documentId: string;
  documentNumber: string;
  customerUid: string;
  channel: string;
  requestedBy: string;
  receivedAt: string;
}

const CHANNELS = ['EMAIL', 'POST'];
const REQUESTERS = ['CUSTOMER', 'AGENT'];

/** Reads the resend driver data, or says what is wrong with it (the emulator answers 400 then). */
export function readResend(body: unknown): RecordedResend | string {
  const o = body as {
    resend?: { channel?: unknown; requestedBy?: unknown };
    document?: { id?: unknown; number?: unknown };
    customer?: { uid?: unknown };
  };
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  const documentId = text(o?.document?.id);
  const documentNumber = text(o?.document?.number);
  const customerUid = text(o?.customer?.uid);
  const channel = text(o?.resend?.channel);
  const requestedBy = text(o?.resend?.requestedBy);
  if (!documentId || !documentNumber) return 'Driver data rejected: document.id and document.number are required';
  if (!customerUid) return 'Driver data rejected: customer.uid is required';
  if (!channel || !CHANNELS.includes(channel)) return `Driver data rejected: resend.channel must be one of ${CHANNELS.join(', ')}`;
  if (!requestedBy || !REQUESTERS.includes(requestedBy)) return `Driver data rejected: resend.requestedBy must be one of ${REQUESTERS.join(', ')}`;
  return { documentId, documentNumber, customerUid, channel, requestedBy, receivedAt: new Date().toISOString() };
}

import { UpstreamUnavailableError } from '../../errors';
import type { CommunicationRunner } from '../../exstream/orchestration-client';
import type { CommunicationRoute } from '../../exstream/exstream-config';
import type { DocumentService } from '../document-service';
import type { Shopper, ShopperDocument } from '../model';
import type { AuditStore } from '../storage/audit-store';
import { actorOf, ownerKey } from '../owner';

export const RESEND_CHANNELS = ['EMAIL', 'POST'] as const;
export type ResendChannel = (typeof RESEND_CHANNELS)[number];

export interface ResendReceipt {
  documentId: string;
  channel: ResendChannel;
  requestedAt: string;
}

export interface ResendDeps {
  documents: DocumentService;
  audit: Pick<AuditStore, 'appendAudit'>;
  /** absent when Exstream is not configured: every request answers 503 */
  exstream?: { runner: CommunicationRunner; communication: CommunicationRoute };
  now?: () => Date;
}

/**
 * Asks Exstream to send a stored document to its customer again, through a delivery
 * communication whose driver data names the document, the customer and the channel. Exstream
 * delivers from its own output (the document's SHA-256 lets it check it has the same bytes).
 * Only the customer's own documents can be sent, to that customer; an agent acting for them is
 * named as the requester and in the audit trail.
 */
export class ResendService {
  constructor(private readonly deps: ResendDeps) {}

  async resend(shopper: Shopper, documentId: string, channel: ResendChannel, requestId?: string): Promise<ResendReceipt> {
    const document = await this.deps.documents.locate(shopper, documentId);
    const exstream = this.deps.exstream;
    if (!exstream) throw new UpstreamUnavailableError('Sending documents again is not configured (EXSTREAM_BASE_URL is not set)', { retryAfterSeconds: 3600 });
    const requestedAt = (this.deps.now ?? (() => new Date()))().toISOString();
    await exstream.runner.run({
      communicationId: exstream.communication.communicationId,
      driverDataSource: exstream.communication.driverDataSource,
      driverData: resendDriverData(shopper, document, channel, requestedAt),
    });
    await this.deps.audit.appendAudit({
      action: 'RESEND',
      actor: actorOf(shopper),
      ownerUid: ownerKey(shopper.uid),
      documentId: document.id,
      documentSha256: document.sha256,
      communicationId: exstream.communication.communicationId,
      requestId,
    });
    return { documentId: document.id, channel, requestedAt };
  }
}

/** The driver data of the delivery communication (docs/exstream.md). */
export function resendDriverData(shopper: Shopper, document: ShopperDocument, channel: ResendChannel, requestedAt: string) {
  return {
    resend: { channel, requestedAt, requestedBy: shopper.assistedBy ? 'AGENT' : 'CUSTOMER' },
    document: {
      id: document.id,
      type: document.type,
      number: document.number,
      title: document.title,
      fileName: document.fileName,
      createdAt: document.createdAt,
      language: document.language,
      sha256: document.sha256,
      mimeType: document.mimeType,
    },
    customer: { uid: ownerKey(shopper.uid), name: shopper.name ?? null },
  };
}

import { recordPaymentEvent, type ReportedPaymentEvent } from '../documents/billing/record-payment-event';
import type { PaymentEventOutcome } from '../documents/storage/payment-event-store';
import { exportAuditPage, type AuditExportPage } from '../documents/audit/audit-export';
import { recordDeliveryEvent, type ReportedDeliveryEvent } from '../documents/delivery/record-delivery-event';
import { ingestDocument, readIngestMetadata, type IngestDocumentResult } from '../documents/ingest/ingest-document';
import type { EntryRules } from '../documents/ingest/manifest-entry';
import type { AuditQuery } from '../documents/storage/audit-store';
import type { ContentStore } from '../documents/storage/content-store';
import type { DeliveryEventOutcome } from '../documents/storage/delivery-event-store';
import type { ProxyStore } from '../documents/storage/proxy-store';

/** Who is calling: the authenticated integration client and the request, for the audit trail. */
export interface IntegrationCaller {
  clientId: string;
  requestId?: string;
}

/** What the /integration/v1 endpoints do, over the stores the composition root hands in. */
export class IntegrationService {
  constructor(
    private readonly stores: { store: ProxyStore; content: ContentStore },
    /** ingest rules that depend on configuration (allowed action URL hosts) */
    private readonly rules?: EntryRules,
  ) {}

  /** Validates the upload's metadata (already parsed JSON) and stores the document at `file`. */
  ingest(file: { path: string; name?: string }, metadata: unknown, caller: IntegrationCaller): Promise<IngestDocumentResult> {
    const entry = readIngestMetadata(metadata, file.name, this.rules);
    return ingestDocument(this.stores, file.path, entry, `client:${caller.clientId}`, caller.requestId);
  }

  recordDeliveryEvent(event: ReportedDeliveryEvent, caller: IntegrationCaller): Promise<DeliveryEventOutcome> {
    return recordDeliveryEvent(this.stores.store.deliveryEvents, event, caller);
  }

  recordPaymentEvent(event: ReportedPaymentEvent, caller: IntegrationCaller): Promise<PaymentEventOutcome> {
    return recordPaymentEvent(this.stores.store.paymentEvents, event, caller);
  }

  exportAudit(query: AuditQuery): Promise<AuditExportPage> {
    return exportAuditPage(this.stores.store, query);
  }
}

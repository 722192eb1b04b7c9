import type { PreferenceStore } from '../../preferences/preference-store';
import type { AuditStore } from './audit-store';
import type { DeliveryEventStore } from './delivery-event-store';
import type { DocumentStore } from './document-store';
import type { GenerationClaimStore } from './generation-claims';
import type { PaymentEventStore } from './payment-event-store';

/** Everything the proxy keeps in its database (SQLite or PostgreSQL). */
export interface ProxyStore extends DocumentStore, AuditStore, GenerationClaimStore {
  readonly preferences: PreferenceStore;
  readonly deliveryEvents: DeliveryEventStore;
  readonly paymentEvents: PaymentEventStore;
}

import {
  DocumentsError,
  ExstreamDocument,
  GeneratableDocument,
} from '@exstream-spartacus/documents/root';
import { Observable, Subscription } from 'rxjs';
import { requestKey } from './order-document-groups';

/** State of a "Request document" action. */
export interface DocumentRequestState {
  pending: boolean;
  /** set when the last request failed */
  error?: DocumentsError;
}

/** What happens when a request ends. */
export interface DocumentRequestOutcome {
  done(document: ExstreamDocument): void;
  /** after the error is kept for `state()` */
  failed(): void;
}

/**
 * The "Request document" actions of one component, by generatable item: at
 * most one request per item at a time; a failed request keeps its error
 * until the next attempt.
 */
export class DocumentRequests {
  protected readonly states = new Map<string, DocumentRequestState>();
  protected readonly subscriptions = new Subscription();

  state(item: GeneratableDocument): DocumentRequestState | undefined {
    return this.states.get(requestKey(item));
  }

  isPending(item: GeneratableDocument): boolean {
    return !!this.state(item)?.pending;
  }

  start(
    item: GeneratableDocument,
    request: () => Observable<ExstreamDocument>,
    outcome: DocumentRequestOutcome
  ): void {
    const key = requestKey(item);
    this.states.set(key, { pending: true });
    this.subscriptions.add(
      request().subscribe({
        next: (document) => {
          this.states.delete(key);
          outcome.done(document);
        },
        error: (error: DocumentsError) => {
          this.states.set(key, { pending: false, error });
          outcome.failed();
        },
      })
    );
  }

  destroy(): void {
    this.subscriptions.unsubscribe();
  }
}

/** Translation key of the message for a failed request. */
export function requestErrorKey(error: DocumentsError): string {
  if (error.status === 503) {
    return error.retryAfterSeconds
      ? 'exstreamOrderDocuments.unavailableRetry'
      : 'exstreamOrderDocuments.unavailable';
  }
  return 'exstreamOrderDocuments.requestFailed';
}

import { ChangeDetectionStrategy, Component, Input } from '@angular/core';
import {
  DocumentResendFacade,
  DocumentsError,
  ExstreamDocument,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import { concat, Observable, of, Subject } from 'rxjs';
import { catchError, exhaustMap, map } from 'rxjs/operators';

export type ResendState =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'sent' }
  | { status: 'failed'; reason: 'unavailable' | 'retryLater' | 'failed'; seconds?: number };

/**
 * "Send again by e-mail": asks Exstream, through the proxy, to send the
 * document to its customer again, and says how that went. Clicks while a
 * request is under way are ignored (the button stays focusable, only
 * `aria-disabled`, so the focus does not jump out of the dialog).
 */
@Component({
  selector: 'cx-exd-document-resend',
  templateUrl: './document-resend.component.html',
  styleUrls: ['./document-resend.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentResendComponent {
  @Input() document!: ExstreamDocument;

  readonly offered = this.config.exstreamDocuments?.viewer?.resend !== false;

  protected readonly clicks = new Subject<void>();

  readonly state$: Observable<ResendState> = concat(
    of<ResendState>({ status: 'idle' }),
    this.clicks.pipe(
      exhaustMap(() =>
        concat(
          of<ResendState>({ status: 'sending' }),
          this.facade.resend(this.document.id).pipe(
            map((): ResendState => ({ status: 'sent' })),
            catchError((error: DocumentsError) => of(failureOf(error)))
          )
        )
      )
    )
  );

  constructor(
    protected facade: DocumentResendFacade,
    protected config: ExstreamDocumentsConfig
  ) {}

  send(): void {
    this.clicks.next();
  }
}

function failureOf(error: DocumentsError): ResendState {
  if (error?.status === 404 && error.type !== 'UnknownIdentifierError') {
    return { status: 'failed', reason: 'unavailable' };
  }
  if (error?.retryAfterSeconds !== undefined) {
    return { status: 'failed', reason: 'retryLater', seconds: error.retryAfterSeconds };
  }
  return { status: 'failed', reason: 'failed' };
}

import {
  ChangeDetectionStrategy,
  Component,
  EventEmitter,
  Input,
  Output,
} from '@angular/core';

/**
 * What a page shows when its data could not be loaded: the message, when the
 * proxy said so (`Retry-After` of a 503) how long to wait, and "Try again".
 * One place for every list and page of the library.
 */
@Component({
  selector: 'cx-exd-load-error',
  templateUrl: './load-error.component.html',
  styleUrls: ['./load-error.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExstreamLoadErrorComponent {
  /** translation key of what could not be loaded */
  @Input() message!: string;
  /** the failure; only its retry time is shown */
  @Input() error?: { retryAfterSeconds?: number } | null;
  /** true while the next attempt is under way */
  @Input() retrying = false;
  @Output() readonly retry = new EventEmitter<void>();
}

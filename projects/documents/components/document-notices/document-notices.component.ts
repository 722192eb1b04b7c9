import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DocumentsFacade } from '@exstream-spartacus/documents/root';
import { AuthService } from '@spartacus/core';
import { Observable, of } from 'rxjs';
import { map, switchMap } from 'rxjs/operators';

export interface DocumentNoticesView {
  count: number;
}

/**
 * The number of the shopper's unread documents as a badge that links to
 * "My Documents" filtered to unread. Renders nothing for anonymous visitors,
 * so it can sit in a header slot that every page shares. The count follows
 * `DocumentsFacade.getUnreadCount()` (refreshed after reading a document, on
 * navigation and on window focus).
 */
@Component({
  selector: 'cx-exd-document-notices',
  templateUrl: './document-notices.component.html',
  styleUrls: ['./document-notices.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExstreamDocumentNoticesComponent {
  readonly view$: Observable<DocumentNoticesView | undefined> = this.authService
    .isUserLoggedIn()
    .pipe(
      switchMap((loggedIn) =>
        loggedIn
          ? this.documentsFacade
              .getUnreadCount()
              .pipe(map((count) => ({ count: Math.max(0, count || 0) })))
          : of(undefined)
      )
    );

  constructor(
    protected authService: AuthService,
    protected documentsFacade: DocumentsFacade
  ) {}

  /** Translation key of the visible text, which is also the accessible name. */
  textKey(count: number): string {
    if (count === 0) {
      return 'exstreamDocumentNotices.none';
    }
    return count === 1
      ? 'exstreamDocumentNotices.one'
      : 'exstreamDocumentNotices.many';
  }
}

import { NavigationEnd, Router } from '@angular/router';
import { ExstreamDocumentsConfig } from '@exstream-spartacus/documents/root';
import { WindowRef } from '@spartacus/core';
import { fromEvent, merge, Observable } from 'rxjs';
import { filter } from 'rxjs/operators';

/**
 * When the unread count is fetched again: on manual refreshes, each
 * navigation and (in the browser, unless configured off) each window focus.
 */
export function unreadCountTriggers(
  refresh$: Observable<void>,
  config: ExstreamDocumentsConfig,
  router?: Router,
  winRef?: WindowRef
): Observable<unknown> {
  const triggers: Observable<unknown>[] = [refresh$];
  if (router) {
    triggers.push(router.events.pipe(filter((event) => event instanceof NavigationEnd)));
  }
  const window = winRef?.isBrowser() ? winRef.nativeWindow : undefined;
  if (window && config.exstreamDocuments?.notices?.refreshOnFocus !== false) {
    triggers.push(fromEvent(window, 'focus'));
  }
  return merge(...triggers);
}

import { NavigationEnd, Router } from '@angular/router';
import { DocumentList, ExstreamDocumentsConfig } from '@exstream-spartacus/documents/root';
import { OCC_USER_ID_ANONYMOUS, WindowRef } from '@spartacus/core';
import { EMPTY, fromEvent, merge, Observable, of } from 'rxjs';
import {
  catchError,
  distinctUntilChanged,
  filter,
  map,
  shareReplay,
  startWith,
  switchMap,
} from 'rxjs/operators';

/**
 * The number of unread documents of the current user (0 for an anonymous
 * one): fetched at once and again on each trigger; a failed fetch keeps
 * the last known count.
 */
export function unreadCount(
  userId$: Observable<string>,
  triggers: () => Observable<unknown>,
  loadList: (userId: string) => Observable<DocumentList>
): Observable<number> {
  return userId$.pipe(
    distinctUntilChanged(),
    switchMap((userId) =>
      userId === OCC_USER_ID_ANONYMOUS
        ? of(0)
        : triggers().pipe(
            startWith(undefined),
            switchMap(() =>
              loadList(userId).pipe(
                map((list) => list.facets?.unread ?? 0),
                catchError(() => EMPTY)
              )
            )
          )
    ),
    distinctUntilChanged(),
    shareReplay({ bufferSize: 1, refCount: true })
  );
}

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

import { OCC_USER_ID_ANONYMOUS, UserIdService } from '@spartacus/core';
import { BehaviorSubject, Observable, of, throwError } from 'rxjs';

/** A shopper who is logged in as `current` until a spec sets `userId$`. */
export class MockUserIdService implements Partial<UserIdService> {
  userId$ = new BehaviorSubject<string>('current');

  getUserId(): Observable<string> {
    return this.userId$;
  }

  takeUserId(loggedIn = false): Observable<string> {
    const userId = this.userId$.value;
    return loggedIn && userId === OCC_USER_ID_ANONYMOUS
      ? throwError(new Error('not logged in'))
      : of(userId);
  }
}

import { Injectable } from '@angular/core';
import {
  CommunicationPreferenceHistory,
  CommunicationPreferences,
  CommunicationPreferencesFacade,
  CommunicationPreferenceUpdate,
} from '@exstream-spartacus/documents/root';
import { UserIdService } from '@spartacus/core';
import { Observable, throwError } from 'rxjs';
import { catchError, switchMap } from 'rxjs/operators';
import { CommunicationPreferencesConnector } from '../connectors/communication-preferences.connector';
import { toCommunicationPreferencesError } from './communication-preferences-error';

/** Default page size of the change history. */
export const PREFERENCE_HISTORY_PAGE_SIZE = 20;

@Injectable()
export class CommunicationPreferencesService
  implements CommunicationPreferencesFacade
{
  constructor(
    protected userIdService: UserIdService,
    protected connector: CommunicationPreferencesConnector
  ) {}

  getPreferences(): Observable<CommunicationPreferences> {
    return this.withUser((userId) => this.connector.get(userId));
  }

  updatePreferences(
    preferences: CommunicationPreferenceUpdate[]
  ): Observable<CommunicationPreferences> {
    return this.withUser((userId) => this.connector.update(userId, preferences));
  }

  getHistory(
    currentPage = 0,
    pageSize = PREFERENCE_HISTORY_PAGE_SIZE
  ): Observable<CommunicationPreferenceHistory> {
    return this.withUser((userId) =>
      this.connector.getHistory(userId, currentPage, pageSize)
    );
  }

  protected withUser<T>(request: (userId: string) => Observable<T>): Observable<T> {
    return this.userIdService.takeUserId(true).pipe(
      switchMap(request),
      catchError((error: unknown) =>
        throwError(toCommunicationPreferencesError(error))
      )
    );
  }
}

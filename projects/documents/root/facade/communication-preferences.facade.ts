import { Injectable } from '@angular/core';
import { facadeFactory } from '@spartacus/core';
import { Observable } from 'rxjs';
import { EXSTREAM_DOCUMENTS_CORE_FEATURE } from '../feature-name';
import {
  CommunicationPreferenceHistory,
  CommunicationPreferences,
  CommunicationPreferenceUpdate,
} from '../model/communication-preferences.model';

export function communicationPreferencesFacadeFactory(): CommunicationPreferencesFacade {
  return facadeFactory({
    facade: CommunicationPreferencesFacade,
    feature: EXSTREAM_DOCUMENTS_CORE_FEATURE,
    methods: ['getPreferences', 'updatePreferences', 'getHistory'],
    async: true,
  });
}

/**
 * The shopper's communication preferences per document category (channel,
 * paperless consent, format, language) and their change history.
 *
 * Failures are `CommunicationPreferencesError`s; a rejected update lists
 * the fields the server refused in `fieldErrors`.
 */
@Injectable({
  providedIn: 'root',
  useFactory: communicationPreferencesFacadeFactory,
})
export abstract class CommunicationPreferencesFacade {
  /** The current preferences and the options to choose from; emits once. */
  abstract getPreferences(): Observable<CommunicationPreferences>;

  /**
   * Saves the given categories (others keep their values); emits the
   * preferences as stored, once.
   */
  abstract updatePreferences(
    preferences: CommunicationPreferenceUpdate[]
  ): Observable<CommunicationPreferences>;

  /** One page of the change history, newest first; emits once. */
  abstract getHistory(
    currentPage?: number,
    pageSize?: number
  ): Observable<CommunicationPreferenceHistory>;
}

import {
  CommunicationPreferenceHistory,
  CommunicationPreferences,
  CommunicationPreferenceUpdate,
} from '@exstream-spartacus/documents/root';
import { Observable } from 'rxjs';

/** Talks to the backend that keeps the shopper's communication preferences. */
export abstract class CommunicationPreferencesAdapter {
  abstract load(userId: string): Observable<CommunicationPreferences>;

  abstract update(
    userId: string,
    preferences: CommunicationPreferenceUpdate[]
  ): Observable<CommunicationPreferences>;

  abstract loadHistory(
    userId: string,
    currentPage: number,
    pageSize: number
  ): Observable<CommunicationPreferenceHistory>;
}

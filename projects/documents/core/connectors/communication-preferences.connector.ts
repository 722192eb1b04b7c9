import { Injectable } from '@angular/core';
import {
  CommunicationPreferenceHistory,
  CommunicationPreferences,
  CommunicationPreferenceUpdate,
} from '@exstream-spartacus/documents/root';
import { Observable } from 'rxjs';
import { CommunicationPreferencesAdapter } from './communication-preferences.adapter';

@Injectable()
export class CommunicationPreferencesConnector {
  constructor(protected adapter: CommunicationPreferencesAdapter) {}

  get(userId: string): Observable<CommunicationPreferences> {
    return this.adapter.load(userId);
  }

  update(
    userId: string,
    preferences: CommunicationPreferenceUpdate[]
  ): Observable<CommunicationPreferences> {
    return this.adapter.update(userId, preferences);
  }

  getHistory(
    userId: string,
    currentPage: number,
    pageSize: number
  ): Observable<CommunicationPreferenceHistory> {
    return this.adapter.loadHistory(userId, currentPage, pageSize);
  }
}

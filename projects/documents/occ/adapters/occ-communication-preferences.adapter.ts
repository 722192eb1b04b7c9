import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { CommunicationPreferencesAdapter } from '@exstream-spartacus/documents/core';
import {
  CommunicationPreferenceHistory,
  CommunicationPreferences,
  CommunicationPreferenceUpdate,
} from '@exstream-spartacus/documents/root';
import { Observable } from 'rxjs';
import { map } from 'rxjs/operators';
import { DocumentsUrlBuilder } from './documents-url';

/** The proxy's `users/{userId}/communicationPreferences` endpoints. */
@Injectable()
export class OccCommunicationPreferencesAdapter
  implements CommunicationPreferencesAdapter
{
  constructor(
    protected http: HttpClient,
    protected urlBuilder: DocumentsUrlBuilder
  ) {}

  load(userId: string): Observable<CommunicationPreferences> {
    const url = this.urlBuilder.buildUrl('communicationPreferences', {
      urlParams: { userId },
    });
    return this.http
      .get<CommunicationPreferences>(url)
      .pipe(map(normalizePreferences));
  }

  update(
    userId: string,
    preferences: CommunicationPreferenceUpdate[]
  ): Observable<CommunicationPreferences> {
    const url = this.urlBuilder.buildUrl('communicationPreferences', {
      urlParams: { userId },
    });
    // only the fields the shopper can change (documentTypes is read only)
    const body = {
      preferences: preferences.map(
        ({ category, channel, paperless, format, language }) => ({
          category,
          channel,
          paperless,
          format,
          language,
        })
      ),
    };
    return this.http
      .put<CommunicationPreferences>(url, body)
      .pipe(map(normalizePreferences));
  }

  loadHistory(
    userId: string,
    currentPage: number,
    pageSize: number
  ): Observable<CommunicationPreferenceHistory> {
    const url = this.urlBuilder.buildUrl('communicationPreferencesHistory', {
      urlParams: { userId },
      queryParams: { currentPage, pageSize },
    });
    return this.http.get<CommunicationPreferenceHistory>(url).pipe(
      map((history) => ({
        changes: Array.isArray(history?.changes) ? history.changes : [],
        pagination: {
          currentPage: history?.pagination?.currentPage ?? currentPage,
          pageSize: history?.pagination?.pageSize ?? pageSize,
          totalPages: history?.pagination?.totalPages ?? 0,
          totalResults: history?.pagination?.totalResults ?? 0,
        },
      }))
    );
  }
}

/** Makes sure lists are present, so components need no null checks. */
export function normalizePreferences(
  source: CommunicationPreferences
): CommunicationPreferences {
  return {
    ...source,
    preferences: Array.isArray(source?.preferences) ? source.preferences : [],
    options: {
      channels: source?.options?.channels ?? [],
      formats: source?.options?.formats ?? [],
      languages: source?.options?.languages ?? [],
    },
  };
}

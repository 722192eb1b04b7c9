import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import {
  CommunicationPreferences,
  CommunicationPreferencesError,
} from '@exstream-spartacus/documents/root';
import { UserIdService } from '@spartacus/core';
import { of, throwError } from 'rxjs';
import { CommunicationPreferencesConnector } from '../connectors/communication-preferences.connector';
import { CommunicationPreferencesService } from './communication-preferences.service';

const stored: CommunicationPreferences = {
  preferences: [],
  options: { channels: [], formats: [], languages: [] },
};

describe('CommunicationPreferencesService', () => {
  let service: CommunicationPreferencesService;
  let connector: jasmine.SpyObj<CommunicationPreferencesConnector>;

  beforeEach(() => {
    connector = jasmine.createSpyObj<CommunicationPreferencesConnector>('Connector', [
      'get',
      'update',
      'getHistory',
    ]);
    TestBed.configureTestingModule({
      providers: [
        CommunicationPreferencesService,
        { provide: CommunicationPreferencesConnector, useValue: connector },
        { provide: UserIdService, useValue: { takeUserId: () => of('current') } },
      ],
    });
    service = TestBed.inject(CommunicationPreferencesService);
  });

  it('loads, saves and pages the history for the current user', () => {
    connector.get.and.returnValue(of(stored));
    connector.update.and.returnValue(of(stored));
    connector.getHistory.and.returnValue(of({} as any));
    let result: CommunicationPreferences | undefined;
    service.getPreferences().subscribe((r) => (result = r));
    expect(result).toBe(stored);
    const update = [
      { category: 'OFFERS', channel: 'ACCOUNT_ONLY', paperless: true, format: 'HTML', language: 'de' },
    ];
    service.updatePreferences(update).subscribe();
    expect(connector.update).toHaveBeenCalledWith('current', update);
    service.getHistory().subscribe();
    expect(connector.getHistory).toHaveBeenCalledWith('current', 0, 20);
    service.getHistory(2, 5).subscribe();
    expect(connector.getHistory).toHaveBeenCalledWith('current', 2, 5);
  });

  it('turns validation errors into field errors', () => {
    connector.update.and.returnValue(
      throwError(
        new HttpErrorResponse({
          status: 400,
          error: {
            errors: [
              {
                type: 'ValidationError',
                subject: 'preferences[1].channel',
                reason: 'invalid',
                message: 'channel must be one of EMAIL, POST, ACCOUNT_ONLY',
              },
              {
                type: 'ValidationError',
                subject: 'preferences[3].paperless',
                reason: 'invalid',
                message: 'paperless cannot be combined with POST',
              },
            ],
          },
        })
      )
    );
    let error: CommunicationPreferencesError | undefined;
    service.updatePreferences([]).subscribe({ error: (e) => (error = e) });
    expect(error?.status).toBe(400);
    expect(error?.fieldErrors.map((e) => [e.index, e.field])).toEqual([
      [1, 'channel'],
      [3, 'paperless'],
    ]);
    expect(error?.fieldErrors[0].message).toContain('channel must be one of');
  });

  it('reports other failures without field errors', () => {
    connector.get.and.returnValue(
      throwError(new HttpErrorResponse({ status: 503, error: { errors: [{ type: 'ServiceUnavailable', message: 'down' }] } }))
    );
    let error: CommunicationPreferencesError | undefined;
    service.getPreferences().subscribe({ error: (e) => (error = e) });
    expect(error).toEqual({ status: 503, message: 'down', fieldErrors: [] });
  });
});

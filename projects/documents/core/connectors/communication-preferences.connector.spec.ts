import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { CommunicationPreferencesAdapter } from './communication-preferences.adapter';
import { CommunicationPreferencesConnector } from './communication-preferences.connector';

describe('CommunicationPreferencesConnector', () => {
  let connector: CommunicationPreferencesConnector;
  let adapter: jasmine.SpyObj<CommunicationPreferencesAdapter>;

  beforeEach(() => {
    adapter = jasmine.createSpyObj<CommunicationPreferencesAdapter>('Adapter', [
      'load',
      'update',
      'loadHistory',
    ]);
    TestBed.configureTestingModule({
      providers: [
        CommunicationPreferencesConnector,
        { provide: CommunicationPreferencesAdapter, useValue: adapter },
      ],
    });
    connector = TestBed.inject(CommunicationPreferencesConnector);
  });

  it('delegates every call to the adapter', () => {
    const answer = of({} as any);
    adapter.load.and.returnValue(answer);
    adapter.update.and.returnValue(answer);
    adapter.loadHistory.and.returnValue(answer);
    const update = [
      { category: 'BILLING', channel: 'POST', paperless: false, format: 'PDF', language: 'de' },
    ];
    expect(connector.get('current')).toBe(answer);
    expect(connector.update('current', update)).toBe(answer);
    expect(connector.getHistory('current', 1, 20)).toBe(answer);
    expect(adapter.load).toHaveBeenCalledWith('current');
    expect(adapter.update).toHaveBeenCalledWith('current', update);
    expect(adapter.loadHistory).toHaveBeenCalledWith('current', 1, 20);
  });
});

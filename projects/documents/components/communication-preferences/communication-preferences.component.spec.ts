import { Component, DebugElement } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ReactiveFormsModule } from '@angular/forms';
import { By } from '@angular/platform-browser';
import {
  CommunicationPreferenceHistory,
  CommunicationPreferences,
  CommunicationPreferencesError,
  CommunicationPreferencesFacade,
} from '@exstream-spartacus/documents/root';
import {
  GlobalMessageService,
  GlobalMessageType,
  I18nTestingModule,
} from '@spartacus/core';
import { Observable, of, Subject, throwError } from 'rxjs';
import { ExstreamCommunicationPreferencesComponent } from './communication-preferences.component';
import { DocumentTypeModule } from '../shared/document-type/document-type.module';
import { ExstreamDocumentsConfig } from '@exstream-spartacus/documents/root';

@Component({ selector: 'cx-spinner', template: '' })
class MockSpinnerComponent {}

function stored(overrides: Partial<CommunicationPreferences> = {}): CommunicationPreferences {
  return {
    preferences: [
      {
        category: 'ORDER_UPDATES',
        documentTypes: ['ORDER_CONFIRMATION', 'SHIPMENT_NOTICE'],
        channel: 'EMAIL',
        paperless: false,
        format: 'PDF',
        language: 'en',
      },
      {
        category: 'BILLING',
        documentTypes: ['INVOICE', 'CREDIT_NOTE'],
        channel: 'EMAIL',
        paperless: false,
        format: 'PDF',
        language: 'en',
      },
    ],
    options: {
      channels: ['EMAIL', 'POST', 'ACCOUNT_ONLY'],
      formats: ['PDF', 'HTML'],
      languages: ['en', 'de'],
    },
    ...overrides,
  };
}

function historyPage(page: number, totalPages: number): CommunicationPreferenceHistory {
  return {
    changes: [
      {
        changedAt: `2026-11-2${page}T10:00:00Z`,
        changedBy: 'anna.schmidt@example.com',
        category: 'BILLING',
        field: page === 0 ? 'channel' : 'paperless',
        from: page === 0 ? 'EMAIL' : false,
        to: page === 0 ? 'POST' : true,
      },
    ],
    pagination: { currentPage: page, pageSize: 10, totalPages, totalResults: totalPages },
  };
}

describe('ExstreamCommunicationPreferencesComponent', () => {
  let fixture: ComponentFixture<ExstreamCommunicationPreferencesComponent>;
  let el: DebugElement;
  let facade: jasmine.SpyObj<CommunicationPreferencesFacade>;
  let messages: jasmine.SpyObj<GlobalMessageService>;

  beforeEach(async () => {
    facade = jasmine.createSpyObj('CommunicationPreferencesFacade', [
      'getPreferences',
      'updatePreferences',
      'getHistory',
    ]);
    facade.getPreferences.and.returnValue(of(stored()));
    messages = jasmine.createSpyObj('GlobalMessageService', ['add']);
    await TestBed.configureTestingModule({
      imports: [I18nTestingModule, ReactiveFormsModule, DocumentTypeModule],
      declarations: [ExstreamCommunicationPreferencesComponent, MockSpinnerComponent],
      providers: [
        { provide: ExstreamDocumentsConfig, useValue: { exstreamDocuments: {} } },
        { provide: CommunicationPreferencesFacade, useValue: facade },
        { provide: GlobalMessageService, useValue: messages },
      ],
    }).compileComponents();
  });

  function render(): void {
    fixture = TestBed.createComponent(ExstreamCommunicationPreferencesComponent);
    el = fixture.debugElement;
    fixture.detectChanges();
  }

  function row(index: number): DebugElement {
    return el.queryAll(By.css('fieldset.cx-exd-preference'))[index];
  }

  function pick(index: number, selector: string): HTMLInputElement {
    return row(index).query(By.css(selector)).nativeElement;
  }

  function choose(index: number, channel: string): void {
    pick(index, `#cx-exd-pref-${index}-channel-${channel}`).click();
  }

  function setPaperless(index: number, value: boolean): void {
    const box = pick(index, 'input[type="checkbox"]');
    if (box.checked !== value) {
      box.click();
    }
  }

  function submit(): void {
    el.query(By.css('form')).triggerEventHandler('ngSubmit', {});
    fixture.detectChanges();
  }

  it('shows a spinner and announces loading until the preferences arrive', () => {
    facade.getPreferences.and.returnValue(new Subject<CommunicationPreferences>());
    render();
    expect(el.query(By.css('cx-spinner'))).not.toBeNull();
    expect(el.query(By.css('form'))).toBeNull();
    expect(el.query(By.css('[role="status"]')).nativeElement.textContent).toContain(
      'exstreamCommunicationPreferences.loading'
    );
  });

  it('shows an error with a retry when loading fails', () => {
    let calls = 0;
    facade.getPreferences.and.callFake(() =>
      ++calls === 1 ? throwError({ status: 500, fieldErrors: [] }) : of(stored())
    );
    render();
    const alert = el.query(By.css('.cx-exd-error[role="alert"]'));
    expect(alert.nativeElement.textContent).toContain('exstreamCommunicationPreferences.loadFailed');
    alert.query(By.css('.cx-exd-retry')).nativeElement.click();
    fixture.detectChanges();
    expect(el.query(By.css('.cx-exd-error'))).toBeNull();
    expect(el.queryAll(By.css('fieldset.cx-exd-preference')).length).toBe(2);
  });

  it('renders one fieldset with a legend per category, with labelled controls', () => {
    render();
    const legend = row(1).query(By.css('legend')).nativeElement as HTMLElement;
    expect(legend.textContent).toContain('exstreamCommunicationPreferences.categories.BILLING');
    expect(row(1).nativeElement.textContent).toContain('exstreamDocumentTypes.CREDIT_NOTE');
    const radios = row(1).queryAll(By.css('input[type="radio"]'));
    expect(radios.length).toBe(3);
    expect(pick(1, '#cx-exd-pref-1-channel-EMAIL').checked).toBe(true);
    // every control has a label bound to its id
    for (const control of row(1).queryAll(By.css('input, select'))) {
      const id = control.nativeElement.id as string;
      expect(id).toBeTruthy();
      expect(el.query(By.css(`label[for="${id}"]`))).withContext(id).not.toBeNull();
    }
    const language = pick(1, 'select[formcontrolname="language"]') as unknown as HTMLSelectElement;
    expect(Array.from(language.options).map((o) => o.value)).toEqual(['en', 'de']);
  });

  it('saves all categories with the changed channel and consent, busy while saving', () => {
    const saving = new Subject<CommunicationPreferences>();
    facade.updatePreferences.and.returnValue(saving);
    render();
    choose(1, 'ACCOUNT_ONLY');
    setPaperless(1, true);
    submit();
    expect(facade.updatePreferences).toHaveBeenCalledWith([
      { category: 'ORDER_UPDATES', channel: 'EMAIL', paperless: false, format: 'PDF', language: 'en' },
      { category: 'BILLING', channel: 'ACCOUNT_ONLY', paperless: true, format: 'PDF', language: 'en' },
    ]);
    const button = el.query(By.css('button.cx-exd-save')).nativeElement as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.textContent).toContain('exstreamCommunicationPreferences.saving');

    const saved = stored({ updatedAt: '2026-11-26T10:00:00Z', updatedBy: 'anna.schmidt@example.com' });
    saved.preferences[1] = { ...saved.preferences[1], channel: 'ACCOUNT_ONLY', paperless: true };
    saving.next(saved);
    saving.complete();
    fixture.detectChanges();
    expect(button.disabled).toBe(false);
    expect(messages.add).toHaveBeenCalledWith(
      { key: 'exstreamCommunicationPreferences.saved' },
      GlobalMessageType.MSG_TYPE_CONFIRMATION
    );
    expect(pick(1, '#cx-exd-pref-1-channel-ACCOUNT_ONLY').checked).toBe(true);
    expect(el.query(By.css('.cx-exd-last-change')).nativeElement.textContent).toContain(
      'by:anna.schmidt@example.com'
    );
  });

  it('flags paperless with post next to the field before sending', () => {
    render();
    choose(0, 'POST');
    setPaperless(0, true);
    submit();
    expect(facade.updatePreferences).not.toHaveBeenCalled();
    const box = pick(0, 'input[type="checkbox"]');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const errorId = box.getAttribute('aria-describedby') as string;
    const error = el.query(By.css(`#${errorId}`)).nativeElement as HTMLElement;
    expect(error.textContent).toContain('exstreamCommunicationPreferences.errors.paperlessPost');
    expect(row(0).nativeElement.contains(error)).toBe(true);

    // choosing another channel clears it, and the form can be sent
    facade.updatePreferences.and.returnValue(of(stored()));
    choose(0, 'EMAIL');
    fixture.detectChanges();
    expect(box.getAttribute('aria-invalid')).toBeNull();
    submit();
    expect(facade.updatePreferences).toHaveBeenCalled();
  });

  it('shows server validation errors next to the matching field', () => {
    const failure: CommunicationPreferencesError = {
      status: 400,
      message: 'invalid',
      fieldErrors: [
        { subject: 'preferences[1].language', index: 1, field: 'language', message: 'unknown language' },
        { subject: 'preferences[0].format', index: 0, field: 'format', message: 'unknown format' },
      ],
    };
    facade.updatePreferences.and.returnValue(throwError(failure));
    render();
    submit();
    const language = pick(1, 'select[formcontrolname="language"]');
    expect(language.getAttribute('aria-invalid')).toBe('true');
    const languageError = el.query(By.css(`#${language.getAttribute('aria-describedby')}`));
    expect(languageError.nativeElement.textContent).toContain(
      'exstreamCommunicationPreferences.errors.language'
    );
    expect(row(1).nativeElement.contains(languageError.nativeElement)).toBe(true);
    const format = pick(0, 'select[formcontrolname="format"]');
    expect(format.getAttribute('aria-invalid')).toBe('true');
    // fields without errors stay untouched
    expect(pick(1, 'select[formcontrolname="format"]').getAttribute('aria-invalid')).toBeNull();
    expect(pick(0, 'select[formcontrolname="language"]').getAttribute('aria-describedby')).toBeNull();
    expect(messages.add).not.toHaveBeenCalled();
    expect((el.query(By.css('button.cx-exd-save')).nativeElement as HTMLButtonElement).disabled).toBe(false);
  });

  it('reports a failure without field errors as a global message', () => {
    facade.updatePreferences.and.returnValue(throwError({ status: 503, fieldErrors: [] }));
    render();
    submit();
    expect(messages.add).toHaveBeenCalledWith(
      { key: 'exstreamCommunicationPreferences.saveFailed' },
      GlobalMessageType.MSG_TYPE_ERROR
    );
  });

  it('says when the preferences were never changed', () => {
    render();
    expect(el.query(By.css('.cx-exd-last-change')).nativeElement.textContent).toContain(
      'exstreamCommunicationPreferences.neverChanged'
    );
  });

  it('expands the change history on demand and pages through it', () => {
    facade.getHistory.and.callFake(
      (page?: number): Observable<CommunicationPreferenceHistory> => of(historyPage(page ?? 0, 2))
    );
    render();
    const toggle = el.query(By.css('button.cx-exd-history-toggle')).nativeElement as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('cx-exd-preferences-history');
    expect(facade.getHistory).not.toHaveBeenCalled();

    toggle.click();
    fixture.detectChanges();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(facade.getHistory).toHaveBeenCalledWith(0, 10);
    let rows = el.queryAll(By.css('tr.cx-exd-history-row'));
    expect(rows.length).toBe(1);
    expect(rows[0].nativeElement.textContent).toContain('anna.schmidt@example.com');
    expect(rows[0].nativeElement.textContent).toContain(
      'from:exstreamCommunicationPreferences.channels.EMAIL'
    );
    expect(rows[0].nativeElement.textContent).toContain(
      'to:exstreamCommunicationPreferences.channels.POST'
    );

    el.query(By.css('button.cx-exd-history-more')).nativeElement.click();
    fixture.detectChanges();
    rows = el.queryAll(By.css('tr.cx-exd-history-row'));
    expect(rows.length).toBe(2);
    expect(rows[1].nativeElement.textContent).toContain('to:exstreamCommunicationPreferences.history.yes');
    expect(el.query(By.css('button.cx-exd-history-more'))).toBeNull();

    toggle.click();
    fixture.detectChanges();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect((el.query(By.css('#cx-exd-preferences-history')).nativeElement as HTMLElement).hidden).toBe(true);
  });

  it('reloads an open history after saving', () => {
    facade.getHistory.and.returnValue(of(historyPage(0, 1)));
    facade.updatePreferences.and.returnValue(of(stored()));
    render();
    el.query(By.css('button.cx-exd-history-toggle')).nativeElement.click();
    fixture.detectChanges();
    submit();
    expect(facade.getHistory).toHaveBeenCalledTimes(2);
  });
});

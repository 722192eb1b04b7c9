import { ExstreamLoadErrorComponent } from '../shared/load-error/load-error.component';
import { Component, DebugElement } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ReactiveFormsModule } from '@angular/forms';
import { By } from '@angular/platform-browser';
import {
  CommunicationPreferences,
  CommunicationPreferencesError,
  CommunicationPreferencesFacade,
} from '@exstream-spartacus/documents/root';
import {
  GlobalMessageService,
  GlobalMessageType,
  I18nTestingModule,
} from '@spartacus/core';
import { of, Subject, throwError } from 'rxjs';
import {
  communicationPreferencesFacadeSpy,
  preferenceHistoryPage,
  storedPreferences,
} from '../../testing/communication-preferences-fixtures';
import { ExstreamCommunicationPreferencesComponent } from './communication-preferences.component';
import { DocumentTypeModule } from '../shared/document-type/document-type.module';
import { PreferenceCategoryComponent } from './preference-category/preference-category.component';
import { PreferenceHistoryComponent } from './preference-history/preference-history.component';
import { ExstreamDocumentsConfig } from '@exstream-spartacus/documents/root';

@Component({ selector: 'cx-spinner', template: '' })
class MockSpinnerComponent {}

describe('ExstreamCommunicationPreferencesComponent', () => {
  let fixture: ComponentFixture<ExstreamCommunicationPreferencesComponent>;
  let el: DebugElement;
  let facade: jasmine.SpyObj<CommunicationPreferencesFacade>;
  let messages: jasmine.SpyObj<GlobalMessageService>;

  beforeEach(async () => {
    facade = communicationPreferencesFacadeSpy();
    facade.getPreferences.and.returnValue(of(storedPreferences()));
    messages = jasmine.createSpyObj('GlobalMessageService', ['add']);
    await TestBed.configureTestingModule({
      imports: [I18nTestingModule, ReactiveFormsModule, DocumentTypeModule],
      declarations: [
        ExstreamCommunicationPreferencesComponent,
        ExstreamLoadErrorComponent,
        PreferenceCategoryComponent,
        PreferenceHistoryComponent,
        MockSpinnerComponent,
      ],
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
      ++calls === 1 ? throwError({ status: 500, fieldErrors: [] }) : of(storedPreferences())
    );
    render();
    const alert = el.query(By.css('.cx-exd-error[role="alert"]'));
    expect(alert.nativeElement.textContent).toContain('exstreamCommunicationPreferences.loadFailed');
    alert.query(By.css('.cx-exd-retry')).nativeElement.click();
    fixture.detectChanges();
    expect(el.query(By.css('.cx-exd-error'))).toBeNull();
    expect(el.queryAll(By.css('fieldset.cx-exd-preference')).length).toBe(2);
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

    const saved = storedPreferences({ updatedAt: '2026-11-26T10:00:00Z', updatedBy: 'anna.schmidt@example.com' });
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
    facade.updatePreferences.and.returnValue(of(storedPreferences()));
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

  it('reloads an open history after saving', () => {
    facade.getHistory.and.returnValue(of(preferenceHistoryPage(0, 1)));
    facade.updatePreferences.and.returnValue(of(storedPreferences()));
    render();
    el.query(By.css('button.cx-exd-history-toggle')).nativeElement.click();
    fixture.detectChanges();
    submit();
    expect(facade.getHistory).toHaveBeenCalledTimes(2);
  });
});

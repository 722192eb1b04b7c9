import { Component, DebugElement } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import {
  CommunicationPreferenceHistory,
  CommunicationPreferencesFacade,
} from '@exstream-spartacus/documents/root';
import { I18nTestingModule } from '@spartacus/core';
import { Observable, of } from 'rxjs';
import {
  communicationPreferencesFacadeSpy,
  preferenceHistoryPage,
} from '../../../testing/communication-preferences-fixtures';
import { PreferenceHistoryComponent } from './preference-history.component';

@Component({ selector: 'cx-spinner', template: '' })
class MockSpinnerComponent {}

describe('PreferenceHistoryComponent', () => {
  let fixture: ComponentFixture<PreferenceHistoryComponent>;
  let el: DebugElement;
  let facade: jasmine.SpyObj<CommunicationPreferencesFacade>;

  beforeEach(async () => {
    facade = communicationPreferencesFacadeSpy();
    await TestBed.configureTestingModule({
      imports: [I18nTestingModule],
      declarations: [PreferenceHistoryComponent, MockSpinnerComponent],
      providers: [{ provide: CommunicationPreferencesFacade, useValue: facade }],
    }).compileComponents();
  });

  function render(): void {
    fixture = TestBed.createComponent(PreferenceHistoryComponent);
    el = fixture.debugElement;
    fixture.detectChanges();
  }

  it('expands the change history on demand and pages through it', () => {
    facade.getHistory.and.callFake(
      (page?: number): Observable<CommunicationPreferenceHistory> => of(preferenceHistoryPage(page ?? 0, 2))
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

  it('forgets a closed history after a save, so opening it loads it afresh', () => {
    facade.getHistory.and.returnValue(of(preferenceHistoryPage(0, 1)));
    render();
    const toggle = el.query(By.css('button.cx-exd-history-toggle')).nativeElement as HTMLButtonElement;
    toggle.click();
    toggle.click();
    fixture.componentInstance.refresh();
    expect(facade.getHistory).toHaveBeenCalledTimes(1);
    toggle.click();
    expect(facade.getHistory).toHaveBeenCalledTimes(2);
  });
});

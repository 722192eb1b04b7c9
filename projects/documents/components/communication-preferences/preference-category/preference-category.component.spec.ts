import { DebugElement } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { By } from '@angular/platform-browser';
import { ExstreamDocumentsConfig } from '@exstream-spartacus/documents/root';
import { I18nTestingModule } from '@spartacus/core';
import { storedPreferences } from '../../../testing/communication-preferences-fixtures';
import { DocumentTypeModule } from '../../shared/document-type/document-type.module';
import { PreferenceErrors } from '../preference-errors';
import { PreferenceCategoryComponent } from './preference-category.component';

describe('PreferenceCategoryComponent', () => {
  let fixture: ComponentFixture<PreferenceCategoryComponent>;
  let el: DebugElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [I18nTestingModule, ReactiveFormsModule, DocumentTypeModule],
      declarations: [PreferenceCategoryComponent],
      providers: [{ provide: ExstreamDocumentsConfig, useValue: { exstreamDocuments: {} } }],
    }).compileComponents();
  });

  function render(index: number, errors: PreferenceErrors = new Map()): void {
    const current = storedPreferences();
    const preference = current.preferences[index];
    fixture = TestBed.createComponent(PreferenceCategoryComponent);
    fixture.componentInstance.group = new FormGroup({
      category: new FormControl(preference.category),
      channel: new FormControl(preference.channel),
      paperless: new FormControl(preference.paperless),
      format: new FormControl(preference.format),
      language: new FormControl(preference.language),
    });
    fixture.componentInstance.index = index;
    fixture.componentInstance.preference = preference;
    fixture.componentInstance.options = current.options;
    fixture.componentInstance.errors = errors;
    el = fixture.debugElement;
    fixture.detectChanges();
  }

  function pick(selector: string): HTMLInputElement {
    return el.query(By.css(selector)).nativeElement;
  }

  it('renders one fieldset with a legend per category, with labelled controls', () => {
    render(1);
    const row = el.query(By.css('fieldset.cx-exd-preference'));
    expect(row.attributes['data-category']).toBe('BILLING');
    const legend = row.query(By.css('legend')).nativeElement as HTMLElement;
    expect(legend.textContent).toContain('exstreamCommunicationPreferences.categories.BILLING');
    expect(row.nativeElement.textContent).toContain('exstreamDocumentTypes.CREDIT_NOTE');
    const radios = row.queryAll(By.css('input[type="radio"]'));
    expect(radios.length).toBe(3);
    expect(pick('#cx-exd-pref-1-channel-EMAIL').checked).toBe(true);
    // every control has a label bound to its id
    for (const control of row.queryAll(By.css('input, select'))) {
      const id = control.nativeElement.id as string;
      expect(id).toBeTruthy();
      expect(el.query(By.css(`label[for="${id}"]`))).withContext(id).not.toBeNull();
    }
    const language = pick('select[formcontrolname="language"]') as unknown as HTMLSelectElement;
    expect(Array.from(language.options).map((o) => o.value)).toEqual(['en', 'de']);
  });

  it('marks a field with an error as invalid and describes it by the message', () => {
    render(
      0,
      new Map([['0.format', { key: 'exstreamCommunicationPreferences.errors.format' }]])
    );
    const format = pick('select[formcontrolname="format"]');
    expect(format.getAttribute('aria-invalid')).toBe('true');
    expect(format.getAttribute('aria-describedby')).toBe('cx-exd-pref-0-format-error');
    expect(pick('#cx-exd-pref-0-format-error').textContent).toContain(
      'exstreamCommunicationPreferences.errors.format'
    );
    expect(pick('select[formcontrolname="language"]').getAttribute('aria-invalid')).toBeNull();
  });
});

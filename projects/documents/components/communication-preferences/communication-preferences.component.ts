import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  OnDestroy,
  OnInit,
  ViewChild,
} from '@angular/core';
import { FormArray, FormBuilder, FormGroup } from '@angular/forms';
import {
  CommunicationPreference,
  CommunicationPreferences,
  CommunicationPreferencesError,
  CommunicationPreferencesFacade,
  CommunicationPreferenceUpdate,
} from '@exstream-spartacus/documents/root';
import { GlobalMessageService, GlobalMessageType } from '@spartacus/core';
import { Subscription } from 'rxjs';
import { PreferenceHistoryComponent } from './preference-history/preference-history.component';
import {
  paperlessByPostErrors,
  PreferenceErrors,
  PREFERENCE_FIELDS,
  serverPreferenceErrors,
  withoutFieldError,
} from './preference-errors';

/**
 * The shopper's communication preferences: per document category the
 * channel, paperless consent, format and language, saved together. Errors
 * show next to their field (the server's `preferences[i].field` subjects and
 * the paperless-by-post rule checked before sending); the last change and
 * the change history are shown below the form.
 */
@Component({
  selector: 'cx-exd-communication-preferences',
  templateUrl: './communication-preferences.component.html',
  styleUrls: ['./communication-preferences.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExstreamCommunicationPreferencesComponent
  implements OnInit, OnDestroy
{
  status: 'loading' | 'ready' | 'error' = 'loading';
  /** why the preferences could not be loaded (its retry time is shown) */
  loadError?: CommunicationPreferencesError;
  preferences?: CommunicationPreferences;
  form: FormGroup = this.fb.group({ preferences: this.fb.array([]) });
  saving = false;
  /** errors by `index.field` */
  errors: PreferenceErrors = new Map();
  /** text for the polite status region */
  announcement = '';

  @ViewChild(PreferenceHistoryComponent) history?: PreferenceHistoryComponent;

  protected readonly subscriptions = new Subscription();
  protected formSubscription?: Subscription;

  constructor(
    protected preferencesFacade: CommunicationPreferencesFacade,
    protected globalMessageService: GlobalMessageService,
    protected fb: FormBuilder,
    protected cd: ChangeDetectorRef,
    protected host: ElementRef<HTMLElement>
  ) {}

  ngOnInit(): void {
    this.load();
  }

  ngOnDestroy(): void {
    this.subscriptions.unsubscribe();
    this.formSubscription?.unsubscribe();
  }

  get rows(): FormArray {
    return this.form.get('preferences') as FormArray;
  }

  rowAt(index: number): FormGroup {
    return this.rows.at(index) as FormGroup;
  }

  preferenceAt(index: number): CommunicationPreference | undefined {
    return this.preferences?.preferences[index];
  }

  trackByIndex(index: number): number {
    return index;
  }

  load(): void {
    this.status = 'loading';
    this.cd.markForCheck();
    this.subscriptions.add(
      this.preferencesFacade.getPreferences().subscribe({
        next: (preferences) => {
          this.apply(preferences);
          this.status = 'ready';
          this.cd.markForCheck();
        },
        error: (error: CommunicationPreferencesError) => {
          this.loadError = error;
          this.status = 'error';
          this.cd.markForCheck();
        },
      })
    );
  }

  save(): void {
    if (this.saving) {
      return;
    }
    const updates = this.rows.getRawValue() as CommunicationPreferenceUpdate[];
    this.errors = paperlessByPostErrors(updates);
    if (this.errors.size) {
      this.showErrors();
      return;
    }
    this.saving = true;
    this.announcement = 'exstreamCommunicationPreferences.saving';
    this.cd.markForCheck();
    this.subscriptions.add(
      this.preferencesFacade.updatePreferences(updates).subscribe({
        next: (preferences) => {
          this.saving = false;
          this.announcement = '';
          this.apply(preferences);
          this.globalMessageService.add(
            { key: 'exstreamCommunicationPreferences.saved' },
            GlobalMessageType.MSG_TYPE_CONFIRMATION
          );
          this.history?.refresh();
          this.cd.markForCheck();
        },
        error: (error: CommunicationPreferencesError) => {
          this.saving = false;
          this.errors = serverPreferenceErrors(
            error?.fieldErrors ?? [],
            this.rows.length
          );
          if (this.errors.size) {
            this.showErrors();
          } else {
            this.announcement = '';
            this.globalMessageService.add(
              { key: 'exstreamCommunicationPreferences.saveFailed' },
              GlobalMessageType.MSG_TYPE_ERROR
            );
            this.cd.markForCheck();
          }
        },
      })
    );
  }

  protected apply(preferences: CommunicationPreferences): void {
    this.preferences = preferences;
    this.formSubscription?.unsubscribe();
    const rows = preferences.preferences.map((preference) =>
      this.fb.group({
        category: [preference.category],
        channel: [preference.channel],
        paperless: [!!preference.paperless],
        format: [preference.format],
        language: [preference.language],
      })
    );
    this.form = this.fb.group({ preferences: this.fb.array(rows) });
    this.errors = new Map();
    // a changed field drops its error
    this.formSubscription = new Subscription();
    rows.forEach((row, index) =>
      PREFERENCE_FIELDS.forEach((field) =>
        this.formSubscription?.add(
          row.get(field)?.valueChanges.subscribe(() => {
            const errors = withoutFieldError(this.errors, index, field);
            if (errors !== this.errors) {
              this.errors = errors;
              this.cd.markForCheck();
            }
          })
        )
      )
    );
  }

  protected showErrors(): void {
    this.announcement = 'exstreamCommunicationPreferences.fixErrors';
    this.cd.markForCheck();
    this.focusFirstError();
  }

  /** Moves the focus to the first field with an error, after the view shows it. */
  protected focusFirstError(): void {
    setTimeout(() => {
      const field = this.host.nativeElement.querySelector<HTMLElement>(
        '[aria-invalid="true"]'
      );
      field?.focus();
    });
  }
}

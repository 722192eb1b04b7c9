import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  OnDestroy,
  OnInit,
} from '@angular/core';
import { FormArray, FormBuilder, FormGroup } from '@angular/forms';
import {
  CommunicationPreference,
  CommunicationPreferenceChange,
  CommunicationPreferenceFieldError,
  CommunicationPreferences,
  CommunicationPreferencesError,
  CommunicationPreferencesFacade,
  CommunicationPreferenceUpdate,
} from '@exstream-spartacus/documents/root';
import { GlobalMessageService, GlobalMessageType } from '@spartacus/core';
import { Subscription } from 'rxjs';

/** Fields of a category row that can carry an error. */
export type PreferenceField = 'channel' | 'paperless' | 'format' | 'language';

/** An error shown next to a field: a translation key, or the server's text. */
export interface PreferenceFieldMessage {
  key: string;
  serverMessage?: string;
}

export interface PreferenceHistoryState {
  open: boolean;
  loading: boolean;
  error: boolean;
  changes: CommunicationPreferenceChange[];
  currentPage: number;
  totalPages: number;
}

/** Page size of the change history. */
const HISTORY_PAGE_SIZE = 10;

/** The channel that contradicts paperless consent. */
const PAPER_CHANNEL = 'POST';

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
  preferences?: CommunicationPreferences;
  form: FormGroup = this.fb.group({ preferences: this.fb.array([]) });
  saving = false;
  /** errors by `index.field` */
  errors = new Map<string, PreferenceFieldMessage>();
  /** text for the polite status region */
  announcement = '';
  history: PreferenceHistoryState = {
    open: false,
    loading: false,
    error: false,
    changes: [],
    currentPage: -1,
    totalPages: 0,
  };

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
        error: () => {
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
    this.errors = this.clientErrors(updates);
    if (this.errors.size) {
      this.announcement = 'exstreamCommunicationPreferences.fixErrors';
      this.cd.markForCheck();
      this.focusFirstError();
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
          if (this.history.open) {
            this.loadHistory(0);
          } else {
            this.history = { ...this.history, currentPage: -1, changes: [] };
          }
          this.cd.markForCheck();
        },
        error: (error: CommunicationPreferencesError) => {
          this.saving = false;
          this.errors = this.serverErrors(error?.fieldErrors ?? []);
          if (this.errors.size) {
            this.announcement = 'exstreamCommunicationPreferences.fixErrors';
            this.cd.markForCheck();
            this.focusFirstError();
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

  toggleHistory(): void {
    const open = !this.history.open;
    this.history = { ...this.history, open };
    if (open && this.history.currentPage < 0) {
      this.loadHistory(0);
    }
    this.cd.markForCheck();
  }

  loadMoreHistory(): void {
    this.loadHistory(this.history.currentPage + 1);
  }

  hasMoreHistory(): boolean {
    return this.history.currentPage + 1 < this.history.totalPages;
  }

  error(index: number, field: PreferenceField): PreferenceFieldMessage | undefined {
    return this.errors.get(`${index}.${field}`);
  }

  errorId(index: number, field: PreferenceField): string {
    return `cx-exd-pref-${index}-${field}-error`;
  }

  /** `aria-describedby` of a field: its hint (if any) and its error. */
  describedBy(index: number, field: PreferenceField, hintId?: string): string | null {
    const ids = [hintId, this.error(index, field) ? this.errorId(index, field) : undefined]
      .filter((id): id is string => !!id);
    return ids.length ? ids.join(' ') : null;
  }

  preferenceAt(index: number): CommunicationPreference | undefined {
    return this.preferences?.preferences[index];
  }

  /** Translation key for a value in the history (`from`/`to`). */
  historyValueKey(change: CommunicationPreferenceChange, value: unknown): string {
    if (value === null || value === undefined || value === '') {
      return 'exstreamCommunicationPreferences.history.none';
    }
    switch (change.field) {
      case 'channel':
        return `exstreamCommunicationPreferences.channels.${value}`;
      case 'format':
        return `exstreamCommunicationPreferences.formats.${value}`;
      case 'language':
        return `exstreamCommunicationPreferences.languages.${value}`;
      case 'paperless':
        return value === true || value === 'true'
          ? 'exstreamCommunicationPreferences.history.yes'
          : 'exstreamCommunicationPreferences.history.no';
      default:
        return String(value);
    }
  }

  trackByIndex(index: number): number {
    return index;
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
      (['channel', 'paperless', 'format', 'language'] as PreferenceField[]).forEach(
        (field) =>
          this.formSubscription?.add(
            row.get(field)?.valueChanges.subscribe(() => this.clearError(index, field))
          )
      )
    );
  }

  protected clearError(index: number, field: PreferenceField): void {
    const keys = [`${index}.${field}`];
    // the paperless-by-post rule involves both fields
    if (field === 'channel') {
      keys.push(`${index}.paperless`);
    }
    if (keys.some((key) => this.errors.has(key))) {
      const errors = new Map(this.errors);
      keys.forEach((key) => errors.delete(key));
      this.errors = errors;
      this.cd.markForCheck();
    }
  }

  protected clientErrors(
    updates: CommunicationPreferenceUpdate[]
  ): Map<string, PreferenceFieldMessage> {
    const errors = new Map<string, PreferenceFieldMessage>();
    updates.forEach((update, index) => {
      if (update.paperless && update.channel === PAPER_CHANNEL) {
        errors.set(`${index}.paperless`, {
          key: 'exstreamCommunicationPreferences.errors.paperlessPost',
        });
      }
    });
    return errors;
  }

  protected serverErrors(
    fieldErrors: CommunicationPreferenceFieldError[]
  ): Map<string, PreferenceFieldMessage> {
    const errors = new Map<string, PreferenceFieldMessage>();
    const fields: PreferenceField[] = ['channel', 'paperless', 'format', 'language'];
    for (const fieldError of fieldErrors) {
      const field = fieldError.field as PreferenceField;
      if (
        fieldError.index === undefined ||
        fieldError.index >= this.rows.length ||
        !fields.includes(field)
      ) {
        continue;
      }
      const key = `${fieldError.index}.${field}`;
      if (!errors.has(key)) {
        errors.set(key, {
          key: `exstreamCommunicationPreferences.errors.${field}`,
          serverMessage: fieldError.message,
        });
      }
    }
    return errors;
  }

  protected loadHistory(page: number): void {
    this.history = { ...this.history, loading: true, error: false };
    this.cd.markForCheck();
    this.subscriptions.add(
      this.preferencesFacade.getHistory(page, HISTORY_PAGE_SIZE).subscribe({
        next: (result) => {
          this.history = {
            ...this.history,
            loading: false,
            changes: page === 0 ? result.changes : [...this.history.changes, ...result.changes],
            currentPage: result.pagination.currentPage,
            totalPages: result.pagination.totalPages,
          };
          this.cd.markForCheck();
        },
        error: () => {
          this.history = { ...this.history, loading: false, error: true };
          this.cd.markForCheck();
        },
      })
    );
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

import { ChangeDetectionStrategy, Component, Input } from '@angular/core';
import { FormGroup } from '@angular/forms';
import {
  CommunicationPreference,
  CommunicationPreferenceOptions,
} from '@exstream-spartacus/documents/root';
import {
  PreferenceErrors,
  preferenceErrorKey,
  PreferenceField,
  PreferenceFieldMessage,
} from '../preference-errors';

/**
 * The fields of one document category — channel, paperless consent, format
 * and language — with their errors next to them.
 */
@Component({
  selector: 'cx-exd-preference-category',
  templateUrl: './preference-category.component.html',
  styleUrls: ['./preference-category.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PreferenceCategoryComponent {
  /** the row's controls: category, channel, paperless, format, language */
  @Input() group!: FormGroup;
  @Input() index = 0;
  @Input() preference?: CommunicationPreference;
  @Input() options!: CommunicationPreferenceOptions;
  @Input() errors: PreferenceErrors = new Map();

  error(field: PreferenceField): PreferenceFieldMessage | undefined {
    return this.errors.get(preferenceErrorKey(this.index, field));
  }

  fieldId(suffix: string): string {
    return `cx-exd-pref-${this.index}-${suffix}`;
  }

  errorId(field: PreferenceField): string {
    return this.fieldId(`${field}-error`);
  }

  /** `aria-describedby` of a field: its error, if any. */
  describedBy(field: PreferenceField): string | null {
    return this.error(field) ? this.errorId(field) : null;
  }
}

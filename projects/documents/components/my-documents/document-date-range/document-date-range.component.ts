import {
  ChangeDetectionStrategy,
  Component,
  EventEmitter,
  Input,
  OnChanges,
  Output,
} from '@angular/core';
import {
  DATE_RANGE_PRESETS,
  DateRange,
  DateRangePreset,
  presetOf,
  presetRange,
} from './date-range-presets';

/**
 * The date filter of the document list: presets (last 30 days, this year,
 * last year) and a custom from/to with native date inputs; a range that ends
 * before it starts is explained and not applied.
 */
@Component({
  selector: 'cx-exd-document-date-range',
  templateUrl: './document-date-range.component.html',
  styleUrls: ['./document-date-range.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentDateRangeComponent implements OnChanges {
  @Input() from?: string;
  @Input() to?: string;
  /** unique per list on the page, for element ids */
  @Input() idSuffix = '';
  @Output() rangeChange = new EventEmitter<DateRange>();

  readonly presets = DATE_RANGE_PRESETS;
  preset: DateRangePreset = 'any';
  /** the custom range being edited (applied once it is valid) */
  draft: DateRange = {};

  /** the shopper's today; a method so a spec can fix it */
  today(): Date {
    return new Date();
  }

  ngOnChanges(): void {
    this.draft = { from: this.from, to: this.to };
    const preset = presetOf(this.draft, this.today());
    // a custom range stays custom while the shopper edits it, even when it is empty for a moment
    this.preset = this.preset === 'custom' && preset === 'any' ? 'custom' : preset;
  }

  choosePreset(preset: string): void {
    this.preset = preset as DateRangePreset;
    if (this.preset !== 'custom') {
      this.rangeChange.emit(presetRange(this.preset, this.today()));
    }
  }

  changeBound(bound: keyof DateRange, value: string): void {
    this.draft = { ...this.draft, [bound]: value || undefined };
    if (!this.invalid) {
      this.rangeChange.emit(this.draft);
    }
  }

  /** the end is before the start */
  get invalid(): boolean {
    return !!this.draft.from && !!this.draft.to && this.draft.to < this.draft.from;
  }
}

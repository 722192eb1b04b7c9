import {
  ChangeDetectionStrategy,
  Component,
  EventEmitter,
  Input,
  OnChanges,
  OnDestroy,
  OnInit,
  Output,
} from '@angular/core';
import { FormControl } from '@angular/forms';
import { Subscription } from 'rxjs';
import { debounceTime, distinctUntilChanged, map } from 'rxjs/operators';

/** How long typing pauses before the list is searched. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * A text filter of the document list (number or title, order number): searches
 * as the shopper types, once typing pauses, and at once on Enter. A value from
 * outside (a cleared filter, back and forward) replaces the text only when it
 * is not what the shopper typed.
 */
@Component({
  selector: 'cx-exd-document-search',
  templateUrl: './document-search.component.html',
  styleUrls: ['./document-search.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentSearchComponent implements OnInit, OnChanges, OnDestroy {
  @Input() value?: string;
  /** translation keys of the label and of the hint below the field */
  @Input() label = 'exstreamDocuments.search.label';
  @Input() hint = 'exstreamDocuments.search.hint';
  @Input() inputId = 'cx-exd-search';
  @Output() valueChange = new EventEmitter<string | undefined>();

  readonly control = new FormControl('');
  protected lastEmitted?: string;
  protected subscription?: Subscription;

  ngOnInit(): void {
    this.subscription = this.control.valueChanges
      .pipe(
        map((text: string | null) => text ?? ''),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged()
      )
      .subscribe((text) => this.emit(text));
  }

  ngOnChanges(): void {
    if ((this.value ?? '') !== (this.lastEmitted ?? '')) {
      this.lastEmitted = this.value;
      this.control.setValue(this.value ?? '', { emitEvent: false });
    }
  }

  /** Enter searches without waiting for the pause. */
  submit(event: Event): void {
    event.preventDefault();
    this.emit(this.control.value ?? '');
  }

  protected emit(text: string): void {
    const value = text.trim() || undefined;
    if (value !== this.lastEmitted) {
      this.lastEmitted = value;
      this.valueChange.emit(value);
    }
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  EventEmitter,
  Input,
  OnChanges,
  Output,
} from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import {
  OrgDocumentFilterKey,
  OrgDocumentStatusFilter,
  OrgDocumentType,
} from '@exstream-spartacus/documents/root';
import {
  COMPANY_DOCUMENT_FILTERS,
  CompanyDocumentCriteria,
  CompanyDocumentFilterInput,
  filterInputOf,
  validRangeBoundary,
} from '../company-document-criteria';

export type OrgFilterProblem = 'missing' | 'invalid' | 'order';

/**
 * The filters of Company documents: status and "only overdue" apply at once
 * and combine with everything; "Filter by" picks the one further filter SAP's
 * API takes at a time (number, type, due or creation dates, amount or open
 * amount), applied with its button.
 */
@Component({
  selector: 'cx-exd-org-document-filters',
  templateUrl: './org-document-filters.component.html',
  styleUrls: ['./org-document-filters.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrgDocumentFiltersComponent implements OnChanges {
  @Input() criteria!: CompanyDocumentCriteria;
  @Input() types: OrgDocumentType[] = [];
  @Input() idSuffix = '';
  @Output() criteriaChange = new EventEmitter<Partial<CompanyDocumentCriteria>>();

  readonly statuses: OrgDocumentStatusFilter[] = ['open', 'closed', 'all'];
  readonly filters = COMPANY_DOCUMENT_FILTERS;
  readonly form = new FormGroup({
    filterBy: new FormControl(''),
    value: new FormControl(''),
    start: new FormControl(''),
    end: new FormControl(''),
  });
  problem?: OrgFilterProblem;

  ngOnChanges(): void {
    this.form.setValue({
      filterBy: this.criteria.filterBy ?? '',
      value: this.criteria.value ?? '',
      start: this.criteria.start ?? '',
      end: this.criteria.end ?? '',
    });
    this.problem = undefined;
  }

  get input(): CompanyDocumentFilterInput | undefined {
    return filterInputOf(this.form.value.filterBy);
  }

  setStatus(status: OrgDocumentStatusFilter): void {
    this.criteriaChange.emit({ status });
  }

  setOverdue(overdue: boolean): void {
    this.criteriaChange.emit({ overdue });
  }

  /** A new "Filter by" starts empty; "no filter" applies at once. */
  filterByChanged(): void {
    this.form.patchValue({ value: '', start: '', end: '' });
    this.problem = undefined;
    if (!this.form.value.filterBy && this.criteria.filterBy) {
      this.criteriaChange.emit(noFilter());
    }
  }

  apply(): void {
    const { filterBy, value, start, end } = this.form.value as Record<string, string>;
    const input = filterInputOf(filterBy);
    this.problem = problemOf(input, value.trim(), start.trim(), end.trim());
    if (this.problem) {
      return;
    }
    this.criteriaChange.emit(
      !input
        ? noFilter()
        : input === 'text' || input === 'type'
        ? { filterBy: filterBy as OrgDocumentFilterKey, value: value.trim(), start: undefined, end: undefined }
        : {
            filterBy: filterBy as OrgDocumentFilterKey,
            value: undefined,
            start: start.trim() || undefined,
            end: end.trim() || undefined,
          }
    );
  }

  typeLabel(type: OrgDocumentType): string {
    return `exstreamDocumentTypes.${type.code}`;
  }
}

function noFilter(): Partial<CompanyDocumentCriteria> {
  return { filterBy: undefined, value: undefined, start: undefined, end: undefined };
}

/** What keeps the filter from being applied; `undefined` when it can be. */
export function problemOf(
  input: CompanyDocumentFilterInput | undefined,
  value: string,
  start: string,
  end: string
): OrgFilterProblem | undefined {
  if (!input) return undefined;
  if (input === 'text' || input === 'type') return value ? undefined : 'missing';
  if (!start && !end) return 'missing';
  if ((start && !validRangeBoundary(input, start)) || (end && !validRangeBoundary(input, end))) return 'invalid';
  const ordered = input === 'date' ? start <= end : Number(start) <= Number(end);
  return start && end && !ordered ? 'order' : undefined;
}

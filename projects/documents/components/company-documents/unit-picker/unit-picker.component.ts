import {
  ChangeDetectionStrategy,
  Component,
  EventEmitter,
  Input,
  OnChanges,
  Output,
} from '@angular/core';
import { DocumentUnitNode } from '@exstream-spartacus/documents/root';
import { unitTree, UnitTreeEntry } from './unit-tree';

/** Indentation per level of the tree inside a native option (no-break spaces). */
const INDENT = '\u00a0\u00a0\u00a0';

/**
 * Which of the caller's units the page shows: a native select (keyboard and
 * screen readers work as everywhere), its options indented as the unit tree.
 */
@Component({
  selector: 'cx-exd-unit-picker',
  templateUrl: './unit-picker.component.html',
  styleUrls: ['./unit-picker.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitPickerComponent implements OnChanges {
  @Input() units: DocumentUnitNode[] = [];
  @Input() selectedId?: string;
  @Input() idSuffix = '';
  @Output() unitChange = new EventEmitter<string>();

  entries: UnitTreeEntry[] = [];

  ngOnChanges(): void {
    this.entries = unitTree(this.units);
  }

  indent(entry: UnitTreeEntry): string {
    return INDENT.repeat(entry.depth);
  }

  select(id: string): void {
    if (id !== this.selectedId) this.unitChange.emit(id);
  }
}

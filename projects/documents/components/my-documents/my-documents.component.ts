import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  OnDestroy,
  OnInit,
} from '@angular/core';
import {
  DocumentList,
  DocumentsError,
  DocumentsFacade,
  DocumentSortCode,
  DocumentTypeFacet,
  ExstreamDocument,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import { TranslationService } from '@spartacus/core';
import { combineLatest, Observable } from 'rxjs';
import { map } from 'rxjs/operators';
import {
  DocumentTransferService,
  TransferProgress,
} from '../download/document-transfer.service';
import { TransferTracker } from '../download/transfer-tracker';
import { DocumentViewerService } from '../viewer/document-viewer.service';
import { formatFileSize } from './file-size';

export interface DocumentTypeOption {
  code: string;
  count: number;
  selected: boolean;
}

interface MyDocumentsView {
  list?: DocumentList;
  loading: boolean;
  error?: DocumentsError;
}

const SORT_CODES: string[] = [
  DocumentSortCode.BY_DATE_DESC,
  DocumentSortCode.BY_DATE_ASC,
  DocumentSortCode.BY_NUMBER,
  DocumentSortCode.BY_TYPE,
];

/**
 * "My Documents": the shopper's documents as a table with a type filter,
 * sorting, server-side pagination and a download per document.
 */
@Component({
  selector: 'cx-exd-my-documents',
  templateUrl: './my-documents.component.html',
  styleUrls: ['./my-documents.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExstreamMyDocumentsComponent implements OnInit, OnDestroy {
  /** types the shopper picked; empty means all */
  selectedTypes: string[] = [];
  sort?: string;
  currentPage = 0;

  /** downloads in progress, by document id */
  readonly transfers = new TransferTracker(() => this.cd.markForCheck());

  readonly view$: Observable<MyDocumentsView> = combineLatest([
    this.documentsFacade.getDocuments(),
    this.documentsFacade.getLoading(),
    this.documentsFacade.getError(),
  ]).pipe(map(([list, loading, error]) => ({ list, loading, error })));

  readonly sortLabels$: Observable<Record<string, string>> = combineLatest(
    SORT_CODES.map((code) =>
      this.translation.translate(`exstreamDocumentSorts.${code}`)
    )
  ).pipe(
    map((labels) =>
      SORT_CODES.reduce(
        (result, code, index) => ({ ...result, [code]: labels[index] }),
        {} as Record<string, string>
      )
    )
  );

  constructor(
    protected documentsFacade: DocumentsFacade,
    protected transferService: DocumentTransferService,
    protected viewerService: DocumentViewerService,
    protected translation: TranslationService,
    protected config: ExstreamDocumentsConfig,
    protected cd: ChangeDetectorRef
  ) {}

  ngOnInit(): void {
    this.search();
  }

  ngOnDestroy(): void {
    this.transfers.destroy();
  }

  /** Filter options: configured types that have documents, or are selected. */
  typeOptions(list: DocumentList): DocumentTypeOption[] {
    const allowed = this.config.exstreamDocuments?.documentTypes ?? [];
    const counts = new Map<string, number>(
      (list.facets?.types ?? []).map((facet: DocumentTypeFacet) => [
        facet.code,
        facet.count,
      ])
    );
    const order = allowed.length ? allowed : Array.from(counts.keys());
    return order
      .map((code) => ({
        code,
        count: counts.get(code) ?? 0,
        selected: this.selectedTypes.includes(code),
      }))
      .filter((option) => option.count > 0 || option.selected);
  }

  /** Number of documents of all offered types (the "All types" option). */
  totalCount(options: DocumentTypeOption[]): number {
    return options.reduce((sum, option) => sum + option.count, 0);
  }

  toggleType(code: string): void {
    this.selectedTypes = this.selectedTypes.includes(code)
      ? this.selectedTypes.filter((type) => type !== code)
      : [...this.selectedTypes, code];
    this.currentPage = 0;
    this.search();
  }

  clearTypes(): void {
    if (!this.selectedTypes.length) {
      return;
    }
    this.selectedTypes = [];
    this.currentPage = 0;
    this.search();
  }

  changeSort(sort: string): void {
    this.sort = sort;
    this.currentPage = 0;
    this.search();
  }

  pageChange(page: number): void {
    this.currentPage = page;
    this.search();
  }

  retry(): void {
    this.documentsFacade.reload();
  }

  isDownloading(document: ExstreamDocument): boolean {
    return this.transfers.isRunning(document.id);
  }

  downloadProgress(document: ExstreamDocument): TransferProgress | undefined {
    return this.transfers.progress(document.id);
  }

  download(document: ExstreamDocument): void {
    this.transfers.start(document.id, () =>
      this.transferService.downloadDocument(document)
    );
  }

  preview(document: ExstreamDocument): void {
    this.viewerService.open(document);
  }

  formatSize(bytes: number): string {
    return formatFileSize(bytes);
  }

  trackById(_index: number, document: ExstreamDocument): string {
    return document.id;
  }

  protected search(): void {
    this.documentsFacade.search({
      types: [...this.selectedTypes],
      sort: this.sort,
      currentPage: this.currentPage,
    });
  }
}

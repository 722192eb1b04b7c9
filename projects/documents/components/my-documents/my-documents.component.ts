import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  OnDestroy,
  OnInit,
  Optional,
} from '@angular/core';
import {
  CmsExstreamDocumentsComponent,
  DocumentList,
  DocumentListSlotSettings,
  documentListSlotSettings,
  DocumentsError,
  DocumentSearchParams,
  DocumentsFacade,
  DocumentSortCode,
  DocumentTypeFacet,
  ExstreamDocument,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import { ActivatedRoute } from '@angular/router';
import { TranslationService } from '@spartacus/core';
import { CmsComponentData } from '@spartacus/storefront';
import { combineLatest, Observable, Subscription } from 'rxjs';
import { distinctUntilChanged, map, skip } from 'rxjs/operators';
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
  /** only unread documents (the "Unread" chip, or `?unread=true` in the route) */
  unreadOnly = false;
  /** whether the filter panel is open (phones only; wider screens always show the chips) */
  filtersOpen = false;

  /** downloads in progress, by document id */
  readonly transfers = new TransferTracker(() => this.cd.markForCheck());

  protected subscriptions = new Subscription();

  /** settings of this slot from its CMS data (types, page size, title) */
  settings: DocumentListSlotSettings = {};

  /**
   * Each placed component keeps its own list (scoped by its CMS uid), so two
   * differently filtered lists can share a page.
   */
  readonly scope: string | undefined = this.componentData?.uid;

  /** unique per placed component, for `aria-labelledby` */
  readonly idSuffix = this.scope ? `-${this.scope.replace(/[^\w-]/g, '_')}` : '';

  readonly view$: Observable<MyDocumentsView> = combineLatest([
    this.documentsFacade.getDocuments(this.scope),
    this.documentsFacade.getLoading(this.scope),
    this.documentsFacade.getError(this.scope),
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
    protected cd: ChangeDetectorRef,
    @Optional()
    protected componentData?: CmsComponentData<CmsExstreamDocumentsComponent>,
    @Optional() protected route?: ActivatedRoute
  ) {}

  ngOnInit(): void {
    this.unreadOnly = this.route?.snapshot?.queryParamMap.get('unread') === 'true';
    this.followUnreadQuery();
    if (!this.componentData) {
      this.search();
      return;
    }
    this.subscriptions.add(
      this.componentData.data$.subscribe((data) => {
        this.settings = documentListSlotSettings(data);
        this.selectedTypes = this.selectedTypes.filter((type) =>
          this.allowedTypes().includes(type)
        );
        this.search();
        this.cd.markForCheck();
      })
    );
  }

  /** A link to this page with another `?unread=` (e.g. the notices badge) switches the filter. */
  protected followUnreadQuery(): void {
    if (!this.route) {
      return;
    }
    this.subscriptions.add(
      this.route.queryParamMap
        .pipe(
          map((params) => params.get('unread') === 'true'),
          distinctUntilChanged(),
          skip(1)
        )
        .subscribe((unreadOnly) => {
          if (unreadOnly !== this.unreadOnly) {
            this.unreadOnly = unreadOnly;
            this.currentPage = 0;
            this.search();
            this.cd.markForCheck();
          }
        })
    );
  }

  ngOnDestroy(): void {
    this.subscriptions.unsubscribe();
    this.transfers.destroy();
  }

  /**
   * Types this list may show: the slot's types (limited to the configured
   * ones) or else the configured ones; empty means all.
   */
  allowedTypes(): string[] {
    const configured = this.config.exstreamDocuments?.documentTypes ?? [];
    const slot = this.settings.documentTypes ?? [];
    if (!slot.length) {
      return configured;
    }
    return configured.length
      ? slot.filter((type) => configured.includes(type))
      : slot;
  }

  /** Filter options: allowed types that have documents, or are selected. */
  typeOptions(list: DocumentList): DocumentTypeOption[] {
    const allowed = this.allowedTypes();
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

  /** Translation key of a type's label (`typeDisplay` of the configuration, else the default). */
  typeLabelKey(type: string): string {
    return (
      this.config.exstreamDocuments?.typeDisplay?.[type]?.label ??
      `exstreamDocumentTypes.${type}`
    );
  }

  /** Icon of a type from `typeDisplay`, if one is configured. */
  typeIcon(type: string): string | undefined {
    return this.config.exstreamDocuments?.typeDisplay?.[type]?.icon;
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

  toggleUnread(): void {
    this.unreadOnly = !this.unreadOnly;
    this.currentPage = 0;
    this.search();
  }

  /** Active type and unread filters, counted on the phones' "Filters (n)" button. */
  activeFilterCount(): number {
    return this.selectedTypes.length + (this.unreadOnly ? 1 : 0);
  }

  toggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
  }

  /**
   * Closes the filter panel and gives the focus back to the button that opened it.
   * @param toggle that button, from the template: the list re-renders it while it reloads
   * @param event the Escape that closed it: it goes no further, or Spartacus' escape
   * handling of an enclosing element would move the focus to that element
   */
  closeFilters(toggle?: HTMLElement, event?: Event): void {
    if (!this.filtersOpen) {
      return;
    }
    event?.stopPropagation();
    this.filtersOpen = false;
    toggle?.focus();
  }

  /** Clears the type and unread filters. */
  clearFilters(): void {
    if (!this.selectedTypes.length && !this.unreadOnly) {
      return;
    }
    this.selectedTypes = [];
    this.unreadOnly = false;
    this.currentPage = 0;
    this.search();
  }

  /** Unread documents matching the other criteria (`facets.unread`). */
  unreadCount(list: DocumentList): number {
    return list.facets?.unread ?? 0;
  }

  /** Whether the document's latest delivery was an e-mail that bounced. */
  isBounced(document: ExstreamDocument): boolean {
    return (
      document.deliveryStatus?.status === 'BOUNCED' &&
      document.deliveryStatus.channel === 'EMAIL'
    );
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
    this.documentsFacade.reload(this.scope);
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

  /** @param opener where the focus returns when the viewer closes */
  preview(document: ExstreamDocument, opener?: HTMLElement): void {
    this.viewerService.open(document, opener);
  }

  formatSize(bytes: number): string {
    return formatFileSize(bytes);
  }

  trackById(_index: number, document: ExstreamDocument): string {
    return document.id;
  }

  /** keeps a chip's button (and its focus) while the list reloads */
  trackByCode(_index: number, option: DocumentTypeOption): string {
    return option.code;
  }

  protected search(): void {
    const params: DocumentSearchParams = {
      types: this.selectedTypes.length
        ? [...this.selectedTypes]
        : [...(this.settings.documentTypes ? this.allowedTypes() : [])],
      sort: this.sort,
      currentPage: this.currentPage,
    };
    if (this.settings.pageSize) {
      params.pageSize = this.settings.pageSize;
    }
    if (this.unreadOnly) {
      params.unread = true;
    }
    this.documentsFacade.search(params, this.scope);
  }
}

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
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import { ActivatedRoute } from '@angular/router';
import { TranslationService } from '@spartacus/core';
import { CmsComponentData } from '@spartacus/storefront';
import { combineLatest, Observable, Subscription } from 'rxjs';
import { distinctUntilChanged, map, skip } from 'rxjs/operators';
import { translatedLabels } from '../shared/translated-labels';
import { DocumentTypeOption } from './document-filters/document-filters.component';
import {
  allowedDocumentTypes,
  documentTypeOptions,
} from './document-filters/document-type-options';

interface MyDocumentsView {
  list?: DocumentList;
  loading: boolean;
  error?: DocumentsError;
}

/** Translation key of each sort of the document list. */
const SORT_LABEL_KEYS: Record<string, string> = Object.values(DocumentSortCode).reduce(
  (keys, code) => ({ ...keys, [code]: `exstreamDocumentSorts.${code}` }),
  {} as Record<string, string>
);

/**
 * "My Documents": the shopper's documents with type and unread filters,
 * sorting and server-side pagination; a CMS slot may limit the types.
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

  readonly sortLabels$: Observable<Record<string, string>> = translatedLabels(
    this.translation,
    SORT_LABEL_KEYS
  );

  constructor(
    protected documentsFacade: DocumentsFacade,
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
  }

  /**
   * Types this list may show: the slot's types (limited to the configured
   * ones) or else the configured ones; empty means all.
   */
  allowedTypes(): string[] {
    return allowedDocumentTypes(
      this.config.exstreamDocuments?.documentTypes ?? [],
      this.settings.documentTypes ?? []
    );
  }

  /** Filter options: allowed types that have documents, or are selected. */
  typeOptions(list: DocumentList): DocumentTypeOption[] {
    return documentTypeOptions(list, this.allowedTypes(), this.selectedTypes);
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

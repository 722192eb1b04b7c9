import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  OnDestroy,
  OnInit,
  Optional,
} from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import {
  CmsExstreamDocumentsComponent,
  DocumentFilter,
  DocumentList,
  DocumentListSlotSettings,
  documentListSlotSettings,
  DocumentsError,
  DocumentsFacade,
  DocumentSortCode,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import { TranslationService } from '@spartacus/core';
import { CmsComponentData } from '@spartacus/storefront';
import { combineLatest, Observable, Subscription } from 'rxjs';
import { map } from 'rxjs/operators';
import { translatedLabels } from '../shared/translated-labels';
import { DocumentTypeOption } from './document-filters/document-filters.component';
import { allowedDocumentTypes, documentTypeOptions } from './document-filters/document-type-options';
import {
  activeFilterCount,
  criteriaFromQueryParams,
  DocumentListCriteria,
  filterOf,
  NO_CRITERIA,
  sameCriteria,
  searchParamsOf,
  toggled,
  withoutFilters,
} from './document-list-criteria';
import { writeCriteriaToUrl } from './document-list-url';
import { DocumentSelection } from './document-selection';

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
 * "My Documents": the shopper's documents with search, type, date, order and
 * unread filters, sorting and server-side pagination, all kept in the page URL;
 * rows can be selected and taken as one ZIP, the list exported as CSV. A CMS
 * slot may limit the types.
 */
@Component({
  selector: 'cx-exd-my-documents',
  templateUrl: './my-documents.component.html',
  styleUrls: ['./my-documents.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExstreamMyDocumentsComponent implements OnInit, OnDestroy {
  criteria: DocumentListCriteria = NO_CRITERIA;
  readonly selection = new DocumentSelection();
  /** settings of this slot from its CMS data (types, page size, title) */
  settings: DocumentListSlotSettings = {};
  protected subscriptions = new Subscription();
  /** rows can be selected and the list taken as ZIP or CSV (`bulkActions`, default on) */
  readonly bulkActions = this.config.exstreamDocuments?.bulkActions !== false;

  /** Each placed component keeps its own list (scoped by its CMS uid). */
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
    @Optional() protected componentData?: CmsComponentData<CmsExstreamDocumentsComponent>,
    @Optional() protected route?: ActivatedRoute,
    @Optional() protected router?: Router
  ) {}

  ngOnInit(): void {
    if (this.route?.snapshot) {
      this.criteria = criteriaFromQueryParams(this.route.snapshot.queryParamMap);
    }
    this.followUrl();
    if (!this.componentData) {
      this.search();
      return;
    }
    this.subscriptions.add(
      this.componentData.data$.subscribe((data) => {
        this.settings = documentListSlotSettings(data);
        const types = this.criteria.types.filter((t) => this.allowedTypes().includes(t));
        this.criteria = { ...this.criteria, types };
        this.search();
        this.cd.markForCheck();
      })
    );
  }

  /** Back and forward, a shared link, or a link such as the notices badge's `?unread=true`. */
  protected followUrl(): void {
    if (!this.route) {
      return;
    }
    this.subscriptions.add(
      this.route.queryParamMap.subscribe((params) => {
        const criteria = criteriaFromQueryParams(params);
        if (!sameCriteria(criteria, this.criteria)) {
          this.criteria = criteria;
          this.selection.clear();
          this.search();
          this.cd.markForCheck();
        }
      })
    );
  }

  ngOnDestroy(): void {
    this.subscriptions.unsubscribe();
  }

  /** Types this list may show (slot and configuration); empty means all. */
  allowedTypes(): string[] {
    return allowedDocumentTypes(
      this.config.exstreamDocuments?.documentTypes ?? [],
      this.settings.documentTypes ?? []
    );
  }

  typeOptions(list: DocumentList): DocumentTypeOption[] {
    return documentTypeOptions(list, this.allowedTypes(), this.criteria.types);
  }

  activeFilters(): number {
    return activeFilterCount(this.criteria);
  }

  pageIds(list: DocumentList): string[] {
    return list.documents.map((document) => document.id);
  }

  toggleType(code: string): void {
    this.refine({ types: toggled(this.criteria.types, code) });
  }

  clearTypes(): void {
    if (this.criteria.types.length) this.refine({ types: [] });
  }

  toggleUnread(): void {
    this.refine({ unread: !this.criteria.unread });
  }

  clearFilters(): void {
    if (this.activeFilters()) this.apply(withoutFilters(this.criteria), true);
  }

  changeSort(sort: string): void {
    this.apply({ ...this.criteria, sort, currentPage: 0 }, false);
  }

  pageChange(currentPage: number): void {
    this.apply({ ...this.criteria, currentPage }, false);
  }

  retry(): void {
    this.documentsFacade.reload(this.scope);
  }

  /** What "all matching", the ZIP and the export take. */
  filter(): DocumentFilter {
    return filterOf(this.criteria, this.searchTypes());
  }

  /** A changed filter starts at the first page with nothing selected. */
  refine(change: Partial<DocumentListCriteria>): void {
    this.apply({ ...this.criteria, ...change, currentPage: 0 }, true);
  }

  protected apply(criteria: DocumentListCriteria, filtersChanged: boolean): void {
    if (sameCriteria(criteria, this.criteria)) {
      return;
    }
    this.criteria = criteria;
    if (filtersChanged) this.selection.clear();
    this.search();
    if (this.router) writeCriteriaToUrl(this.router, criteria);
  }

  protected searchTypes(): string[] {
    if (this.criteria.types.length) return [...this.criteria.types];
    return this.settings.documentTypes ? this.allowedTypes() : [];
  }

  protected search(): void {
    this.documentsFacade.search(
      searchParamsOf(this.criteria, this.searchTypes(), this.settings.pageSize),
      this.scope
    );
  }
}

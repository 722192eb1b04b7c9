import { Injectable } from '@angular/core';
import {
  DocumentBulkFacade,
  DocumentFilter,
  DocumentSelection,
  DocumentsError,
  DocumentsFacade,
  DocumentTransferEvent,
  ExstreamDocument,
  OrderDocumentsFacade,
  OrgDocumentSearchParams,
} from '@exstream-spartacus/documents/root';
import {
  GlobalMessageService,
  GlobalMessageType,
  Translatable,
  WindowRef,
} from '@spartacus/core';
import { MonoTypeOperatorFunction, Observable, of } from 'rxjs';
import { catchError, filter, map, switchMap, tap } from 'rxjs/operators';
import { DocumentDownloadService } from './document-download.service';

/**
 * Progress of a running download: `percent` is missing while the size is
 * unknown.
 */
export interface TransferProgress {
  percent?: number;
}

/**
 * Downloads documents and order archives for saving: reports progress, saves
 * the file under the name the server announced and reports failures through
 * the global message service. The returned stream never errors; it completes
 * when the download has ended either way.
 *
 * A 401 is left to Spartacus: its `AuthInterceptor` refreshes the token (and
 * retries) or sends the shopper to the login page.
 */
/** What a failed ZIP tells the shopper: the limit when the selection is too large. */
function archiveFailure(error?: DocumentsError): Translatable {
  return error?.archiveLimit
    ? {
        key: 'exstreamDocuments.bulk.tooMany',
        params: { count: error.archiveLimit.count, limit: error.archiveLimit.limit },
      }
    : { key: 'exstreamDocuments.bulk.downloadFailed' };
}

@Injectable({ providedIn: 'root' })
export class DocumentTransferService {
  constructor(
    protected documentsFacade: DocumentsFacade,
    protected orderDocumentsFacade: OrderDocumentsFacade,
    protected downloadService: DocumentDownloadService,
    protected globalMessageService: GlobalMessageService,
    protected winRef: WindowRef,
    protected bulkFacade: DocumentBulkFacade
  ) {}

  downloadDocument(document: ExstreamDocument): Observable<TransferProgress> {
    return this.run(
      this.documentsFacade.downloadDocumentContent(document.id, document.orgUnitId),
      downloadFailed(document)
    );
  }

  /**
   * Saves the document by opening a signed attachment link, with no blob URL (which iOS
   * Safari handles poorly from a dialog); without signed links, as `downloadDocument`.
   * The browser shows the progress itself.
   */
  downloadThroughLink(document: ExstreamDocument): Observable<TransferProgress> {
    const window = this.winRef.isBrowser() ? this.winRef.nativeWindow : undefined;
    if (!window) {
      return of<TransferProgress>();
    }
    return this.documentsFacade.getDocumentLink(document.id, 'attachment', document.orgUnitId).pipe(
      switchMap((link) => {
        if (!link) {
          return this.downloadDocument(document);
        }
        window.location.assign(link.url);
        return of<TransferProgress>();
      }),
      this.endOnFailure(downloadFailed(document))
    );
  }

  downloadArchive(orderCode: string): Observable<TransferProgress> {
    return this.run(this.orderDocumentsFacade.downloadArchive(orderCode), {
      key: 'exstreamOrderDocuments.downloadAllFailed',
      params: { code: orderCode },
    });
  }

  /**
   * One ZIP of several documents; a refusal as too large says what the limit is.
   * @param orgUnitId a B2B unit's documents; missing: the shopper's own
   */
  downloadSelection(selection: DocumentSelection, orgUnitId?: string): Observable<TransferProgress> {
    return this.run(this.bulkFacade.downloadArchive(selection, orgUnitId), archiveFailure);
  }

  /**
   * The filtered list as a CSV file.
   * @param orgUnitId a B2B unit's documents; missing: the shopper's own
   */
  exportList(filter: DocumentFilter, orgUnitId?: string): Observable<TransferProgress> {
    return this.run(this.bulkFacade.downloadExport(filter, orgUnitId), {
      key: 'exstreamDocuments.bulk.exportFailed',
    });
  }

  /** Every document of a B2B unit that the account summary filters match, as one ZIP. */
  downloadOrgMatching(orgUnitId: string, filter: OrgDocumentSearchParams): Observable<TransferProgress> {
    return this.run(this.bulkFacade.downloadOrgArchive(orgUnitId, filter), archiveFailure);
  }

  /** A B2B unit's documents that the account summary filters match, as a CSV file. */
  exportOrgList(orgUnitId: string, filter: OrgDocumentSearchParams): Observable<TransferProgress> {
    return this.run(this.bulkFacade.downloadOrgExport(orgUnitId, filter), {
      key: 'exstreamDocuments.bulk.exportFailed',
    });
  }

  protected run(
    events$: Observable<DocumentTransferEvent>,
    failure: Translatable | ((error?: DocumentsError) => Translatable)
  ): Observable<TransferProgress> {
    return events$.pipe(
      tap((event) => {
        if (event.kind === 'done' && !this.downloadService.save(event.file)) {
          this.reportFailure(typeof failure === 'function' ? failure() : failure);
        }
      }),
      filter((event) => event.kind === 'progress'),
      map((event) => toProgress(event)),
      this.endOnFailure(failure)
    );
  }

  /** Ends the transfer on an error: a 401 is Spartacus' to handle, anything else is reported. */
  private endOnFailure(
    failure: Translatable | ((error?: DocumentsError) => Translatable)
  ): MonoTypeOperatorFunction<TransferProgress> {
    return catchError((error: unknown) => {
      const documentsError = error as DocumentsError | undefined;
      if (documentsError?.status !== 401) {
        this.reportFailure(
          typeof failure === 'function' ? failure(documentsError) : failure
        );
      }
      return of<TransferProgress>();
    });
  }

  protected reportFailure(message: Translatable): void {
    this.globalMessageService.add(message, GlobalMessageType.MSG_TYPE_ERROR);
  }
}

function downloadFailed(document: ExstreamDocument): Translatable {
  return { key: 'exstreamDocuments.downloadFailed', params: { title: document.title } };
}

function toProgress(event: DocumentTransferEvent): TransferProgress {
  if (event.kind !== 'progress' || !event.total) {
    return {};
  }
  return {
    percent: Math.min(100, Math.floor((event.loaded / event.total) * 100)),
  };
}

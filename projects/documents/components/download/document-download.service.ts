import { Injectable } from '@angular/core';
import { DocumentFile } from '@exstream-spartacus/documents/root';
import { WindowRef } from '@spartacus/core';
import { FileDownloadService } from '@spartacus/storefront';

/** How long an object URL stays valid after the download was started. */
const REVOKE_DELAY_MS = 60_000;

/**
 * Hands a fetched document to the browser as a file download under the
 * name the server announced. Does nothing outside the browser (SSR).
 */
@Injectable({ providedIn: 'root' })
export class DocumentDownloadService {
  constructor(
    protected winRef: WindowRef,
    protected fileDownloadService: FileDownloadService
  ) {}

  /**
   * Starts the download. Returns `false` when the platform cannot save files.
   */
  save(file: DocumentFile): boolean {
    const win = this.winRef.isBrowser() ? this.winRef.nativeWindow : undefined;
    const urlApi = (win as (Window & { URL?: typeof URL }) | undefined)?.URL;
    if (!win || !urlApi || typeof urlApi.createObjectURL !== 'function') {
      return false;
    }
    const blob =
      file.blob.type || !file.mimeType
        ? file.blob
        : new Blob([file.blob], { type: file.mimeType });
    const url = urlApi.createObjectURL(blob);
    this.fileDownloadService.download(url, file.fileName);
    // the browser reads the object URL asynchronously: release it a bit later
    win.setTimeout(() => urlApi.revokeObjectURL(url), REVOKE_DELAY_MS);
    return true;
  }
}

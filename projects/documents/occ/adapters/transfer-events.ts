import { HttpEvent, HttpEventType, HttpResponse } from '@angular/common/http';
import {
  DocumentFile,
  DocumentTransferEvent,
} from '@exstream-spartacus/documents/root';
import { OperatorFunction } from 'rxjs';
import { filter, map } from 'rxjs/operators';
import { parseContentDispositionFileName } from './content-disposition';

/**
 * Maps the events of a `reportProgress` blob request to transfer events:
 * download progress while bytes arrive, then the file with the name from
 * `Content-Disposition` (or `fallbackName`).
 */
export function toTransferEvents(
  fallbackName: (mimeType: string) => string
): OperatorFunction<HttpEvent<Blob>, DocumentTransferEvent> {
  return (source) =>
    source.pipe(
      filter(
        (event) =>
          event.type === HttpEventType.DownloadProgress ||
          event.type === HttpEventType.Response
      ),
      map((event): DocumentTransferEvent => {
        if (event.type === HttpEventType.Response) {
          return { kind: 'done', file: toDocumentFile(event, fallbackName) };
        }
        const progress = event as { loaded: number; total?: number };
        return {
          kind: 'progress',
          loaded: progress.loaded,
          ...(progress.total ? { total: progress.total } : {}),
        };
      })
    );
}

export function toDocumentFile(
  response: HttpResponse<Blob>,
  fallbackName: (mimeType: string) => string
): DocumentFile {
  const blob = response.body ?? new Blob([]);
  const mimeType =
    response.headers.get('Content-Type') || blob.type || 'application/octet-stream';
  const fileName =
    parseContentDispositionFileName(response.headers.get('Content-Disposition')) ??
    fallbackName(mimeType);
  return { blob, fileName, mimeType };
}

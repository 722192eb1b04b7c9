import { Pipe, PipeTransform } from '@angular/core';
import { Translatable } from '@spartacus/core';
import { TransferProgress } from '../../download/document-transfer.service';

/**
 * The text of a download button, for `cxTranslate`: "Downloading…" (with the
 * percentage once the size is known) while the transfer runs, else `idleKey`.
 *
 * `{{ transfers.progress(id) | cxExdTransferLabel: 'exstreamDocuments.download' | cxTranslate }}`
 */
@Pipe({ name: 'cxExdTransferLabel' })
export class TransferLabelPipe implements PipeTransform {
  transform(
    progress: TransferProgress | null | undefined,
    idleKey: string,
    idleParams?: Translatable['params']
  ): Translatable {
    if (!progress) {
      return idleParams ? { key: idleKey, params: idleParams } : { key: idleKey };
    }
    return {
      key:
        progress.percent !== undefined
          ? 'exstreamDocuments.downloadingPercent'
          : 'exstreamDocuments.downloading',
      params: { percent: progress.percent },
    };
  }
}

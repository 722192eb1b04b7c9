import { Pipe, PipeTransform } from '@angular/core';
import { formatFileSize } from './file-size';

@Pipe({ name: 'cxExdFileSize' })
export class FileSizePipe implements PipeTransform {
  transform(bytes: number | null | undefined): string {
    return formatFileSize(bytes);
  }
}

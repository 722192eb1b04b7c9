import { Pipe, PipeTransform } from '@angular/core';
import { ExstreamDocumentsConfig } from '@exstream-spartacus/documents/root';

/** Translation key of a document type's label: `typeDisplay` of the configuration, else the default key. */
@Pipe({ name: 'cxExdTypeLabel' })
export class DocumentTypeLabelPipe implements PipeTransform {
  constructor(protected config: ExstreamDocumentsConfig) {}

  transform(type: string): string {
    return (
      this.config.exstreamDocuments?.typeDisplay?.[type]?.label ??
      `exstreamDocumentTypes.${type}`
    );
  }
}

/** Icon of a document type from `typeDisplay`, or `undefined` when none is configured. */
@Pipe({ name: 'cxExdTypeIcon' })
export class DocumentTypeIconPipe implements PipeTransform {
  constructor(protected config: ExstreamDocumentsConfig) {}

  transform(type: string): string | undefined {
    return this.config.exstreamDocuments?.typeDisplay?.[type]?.icon;
  }
}

import { Pipe, PipeTransform } from '@angular/core';
import {
  documentTypeIconSymbol,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';

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

/**
 * Icon of a document type from `typeDisplay`; without one, the library's icon of the
 * type when `withDefault` is set (places that always show an icon), else `undefined`.
 */
@Pipe({ name: 'cxExdTypeIcon' })
export class DocumentTypeIconPipe implements PipeTransform {
  constructor(protected config: ExstreamDocumentsConfig) {}

  transform(type: string, withDefault: 'withDefault'): string;
  transform(type: string): string | undefined;
  transform(type: string, withDefault?: 'withDefault'): string | undefined {
    const configured = this.config.exstreamDocuments?.typeDisplay?.[type]?.icon;
    if (configured || !withDefault) {
      return configured;
    }
    return documentTypeIconSymbol(type);
  }
}

import { Pipe, PipeTransform } from '@angular/core';
import {
  DocumentType,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';

/** Icon names of the library's icon configuration per document type; others get `EXD_DOCUMENT`. */
export const DOCUMENT_TYPE_ICONS: Record<string, string> = {
  [DocumentType.ORDER_CONFIRMATION]: 'EXD_ORDER_CONFIRMATION',
  [DocumentType.INVOICE]: 'EXD_INVOICE',
  [DocumentType.CREDIT_NOTE]: 'EXD_CREDIT_NOTE',
  [DocumentType.SHIPMENT_NOTICE]: 'EXD_SHIPMENT_NOTICE',
  [DocumentType.WARRANTY]: 'EXD_WARRANTY',
  [DocumentType.POLICY]: 'EXD_POLICY',
};
const DEFAULT_DOCUMENT_ICON = 'EXD_DOCUMENT';

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
    return DOCUMENT_TYPE_ICONS[type] ?? DEFAULT_DOCUMENT_ICON;
  }
}

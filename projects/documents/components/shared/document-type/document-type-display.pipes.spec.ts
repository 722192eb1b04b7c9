import {
  ALL_DOCUMENT_TYPES,
  DocumentType,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import { defaultExstreamDocumentsIconConfig } from '../../../root/config/default-documents-icon-config';
import { DocumentTypeIconPipe, DocumentTypeLabelPipe } from './document-type-display.pipes';

describe('document type display pipes', () => {
  const config: ExstreamDocumentsConfig = {
    exstreamDocuments: {
      typeDisplay: { INVOICE: { label: 'shop.bill', icon: 'RECEIPT' } },
    },
  };

  it('takes the label key from typeDisplay, else the default key of the type', () => {
    const label = new DocumentTypeLabelPipe(config);
    expect(label.transform(DocumentType.INVOICE)).toBe('shop.bill');
    expect(label.transform(DocumentType.STATEMENT)).toBe('exstreamDocumentTypes.STATEMENT');
  });

  it('takes the icon from typeDisplay; without one, the library icon only where asked for', () => {
    const icon = new DocumentTypeIconPipe(config);
    expect(icon.transform(DocumentType.INVOICE)).toBe('RECEIPT');
    expect(icon.transform(DocumentType.INVOICE, 'withDefault')).toBe('RECEIPT');
    expect(icon.transform(DocumentType.WARRANTY)).toBeUndefined();
    expect(icon.transform(DocumentType.WARRANTY, 'withDefault')).toBe('EXD_WARRANTY');
    expect(icon.transform(DocumentType.STATEMENT, 'withDefault')).toBe('EXD_STATEMENT');
    expect(icon.transform('LEGACY_NOTICE', 'withDefault')).toBe('EXD_DOCUMENT');
  });

  it('every document type has an icon in the default icon configuration', () => {
    const icon = new DocumentTypeIconPipe({ exstreamDocuments: {} });
    const symbols = defaultExstreamDocumentsIconConfig.icon?.symbols ?? {};
    for (const type of ALL_DOCUMENT_TYPES) {
      const symbol = icon.transform(type, 'withDefault');
      expect(symbol).withContext(type).toBe(`EXD_${type}`);
      expect(symbols[symbol]).withContext(type).toMatch(/^fas fa-/);
    }
    expect(symbols['EXD_DOCUMENT']).toMatch(/^fas fa-/);
  });
});

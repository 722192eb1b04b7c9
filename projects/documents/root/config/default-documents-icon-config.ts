import { IconConfig } from '@spartacus/storefront';
import {
  DEFAULT_DOCUMENT_ICON_SYMBOL,
  DOCUMENT_TYPE_DEFINITIONS,
  documentTypeIconSymbol,
} from '../model/document-types';

const typeIcons: Record<string, string> = {};
for (const [type, definition] of Object.entries(DOCUMENT_TYPE_DEFINITIONS)) {
  typeIcons[documentTypeIconSymbol(type)] = definition.iconClasses;
}

/**
 * Icons of the document types (Font Awesome 5 free, solid), from the type
 * definitions. Override any of them with `provideConfig`.
 */
export const defaultExstreamDocumentsIconConfig: IconConfig = {
  icon: {
    symbols: {
      [DEFAULT_DOCUMENT_ICON_SYMBOL]: 'fas fa-file-alt',
      ...typeIcons,
    },
  },
};

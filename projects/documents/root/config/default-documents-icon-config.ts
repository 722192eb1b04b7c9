import { IconConfig } from '@spartacus/storefront';

/**
 * Icons of the document types (Font Awesome 5 free, solid), as used by the
 * order history's documents column. Override any of them with `provideConfig`.
 */
export const defaultExstreamDocumentsIconConfig: IconConfig = {
  icon: {
    symbols: {
      EXD_DOCUMENT: 'fas fa-file-alt',
      EXD_ORDER_CONFIRMATION: 'fas fa-clipboard-check',
      EXD_INVOICE: 'fas fa-file-invoice-dollar',
      EXD_CREDIT_NOTE: 'fas fa-undo-alt',
      EXD_SHIPMENT_NOTICE: 'fas fa-truck',
      EXD_WARRANTY: 'fas fa-shield-alt',
      EXD_POLICY: 'fas fa-file-contract',
    },
  },
};

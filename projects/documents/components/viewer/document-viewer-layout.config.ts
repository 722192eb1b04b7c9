import { DIALOG_TYPE, LayoutConfig } from '@spartacus/storefront';
import { ExstreamDocumentViewerComponent } from './document-viewer.component';

/**
 * The `launch` caller of the document viewer. An app replaces the entry with
 * `provideConfig({ launch: { [EXSTREAM_DOCUMENT_VIEWER]: { ... } } })`, e.g.
 * to show its own component.
 */
export const EXSTREAM_DOCUMENT_VIEWER = 'EXSTREAM_DOCUMENT_VIEWER';

export const defaultDocumentViewerLayoutConfig: LayoutConfig = {
  launch: {
    [EXSTREAM_DOCUMENT_VIEWER]: {
      inlineRoot: true,
      component: ExstreamDocumentViewerComponent,
      dialogType: DIALOG_TYPE.DIALOG,
    },
  },
};

/** Name of the lazy-loaded feature that holds the CMS components (and, by default, the core). */
export const EXSTREAM_DOCUMENTS_FEATURE = 'exstreamDocuments';
/** Name of the feature that provides the `DocumentsFacade` implementation. */
export const EXSTREAM_DOCUMENTS_CORE_FEATURE = 'exstreamDocumentsCore';
/** Name of the translation chunk used by all components of this library. */
export const EXSTREAM_DOCUMENTS_TRANSLATION_CHUNK = 'exstreamDocuments';

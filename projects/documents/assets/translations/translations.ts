import { EXSTREAM_DOCUMENTS_TRANSLATION_CHUNK } from '@exstream-spartacus/documents/root';
import { TranslationChunksConfig, TranslationResources } from '@spartacus/core';
import { de } from './de/index';
import { en } from './en/index';

export const exstreamDocumentsTranslations: TranslationResources = {
  en,
  de,
};

/** One chunk holds all of the library's keys, so every top-level key of the English texts belongs to it. */
export const exstreamDocumentsTranslationChunksConfig: TranslationChunksConfig = {
  [EXSTREAM_DOCUMENTS_TRANSLATION_CHUNK]: Object.keys(en[EXSTREAM_DOCUMENTS_TRANSLATION_CHUNK]),
};

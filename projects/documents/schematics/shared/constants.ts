/** Names the generated code and the app's files use; one place to keep them consistent. */
export const PACKAGE_NAME = '@exstream-spartacus/documents';
export const FEATURE_FOLDER = 'exstream-documents';
export const FEATURE_MODULE_FILE = 'exstream-documents-feature.module.ts';
export const FEATURE_MODULE_CLASS = 'ExstreamDocumentsFeatureModule';
export const STYLES_FILE = 'exstream-documents.scss';

export const SPARTACUS_FEATURES_MODULE_FILE = 'spartacus-features.module.ts';
export const SPARTACUS_FEATURES_MODULE_CLASS = 'SpartacusFeaturesModule';
export const SPARTACUS_CONFIGURATION_MODULE_FILE = 'spartacus-configuration.module.ts';

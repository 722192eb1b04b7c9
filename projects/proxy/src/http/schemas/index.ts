/**
 * The routes' JSON schemas, one module per resource; those with an $id are registered with
 * app.addSchema and referenced by it.
 */
export * from './common';
export * from './documents';
export * from './health';
export * from './integration';
export * from './orders';
export * from './preferences';
export * from './bulk';
export * from './org-documents';

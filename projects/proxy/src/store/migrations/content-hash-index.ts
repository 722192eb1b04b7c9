/**
 * SQLite v10, PostgreSQL v11: documents by the SHA-256 of their bytes, so that the clean-up of
 * unreferenced content (npm run content:gc) asks which of a page of stored hashes are named without
 * reading the whole table.
 */
export const CONTENT_HASH_INDEX = 'CREATE INDEX documents_sha256 ON documents (sha256);';

import { createHash } from 'node:crypto';
import { documentSearchWords, queryWords } from '../documents/search-text';

/**
 * The text index holds one term per word of a document, prefixed with a tag of its owner: a
 * search looks up the owner's terms only, so its cost follows the owner's matches, not the size
 * of the store. The tag is 10 letters (a–p) from the SHA-256 of the owner key; two owners sharing
 * a tag only share index ranges, since every query also filters on `owner_uid`.
 */
export function ownerTag(ownerUid: string): string {
  const digest = createHash('sha256').update(ownerUid).digest();
  let tag = '';
  for (let i = 0; i < 5; i++) tag += String.fromCharCode(97 + (digest[i] >> 4), 97 + (digest[i] & 15));
  return tag;
}

/** The `search_terms` column: the owner's tagged words of a document, space-separated. */
export function documentSearchTerms(ownerUid: string, number: string, title: string): string {
  const tag = ownerTag(ownerUid);
  return documentSearchWords(number, title)
    .map((word) => tag + word)
    .join(' ');
}

/** The tagged prefixes a search for `q` by `ownerUid` looks up; empty when `q` has no words. */
export function searchPrefixes(ownerUid: string, q: string): string[] {
  const tag = ownerTag(ownerUid);
  return queryWords(q).map((word) => tag + word);
}

/** SQLite FTS5 query: every prefix in the `terms` column (terms are letters and digits only). */
export function fts5Match(prefixes: readonly string[]): string {
  return `terms : (${prefixes.map((p) => `"${p}"*`).join(' AND ')})`;
}

/** PostgreSQL tsquery text (cast with `::tsquery`, so no parser or dictionary touches the terms). */
export function tsqueryPrefixes(prefixes: readonly string[]): string {
  return prefixes.map((p) => `'${p}':*`).join(' & ');
}

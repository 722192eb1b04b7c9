import { createHash } from 'node:crypto';
import { documentSearchTerms as documentTerms, querySearchTerms, type SearchTerms } from '../documents/search-text';

/**
 * The text index holds one term per word of a document, prefixed with a tag of its owner: a
 * search looks up the owner's terms only, so its cost follows the owner's matches, not the size
 * of the store. The tag is 10 letters (a–p) from the SHA-256 of the owner key; two owners sharing
 * a tag only share index ranges, since every query also filters on `owner_uid`.
 */
export function ownerTag(ownerUid: string, kind: keyof SearchTerms = 'words'): string {
  // Joined runs get a tag of their own: a word prefix ("inv") never expands over every joined number ("inv0001…").
  const digest = createHash('sha256').update(kind === 'words' ? ownerUid : `${ownerUid}\u0000joined`).digest();
  let tag = '';
  for (let i = 0; i < 5; i++) tag += String.fromCharCode(97 + (digest[i] >> 4), 97 + (digest[i] & 15));
  return tag;
}

/** The `search_terms` column: the owner's tagged words of a document, space-separated. */
export function documentSearchTerms(ownerUid: string, number: string, title: string): string {
  return tagged(ownerUid, documentTerms(number, title)).join(' ');
}

/** The tagged prefixes a search for `q` by `ownerUid` looks up; empty when `q` has no words. */
export function searchPrefixes(ownerUid: string, q: string): string[] {
  return tagged(ownerUid, querySearchTerms(q));
}

function tagged(ownerUid: string, terms: SearchTerms): string[] {
  const words = ownerTag(ownerUid, 'words');
  const joined = ownerTag(ownerUid, 'joined');
  return [...terms.words.map((w) => words + w), ...terms.joined.map((j) => joined + j)];
}

/** SQLite FTS5 query: every prefix in the `terms` column (terms are letters and digits only). */
export function fts5Match(prefixes: readonly string[]): string {
  return `terms : (${prefixes.map((p) => `"${p}"*`).join(' AND ')})`;
}

/** PostgreSQL tsquery text (cast with `::tsquery`, so no parser or dictionary touches the terms). */
export function tsqueryPrefixes(prefixes: readonly string[]): string {
  return prefixes.map((p) => `'${p}':*`).join(' & ');
}

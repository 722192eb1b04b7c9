/**
 * The one definition of how document text and search input are compared: compatibility
 * decomposition (NFKD), combining marks removed, lower-cased, split into words of letters and digits.
 * "Müller" and "muller" give the same word; "INV-001234" gives "inv", "001234" and the compact
 * "inv001234", so a search for "INV-00123" or "INV00123" finds it by prefix.
 */
/** Longest word kept, in documents and searches alike (a cut word still matches by prefix). */
const MAX_WORD_LENGTH = 64;

export function searchWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).map((word) => word.slice(0, MAX_WORD_LENGTH));
}

/** The words a document is found by: those of its number (and the number without separators) and title. */
export function documentSearchWords(number: string, title: string): string[] {
  const numberWords = searchWords(number);
  const words = new Set([...numberWords, ...searchWords(title)]);
  if (numberWords.length > 1) words.add(numberWords.join(''));
  return [...words];
}

/** At most this many words of a search are used (the schema caps `q` at 100 characters anyway). */
const MAX_QUERY_WORDS = 12;

/**
 * The words of a search: a document matches when each of them is a prefix of one of its words.
 * Empty when the input has no letters or digits (then nothing matches).
 */
export function queryWords(q: string): string[] {
  return [...new Set(searchWords(q))].slice(0, MAX_QUERY_WORDS);
}

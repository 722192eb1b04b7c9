/**
 * The one definition of how document text and search input are compared: compatibility
 * decomposition (NFKD), combining marks removed, lower-cased, split into words of letters and digits.
 * "Müller" and "muller" give the same word. A run of several words without a space between them
 * ("INV-001234", "E-Mail") is also kept joined ("inv001234", "email"): a search typed the same way
 * ("INV-00123") looks up that joined form by prefix, so it does not have to match "inv" alone.
 */

/** Longest word kept, in documents and searches alike (a cut word still matches by prefix). */
const MAX_WORD_LENGTH = 64;
/** At most this many terms of a search are used (the schema caps `q` at 100 characters anyway). */
const MAX_QUERY_TERMS = 12;

export function searchWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).map((word) => word.slice(0, MAX_WORD_LENGTH));
}

/** Words looked up as words, and runs of words looked up in their joined form. */
export interface SearchTerms {
  words: string[];
  joined: string[];
}

/** Per whitespace-separated chunk: its words, and, when it has several, their joined form. */
function chunkTerms(text: string): SearchTerms {
  const words = new Set<string>();
  const joined = new Set<string>();
  for (const chunk of text.split(/\s+/)) {
    const chunkWords = searchWords(chunk);
    chunkWords.forEach((w) => words.add(w));
    if (chunkWords.length > 1) joined.add(chunkWords.join('').slice(0, MAX_WORD_LENGTH));
  }
  return { words: [...words], joined: [...joined] };
}

/** What a document is found by: the words of its number and title, and their joined runs. */
export function documentSearchTerms(number: string, title: string): SearchTerms {
  const a = chunkTerms(number);
  const b = chunkTerms(title);
  return { words: [...new Set([...a.words, ...b.words])], joined: [...new Set([...a.joined, ...b.joined])] };
}

/**
 * What a search looks up, each by prefix, all of them required: a chunk of one word as a word
 * ("rech" finds "Rechnung"), a chunk of several as a joined run ("INV-00123" finds "INV-001234").
 * Empty when the input has no letters or digits (then nothing matches).
 */
export function querySearchTerms(q: string): SearchTerms {
  const words = new Set<string>();
  const joined = new Set<string>();
  for (const chunk of q.split(/\s+/)) {
    const chunkWords = searchWords(chunk);
    if (chunkWords.length === 1) words.add(chunkWords[0]);
    else if (chunkWords.length > 1) joined.add(chunkWords.join('').slice(0, MAX_WORD_LENGTH));
  }
  const all = [...words].length + [...joined].length;
  if (all <= MAX_QUERY_TERMS) return { words: [...words], joined: [...joined] };
  return { words: [...words].slice(0, MAX_QUERY_TERMS), joined: [...joined].slice(0, Math.max(0, MAX_QUERY_TERMS - words.size)) };
}

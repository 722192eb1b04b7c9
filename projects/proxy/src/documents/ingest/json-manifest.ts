/**
 * Splits a manifest.json (`{"documents": [ ... ], ...}`) fed piece by piece into the texts of the
 * `documents` array's elements, without holding the whole file. Everything outside that array is
 * kept as a skeleton with the array shrunk to `[0]` (or `[]`), so that `JSON.parse(skeleton())`
 * checks the rest of the document; each element's text is checked by parsing it.
 */
export class JsonManifestSplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** at depth 1: a `:` was seen since the last `,`, so a string is a value, not a key */
  private afterColon = false;
  private key = '';
  private readingKey = false;
  private lastKey = '';
  private arrayState: 'before' | 'open' | 'closed' = 'before';
  private elementParts: string[] | undefined;
  private elementCount = 0;
  private readonly skeletonParts: string[] = [];

  /** The element texts completed by this piece. */
  feed(text: string): string[] {
    const elements: string[] = [];
    let elementFrom = this.elementParts ? 0 : -1;
    let skeletonFrom = this.arrayState === 'open' ? -1 : 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.readingKey) {
            this.readingKey = false;
            this.lastKey = this.key;
          }
        } else if (this.readingKey) this.key += text[i];
        continue;
      }
      if (this.arrayState === 'open' && this.depth === 2) {
        // between the array's elements, or at the end of one
        if (c === COMMA || c === CLOSE_BRACKET) {
          if (elementFrom >= 0) {
            this.elementParts!.push(text.slice(elementFrom, i));
            elements.push(this.elementParts!.join(''));
            this.elementParts = undefined;
            elementFrom = -1;
            this.elementCount++;
          } else if (c === COMMA || this.elementCount > 0) {
            elements.push(''); // an empty element (`[,` or `,]`): JSON.parse of it fails
          }
        } else if (elementFrom < 0 && !isWhitespace(c)) {
          this.elementParts = [];
          elementFrom = i;
        }
      }
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && !this.afterColon) {
          this.readingKey = true;
          this.key = '';
        }
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (this.depth === 1 && c === OPEN_BRACKET && this.afterColon && this.lastKey === 'documents' && this.arrayState === 'before') {
          this.arrayState = 'open';
          this.skeletonParts.push(text.slice(skeletonFrom, i + 1));
          skeletonFrom = -1;
        }
        this.depth++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth--;
        if (this.arrayState === 'open' && this.depth === 1) {
          this.arrayState = 'closed';
          this.skeletonParts.push(this.elementCount > 0 ? '0' : '');
          skeletonFrom = i;
        }
      } else if (this.depth === 1 && c === COLON) {
        this.afterColon = true;
      } else if (this.depth === 1 && c === COMMA) {
        this.afterColon = false;
      }
    }
    if (elementFrom >= 0) this.elementParts!.push(text.slice(elementFrom));
    if (skeletonFrom >= 0) this.skeletonParts.push(text.slice(skeletonFrom));
    return elements;
  }

  /** The manifest without its documents' contents (a few bytes), for JSON.parse; call after the last piece. */
  skeleton(): string {
    return this.arrayState === 'open' ? '' : this.skeletonParts.join('');
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

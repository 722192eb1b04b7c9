export type Disposition = 'inline' | 'attachment';

const FALLBACK_NAME = 'document';
/** a UTF-16 surrogate without its partner: JSON can carry one, UTF-8 (and encodeURIComponent) cannot */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Content-Disposition per RFC 6266: an ASCII `filename` for old clients plus
 * `filename*` (RFC 8187, UTF-8, percent-encoded) carrying the real name.
 */
export function contentDisposition(disposition: Disposition, fileName: string): string {
  const name =
    fileName
      .replace(LONE_SURROGATE, '\ufffd')
      .normalize('NFC')
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .trim() || FALLBACK_NAME;
  return `${disposition}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeExtValue(name)}`;
}

/** Quoted-string content: accents dropped, other non-ASCII as `_`, quotes and backslashes escaped. */
export function asciiFallback(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/[\\"]/g, (c) => `\\${c}`);
}

/** RFC 8187 value-chars: everything outside attr-char is percent-encoded from UTF-8. */
export function encodeExtValue(name: string): string {
  return encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Reads the file name from a `Content-Disposition` header value (RFC 6266).
 *
 * The extended `filename*` parameter (RFC 8187: `charset'language'pct-encoded`)
 * wins over the plain `filename` parameter. Returns `undefined` if the header
 * names no usable file name. Directory parts and control characters are removed
 * so the result can be used as a download name as it is.
 */
export function parseContentDispositionFileName(
  header: string | null | undefined
): string | undefined {
  if (!header) {
    return undefined;
  }
  const params = parseParameters(header);
  const extended = params['filename*'];
  if (extended !== undefined) {
    const decoded = decodeExtendedValue(extended);
    const name = decoded !== undefined ? sanitizeFileName(decoded) : undefined;
    if (name) {
      return name;
    }
  }
  const plain = params['filename'];
  return plain !== undefined ? sanitizeFileName(plain) || undefined : undefined;
}

/** Splits `type; a=b; c="d;e"` into lower-cased parameter names and values. */
function parseParameters(header: string): Record<string, string> {
  const result: Record<string, string> = {};
  let i = header.indexOf(';');
  if (i < 0) {
    return result;
  }
  const length = header.length;
  while (i < length) {
    // skip separators and white space
    while (i < length && (header[i] === ';' || header[i] === ' ' || header[i] === '\t')) {
      i++;
    }
    const nameStart = i;
    while (i < length && header[i] !== '=' && header[i] !== ';') {
      i++;
    }
    const name = header.slice(nameStart, i).trim().toLowerCase();
    if (i >= length || header[i] === ';') {
      continue; // parameter without value
    }
    i++; // '='
    while (i < length && (header[i] === ' ' || header[i] === '\t')) {
      i++;
    }
    let value = '';
    if (header[i] === '"') {
      i++;
      while (i < length && header[i] !== '"') {
        if (header[i] === '\\' && i + 1 < length) {
          i++;
        }
        value += header[i];
        i++;
      }
      i++; // closing quote
      while (i < length && header[i] !== ';') {
        i++;
      }
    } else {
      const valueStart = i;
      while (i < length && header[i] !== ';') {
        i++;
      }
      value = header.slice(valueStart, i).trim();
    }
    if (name && !(name in result)) {
      result[name] = value;
    }
  }
  return result;
}

function decodeExtendedValue(value: string): string | undefined {
  const match = /^([\w!#$%&+^`{}~-]*)'[^']*'(.*)$/.exec(value.trim());
  if (!match) {
    return undefined;
  }
  const charset = match[1].toLowerCase();
  const encoded = match[2];
  try {
    if (charset === 'utf-8' || charset === 'utf8' || charset === '') {
      return decodeURIComponent(encoded);
    }
    if (charset === 'iso-8859-1' || charset === 'latin1') {
      return encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16))
      );
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function sanitizeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

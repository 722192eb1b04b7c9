const FALLBACK = 'document.pdf';

/**
 * File names for the entries of a ZIP: no folders, no control characters, no leading dots,
 * and unique (case-insensitively, as on the file systems the ZIP is unpacked to):
 * a repeated name gets " (2)", " (3)" ... before its extension.
 */
export function uniqueEntryNames(fileNames: readonly string[]): string[] {
  const taken = new Set<string>();
  return fileNames.map((raw) => {
    const name = safeName(raw);
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const extension = dot > 0 ? name.slice(dot) : '';
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

function safeName(raw: string): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[\\/:*?"<>|]/g, '_')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 200)
    .trim();
  return cleaned === '' ? FALLBACK : cleaned;
}

import { execFileSync } from 'node:child_process';

/** Runs poppler's pdfinfo on a file; throws when it does not accept the file as a PDF. */
export function pdfInfo(path: string): Record<string, string> {
  const output = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of output.split('\n')) {
    const separator = line.indexOf(':');
    if (separator > 0) info[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
  }
  return info;
}

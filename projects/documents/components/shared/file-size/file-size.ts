const UNITS = ['B', 'KB', 'MB', 'GB'];

/**
 * Formats a byte count for people: `812 B`, `48 KB`, `1.4 MB`.
 * Uses 1024 as the step; one decimal below 10 units.
 */
export function formatFileSize(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !isFinite(bytes) || bytes < 0) {
    return '';
  }
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded =
    unit === 0 || value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  // 1023.6 KB rounds up to 1024 KB: show the next unit instead
  if (rounded >= 1024 && unit < UNITS.length - 1) {
    return `1 ${UNITS[unit + 1]}`;
  }
  return `${rounded} ${UNITS[unit]}`;
}

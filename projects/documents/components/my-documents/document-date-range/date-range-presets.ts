/** Ready-made date ranges of the document list; `custom` is any other range. */
export const DATE_RANGE_PRESETS = ['any', 'last30Days', 'thisYear', 'lastYear', 'custom'] as const;
export type DateRangePreset = typeof DATE_RANGE_PRESETS[number];

export interface DateRange {
  /** ISO dates (YYYY-MM-DD), inclusive */
  from?: string;
  to?: string;
}

/** The range of a preset, counted from the shopper's today; `custom` keeps `current`. */
export function presetRange(
  preset: DateRangePreset,
  today: Date,
  current: DateRange = {}
): DateRange {
  const year = today.getFullYear();
  switch (preset) {
    case 'any':
      return {};
    case 'last30Days':
      return {
        from: isoDate(new Date(year, today.getMonth(), today.getDate() - 29)),
        to: isoDate(today),
      };
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    default:
      return current;
  }
}

/** The preset a range is, or `custom`. */
export function presetOf(range: DateRange, today: Date): DateRangePreset {
  const match = DATE_RANGE_PRESETS.find((preset) => {
    if (preset === 'custom') return false;
    const candidate = presetRange(preset, today);
    return candidate.from === range.from && candidate.to === range.to;
  });
  return match ?? 'custom';
}

/** YYYY-MM-DD of a local date. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

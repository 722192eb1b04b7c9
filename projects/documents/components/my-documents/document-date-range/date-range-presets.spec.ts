import { presetOf, presetRange } from './date-range-presets';

describe('date range presets', () => {
  const today = new Date(2026, 2, 15); // 15 March 2026, local time

  it('counts the last 30 days including today', () => {
    expect(presetRange('last30Days', today)).toEqual({ from: '2026-02-14', to: '2026-03-15' });
  });

  it('gives this year and last year as whole calendar years', () => {
    expect(presetRange('thisYear', today)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetRange('lastYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetRange('any', today)).toEqual({});
  });

  it('recognises a preset from its range, anything else is custom', () => {
    expect(presetOf({}, today)).toBe('any');
    expect(presetOf({ from: '2025-01-01', to: '2025-12-31' }, today)).toBe('lastYear');
    expect(presetOf({ from: '2025-01-01', to: '2025-06-30' }, today)).toBe('custom');
    expect(presetOf({ from: '2026-02-14' }, today)).toBe('custom');
  });

  it('keeps the current range for custom', () => {
    expect(presetRange('custom', today, { from: '2026-01-05' })).toEqual({ from: '2026-01-05' });
  });
});

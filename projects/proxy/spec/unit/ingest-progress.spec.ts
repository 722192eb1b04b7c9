import { progressLine } from '../../src/cli/ingest-progress';

describe('ingest progress line', () => {
  it('shows the share done, the rate, the throughput and the time left at that rate', () => {
    expect(progressLine({ done: 2500, total: 10_000, bytes: 125_000_000 }, 5_000)).toBe(
      ' 25.0% 2500/10000 entries · 500 docs/s · 25.0 MB/s · ETA 15 s',
    );
    expect(progressLine({ done: 1000, total: 100_000, bytes: 0 }, 10_000)).toContain('ETA 16 min 30 s');
    expect(progressLine({ done: 0, total: 10, bytes: 0 }, 0)).toContain('ETA ?');
    expect(progressLine({ done: 0, total: 0, bytes: 0 }, 10)).toContain('100.0% 0/0 entries');
  });
});

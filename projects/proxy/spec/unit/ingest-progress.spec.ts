import { IngestProgressMeter, RECENT_RATE_WINDOW_MS } from '../../src/cli/ingest-progress';

describe('ingest progress line', () => {
  it('shows the share done, the average rate, the throughput, the current rate and the time left', () => {
    const meter = new IngestProgressMeter(0);
    expect(meter.line({ done: 2500, total: 10_000, bytes: 125_000_000 }, 5_000)).toBe(
      ' 25.0% 2500/10000 entries · 500 docs/s (now 500) · 25.0 MB/s · ETA 15 s',
    );
    expect(new IngestProgressMeter(0).line({ done: 1000, total: 100_000, bytes: 0 }, 10_000)).toContain('ETA 16 min 30 s');
    expect(new IngestProgressMeter(0).line({ done: 0, total: 10, bytes: 0 }, 0)).toContain('ETA ?');
    // 659.6 s left: rounded up to whole seconds before it is split, never "10 min 60 s"
    expect(new IngestProgressMeter(0).line({ done: 10_000, total: 75_960, bytes: 0 }, 100_000)).toContain('ETA 11 min 0 s');
    expect(new IngestProgressMeter(0).line({ done: 0, total: 0, bytes: 0 }, 10)).toContain('100.0% 0/0 entries');
  });

  it('estimates the time left from the recent rate, so a store that slows down does not give a too short ETA', () => {
    const meter = new IngestProgressMeter(0);
    // 1,000 docs/s for 60 s, then 100 docs/s for 60 s
    let line = '';
    for (let second = 1; second <= 120; second++) {
      const done = second <= 60 ? second * 1000 : 60_000 + (second - 60) * 100;
      line = meter.line({ done, total: 100_000, bytes: 0 }, second * 1000);
    }
    expect(line).toContain(' 66000/100000 entries · 550 docs/s (now 100) ');
    expect(line).toContain('ETA 5 min 40 s');
  });

  it('forgets samples older than the window', () => {
    const meter = new IngestProgressMeter(0);
    meter.line({ done: 10_000, total: 20_000, bytes: 0 }, 1_000);
    const late = meter.line({ done: 10_100, total: 20_000, bytes: 0 }, 1_000 + 2 * RECENT_RATE_WINDOW_MS);
    expect(late).toContain('(now 2)');
  });

  it('says no time is left once everything is done', () => {
    expect(new IngestProgressMeter(0).line({ done: 10, total: 10, bytes: 0 }, 2_000)).toContain('ETA 0 s');
  });
});

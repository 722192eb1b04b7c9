/** How far back the current rate looks: long enough to smooth one batch's commit, short enough to follow a slowdown. */
export const RECENT_RATE_WINDOW_MS = 30_000;

interface Position {
  done: number;
  total: number;
  bytes: number;
}

interface Sample {
  at: number;
  done: number;
}

/**
 * Progress lines of one ingest: share done, entries, average rate and throughput, the current rate, and the
 * time left at the current rate (a store that slows as it fills would make an ETA at the average rate too short).
 */
export class IngestProgressMeter {
  private readonly samples: Sample[];

  constructor(private readonly startedAt: number) {
    this.samples = [{ at: startedAt, done: 0 }];
  }

  line(position: Position, now: number): string {
    const { done, total, bytes } = position;
    this.samples.push({ at: now, done });
    while (this.samples.length > 2 && now - this.samples[1].at >= RECENT_RATE_WINDOW_MS) this.samples.shift();
    const seconds = Math.max(now - this.startedAt, 1) / 1000;
    const average = done / seconds;
    const oldest = this.samples[0];
    const recentSeconds = Math.max(now - oldest.at, 1) / 1000;
    const current = (done - oldest.done) / recentSeconds;
    const percent = total === 0 ? 100 : (done / total) * 100;
    const eta = done >= total ? 0 : current > 0 ? (total - done) / current : Number.POSITIVE_INFINITY;
    return (
      `${percent.toFixed(1).padStart(5)}% ${done}/${total} entries · ${Math.round(average)} docs/s ` +
      `(now ${Math.round(current)}) · ${(bytes / 1e6 / seconds).toFixed(1)} MB/s · ETA ${formatSeconds(eta)}`
    );
  }
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole} s`;
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

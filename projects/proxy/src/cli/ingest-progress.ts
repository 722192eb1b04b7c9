/** One progress line: share done, entries, rate, throughput and the time left at that rate. */
export function progressLine(position: { done: number; total: number; bytes: number }, elapsedMs: number): string {
  const { done, total, bytes } = position;
  const seconds = Math.max(elapsedMs, 1) / 1000;
  const rate = done / seconds;
  const percent = total === 0 ? 100 : (done / total) * 100;
  const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  return (
    `${percent.toFixed(1).padStart(5)}% ${done}/${total} entries · ${Math.round(rate)} docs/s · ` +
    `${(bytes / 1e6 / seconds).toFixed(1)} MB/s · ETA ${formatSeconds(eta)}`
  );
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.ceil(seconds - minutes * 60)} s`;
}

// Arithmetic of the soak's report: percentiles, least-squares slopes and the growth verdict.

export function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Least-squares slope of y over x. */
export function slope(points) {
  if (points.length < 2) return 0;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

/**
 * A figure "grows without bound" when, after warm-up, it rises steadily (slope above `perHourLimit`)
 * and its last third stays above the highest value of its first third (a plateau or a saw-tooth from
 * garbage collection does neither).
 */
export function growthVerdict(samples, perHourLimit) {
  if (samples.length < 6) return { perHour: 0, grows: false, note: 'too few samples after warm-up' };
  const perHour = slope(samples.map((s) => ({ x: s.t / 3_600_000, y: s.value })));
  const third = Math.floor(samples.length / 3);
  const firstMax = Math.max(...samples.slice(0, third).map((s) => s.value));
  const lastMin = Math.min(...samples.slice(-third).map((s) => s.value));
  return { perHour, grows: perHour > perHourLimit && lastMin > firstMax };
}

/**
 * The lowest value of each window of `windowMs` (whole windows only), at the window's middle.
 * Garbage collection makes RSS a saw-tooth (the committed heap swells until a full collection hands
 * pages back): a least-squares line through it tilts with the phase at which the run stops, while
 * the floors rise only when memory is kept.
 */
export function windowFloors(samples, windowMs) {
  if (samples.length === 0) return [];
  const start = samples[0].t;
  const windows = new Map();
  for (const s of samples) {
    const index = Math.floor((s.t - start) / windowMs);
    windows.set(index, Math.min(windows.get(index) ?? Infinity, s.value));
  }
  const whole = Math.floor((samples[samples.length - 1].t - start) / windowMs);
  return [...windows].filter(([index]) => index < whole).map(([index, value]) => ({ t: start + (index + 0.5) * windowMs, value }));
}

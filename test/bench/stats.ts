import { performance } from 'node:perf_hooks';

/** Median of the samples (mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/**
 * Percentile by linear interpolation between closest ranks (the same rule as NumPy's default),
 * so p50 is the median and p100 the maximum.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) {
    return Number.NaN;
  }
  if (p < 0 || p > 100) {
    throw new RangeError(`percentile ${p} is outside 0..100`);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

/** Milliseconds `fn` took. */
export function timeSync(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Least-squares fit of time = a + b·size, and how far the biggest size is from the line the two
 * smaller ones predict: 1 means exactly linear, above 1 grows faster than linear.
 */
export function linearity(points: readonly { size: number; ms: number }[]): { slopeMsPerUnit: number; interceptMs: number; extrapolationRatio: number } {
  if (points.length < 3) {
    throw new Error('linearity needs three sizes or more');
  }
  const sorted = [...points].sort((a, b) => a.size - b.size);
  const fit = (pts: readonly { size: number; ms: number }[]): { a: number; b: number } => {
    const n = pts.length;
    const mx = pts.reduce((s, p) => s + p.size, 0) / n;
    const my = pts.reduce((s, p) => s + p.ms, 0) / n;
    const sxy = pts.reduce((s, p) => s + (p.size - mx) * (p.ms - my), 0);
    const sxx = pts.reduce((s, p) => s + (p.size - mx) ** 2, 0);
    const b = sxx === 0 ? 0 : sxy / sxx;
    return { a: my - b * mx, b };
  };
  const all = fit(sorted);
  const head = fit(sorted.slice(0, -1));
  const last = sorted[sorted.length - 1];
  return { slopeMsPerUnit: all.b, interceptMs: all.a, extrapolationRatio: last.ms / (head.a + head.b * last.size) };
}

/**
 * How late timers fire while `work` runs: a 1 ms timer re-armed on every tick, its lateness being
 * how long something else held the event loop.
 */
export async function longestBlock(work: Promise<unknown>, period = 1): Promise<number> {
  let longest = 0;
  let done = false;
  let last = performance.now();
  const tick = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last - period);
    last = now;
    if (!done) {
      setTimeout(tick, period);
    }
  };
  setTimeout(tick, period);
  try {
    await work;
  } finally {
    done = true;
  }
  return longest;
}

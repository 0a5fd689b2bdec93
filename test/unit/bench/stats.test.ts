import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { linearity, longestBlock, median, percentile } from '../../bench/stats';

describe('bench statistics', () => {
  it('takes the middle sample, or the mean of the middle two', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });

  it('interpolates percentiles between ranks and keeps the ends', () => {
    const samples = [10, 20, 30, 40, 50];
    assert.equal(percentile(samples, 0), 10);
    assert.equal(percentile(samples, 100), 50);
    // rank 0.95 × 4 = 3.8: 40 + 0.8 × (50 − 40)
    assert.equal(percentile(samples, 95), 48);
    assert.ok(Number.isNaN(percentile([], 50)));
    assert.throws(() => percentile(samples, 101), RangeError);
  });

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    median(samples);
    assert.deepEqual(samples, [3, 1, 2]);
  });

  it('calls a straight line linear and a parabola faster than linear', () => {
    const line = linearity([1, 10, 100].map((size) => ({ size, ms: 50 + 3 * size })));
    assert.ok(Math.abs(line.extrapolationRatio - 1) < 1e-9);
    assert.ok(Math.abs(line.slopeMsPerUnit - 3) < 1e-9);
    const parabola = linearity([1, 10, 100].map((size) => ({ size, ms: size * size })));
    assert.ok(parabola.extrapolationRatio > 2, `${parabola.extrapolationRatio}`);
  });
});

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // holds the event loop, as a synchronous slice of work does
  }
}

describe('event-loop block measure', () => {
  it('sees how long work held the event loop at once', async () => {
    const work = (async (): Promise<void> => {
      await new Promise((r) => setTimeout(r, 5));
      busy(60);
      await new Promise((r) => setTimeout(r, 5));
      busy(10);
    })();
    const longest = await longestBlock(work);
    // the 60 ms slice delays a 1 ms timer by at least that much less the timer's own period
    assert.ok(longest >= 55, `${longest} ms`);
  });

  it('waits for the work and passes on its failure', async () => {
    await assert.rejects(longestBlock(Promise.reject(new Error('no content'))), /no content/);
  });
});

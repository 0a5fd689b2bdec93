import * as assert from 'node:assert/strict';
import { HEAT_LEVELS, columnChart, forecastLabel, heatLevel, heatmapLayout, levelRange, percentWidth, weekdayRow } from '../../../../src/webview/stats/charts';

/** `n` consecutive days ending on `last`, with counts from `count(i)`. */
function days(last: string, n: number, count: (i: number) => number = () => 0): { day: string; count: number }[] {
  const end = Date.parse(`${last}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => ({ day: new Date(end - (n - 1 - i) * 86_400_000).toISOString().slice(0, 10), count: count(i) }));
}

describe('stats charts: heatmap levels', () => {
  it('puts no practice at 0, any practice at 1 or more, the busiest day at 4', () => {
    assert.equal(heatLevel(0, 10), 0);
    assert.equal(heatLevel(1, 10), 1);
    assert.equal(heatLevel(10, 10), 4);
    assert.equal(heatLevel(1, 1), 4);
    assert.equal(heatLevel(0, 0), 0);
  });

  it('rises with the count and never skips back', () => {
    let previous = 0;
    for (let c = 0; c <= 40; c++) {
      const level = heatLevel(c, 40);
      assert.ok(level >= previous, `count ${c}`);
      previous = level;
    }
    assert.deepEqual([5, 10, 11, 20, 21, 30, 31, 40].map((c) => heatLevel(c, 40)), [1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('legend ranges cover each count exactly once, matching heatLevel', () => {
    for (const max of [1, 2, 3, 7, 12, 40]) {
      for (let c = 1; c <= max; c++) {
        const owners = HEAT_LEVELS.filter((l) => {
          const r = levelRange(l, max);
          return r && c >= r.from && c <= r.to;
        });
        assert.deepEqual(owners, [heatLevel(c, max)], `count ${c} of ${max}`);
      }
    }
    assert.equal(levelRange(1, 1), undefined); // with a maximum of 1 only level 4 is used
  });
});

describe('stats charts: heatmap layout', () => {
  it('knows Monday as row 0 and Sunday as row 6', () => {
    assert.equal(weekdayRow('2026-11-02'), 0); // a Monday
    assert.equal(weekdayRow('2026-11-08'), 6); // a Sunday
  });

  it('lays days out down the weekday rows and across the weeks', () => {
    const layout = heatmapLayout(days('2026-11-03', 90), { cell: 10, gap: 2, left: 20, top: 15 });
    assert.equal(layout.cells.length, 90);
    for (const c of layout.cells) {
      assert.equal(c.row, weekdayRow(c.day), c.day);
      assert.equal(c.x, 20 + c.col * 12);
      assert.equal(c.y, 15 + c.row * 12);
    }
    // consecutive days move down a row, or to the top of the next column after Sunday
    for (let i = 1; i < layout.cells.length; i++) {
      const [a, b] = [layout.cells[i - 1], layout.cells[i]];
      assert.ok((b.col === a.col && b.row === a.row + 1) || (b.col === a.col + 1 && a.row === 6 && b.row === 0), b.day);
    }
    const columns = layout.cells.at(-1)!.col + 1;
    assert.equal(layout.width, 20 + columns * 12 - 2);
    assert.equal(layout.height, 15 + 7 * 12 - 2);
    assert.deepEqual(layout.rowY, [0, 1, 2, 3, 4, 5, 6].map((r) => 15 + r * 12 + 5));
  });

  it('scales levels to the busiest day in view', () => {
    const layout = heatmapLayout(days('2026-11-03', 14, (i) => (i === 13 ? 8 : i === 12 ? 2 : 0)));
    assert.equal(layout.max, 8);
    assert.deepEqual(layout.cells.slice(-3).map((c) => c.level), [0, 1, 4]);
  });

  it('labels the first week and each week holding a 1st, never two labels closer than two weeks', () => {
    const layout = heatmapLayout(days('2026-11-03', 90), { cell: 10, gap: 2, left: 20, top: 15 });
    const step = 12;
    const monthOf = (x: number): number[] => layout.cells.filter((c) => c.x === x).map((c) => Number(c.day.slice(5, 7)));
    for (const m of layout.months) {
      assert.ok(monthOf(m.x).includes(m.month), `month ${m.month} label over a week that holds it`);
    }
    for (let i = 1; i < layout.months.length; i++) {
      assert.ok(layout.months[i].x - layout.months[i - 1].x >= 2 * step);
    }
    // 2026-08-06 … 2026-11-03 spans August to November
    assert.deepEqual(layout.months.map((m) => m.month), [8, 9, 10, 11]);
  });

  it('draws nothing for no days', () => {
    const layout = heatmapLayout([]);
    assert.deepEqual(layout.cells, []);
    assert.deepEqual(layout.months, []);
    assert.equal(layout.max, 0);
  });
});

describe('stats charts: columns and bars', () => {
  it('scales columns to the largest value and stands them on one baseline', () => {
    const chart = columnChart([4, 0, 2, 1], { width: 400, plot: 100, gap: 10, top: 20, bottom: 30 });
    assert.equal(chart.baseline, 120);
    assert.equal(chart.height, 150);
    assert.deepEqual(chart.columns.map((c) => c.height), [100, 0, 50, 25]);
    for (const c of chart.columns) {
      assert.equal(c.y + c.height, chart.baseline);
      assert.equal(c.width, 90);
    }
    assert.deepEqual(chart.columns.map((c) => c.x), [5, 105, 205, 305]);
    assert.deepEqual(chart.columns.map((c) => c.cx), [50, 150, 250, 350]);
  });

  it('draws an all-zero series flat rather than dividing by zero', () => {
    const chart = columnChart([0, 0, 0]);
    for (const c of chart.columns) {
      assert.equal(c.height, 0);
      assert.ok(Number.isFinite(c.y));
    }
  });

  it('clamps percent bars to their track', () => {
    assert.equal(percentWidth(50, 200), 100);
    assert.equal(percentWidth(0, 200), 0);
    assert.equal(percentWidth(150, 200), 200);
    assert.equal(percentWidth(-3, 200), 0);
    assert.equal(percentWidth(Number.NaN, 200), 0);
  });

  it('names the first forecast day today and the rest by month and day', () => {
    assert.equal(forecastLabel('2026-11-03', 0, '今天'), '今天');
    assert.equal(forecastLabel('2026-11-04', 1, '今天'), '11-04');
  });
});

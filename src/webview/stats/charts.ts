// Chart geometry for the stats dashboard: pure functions, no DOM, so unit tests run them in Node.
// main.ts turns the shapes into SVG elements.

export interface DayValue {
  /** `YYYY-MM-DD` */
  day: string;
  count: number;
}

/** Heatmap intensity: 0 = nothing, 1–4 = quarters of the busiest day. */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;
export const HEAT_LEVELS: readonly HeatLevel[] = [0, 1, 2, 3, 4];

/**
 * Level of one day relative to the busiest day in view, the way GitHub's contribution graph
 * scales: any practice is at least level 1, the busiest day is level 4.
 */
export function heatLevel(count: number, max: number): HeatLevel {
  if (count <= 0 || max <= 0) {
    return 0;
  }
  return Math.min(4, Math.max(1, Math.ceil((4 * count) / max))) as HeatLevel;
}

/** The counts each level stands for, for the legend; undefined when no count maps to a level. */
export function levelRange(level: HeatLevel, max: number): { from: number; to: number } | undefined {
  if (level === 0) {
    return { from: 0, to: 0 };
  }
  const from = Math.floor(((level - 1) * max) / 4) + 1;
  const to = Math.floor((level * max) / 4);
  return from <= to ? { from, to } : undefined;
}

/** Row of a day in the heatmap: Monday 0 … Sunday 6 (the week starts on Monday in China). */
export function weekdayRow(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export interface HeatCell extends DayValue {
  level: HeatLevel;
  col: number;
  row: number;
  x: number;
  y: number;
}

export interface MonthMark {
  /** 1–12 */
  month: number;
  x: number;
}

export interface HeatmapLayout {
  cells: HeatCell[];
  months: MonthMark[];
  /** y of the centre of each weekday row, Monday first. */
  rowY: number[];
  cell: number;
  width: number;
  height: number;
  max: number;
}

export interface HeatmapOptions {
  cell: number;
  gap: number;
  /** Room for the weekday labels. */
  left: number;
  /** Room for the month labels. */
  top: number;
}

const HEATMAP_DEFAULTS: HeatmapOptions = { cell: 15, gap: 3, left: 22, top: 16 };

/**
 * Consecutive days (oldest first) laid out as weeks in columns and weekdays in rows; the first
 * column starts on the first day's weekday, so earlier rows of that column stay empty.
 */
export function heatmapLayout(days: readonly DayValue[], options: Partial<HeatmapOptions> = {}): HeatmapLayout {
  const o = { ...HEATMAP_DEFAULTS, ...options };
  const step = o.cell + o.gap;
  const max = days.reduce((m, d) => Math.max(m, d.count), 0);
  const first = days.length ? weekdayRow(days[0].day) : 0;
  const cells = days.map((d, i) => {
    const col = Math.floor((first + i) / 7);
    const row = (first + i) % 7;
    return { ...d, level: heatLevel(d.count, max), col, row, x: o.left + col * step, y: o.top + row * step };
  });
  // A month is labelled over the week that holds its 1st; the first week gets its month too.
  const months = cells.filter((c, i) => i === 0 || c.day.endsWith('-01')).map((c) => ({ month: Number(c.day.slice(5, 7)), x: c.x }));
  const columns = cells.length ? cells[cells.length - 1].col + 1 : 0;
  return {
    cells,
    // Labels less than two weeks apart would overlap; the later one names more of the columns.
    months: months.filter((m, i) => i === months.length - 1 || months[i + 1].x - m.x >= 2 * step),
    rowY: Array.from({ length: 7 }, (_, r) => o.top + r * step + o.cell / 2),
    cell: o.cell,
    width: o.left + Math.max(0, columns * step - o.gap),
    height: o.top + 7 * step - o.gap,
    max,
  };
}

export interface Column {
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the column, for its labels. */
  cx: number;
}

export interface ColumnChart {
  columns: Column[];
  /** y of the baseline the columns stand on. */
  baseline: number;
  width: number;
  height: number;
}

export interface ColumnOptions {
  width: number;
  /** Height of the plot area, the tallest column's height. */
  plot: number;
  gap: number;
  /** Room above the plot for the value printed over the tallest column. */
  top: number;
  /** Room below the baseline for the day labels. */
  bottom: number;
}

const COLUMN_DEFAULTS: ColumnOptions = { width: 560, plot: 120, gap: 6, top: 18, bottom: 20 };

/** Vertical bars scaled to the largest value; an all-zero series draws no bars, only labels. */
export function columnChart(values: readonly number[], options: Partial<ColumnOptions> = {}): ColumnChart {
  const o = { ...COLUMN_DEFAULTS, ...options };
  const n = values.length;
  const max = Math.max(0, ...values);
  const slot = n ? o.width / n : 0;
  const barWidth = Math.max(1, slot - o.gap);
  const baseline = o.top + o.plot;
  const columns = values.map((value, i) => {
    const height = max > 0 ? (Math.max(0, value) / max) * o.plot : 0;
    const x = i * slot + (slot - barWidth) / 2;
    return { value, x, y: baseline - height, width: barWidth, height, cx: x + barWidth / 2 };
  });
  return { columns, baseline, width: o.width, height: baseline + o.bottom };
}

/** Width of a horizontal percent bar in a track of `track` units, clamped to the track. */
export function percentWidth(percent: number, track: number): number {
  return (Math.min(100, Math.max(0, Number.isFinite(percent) ? percent : 0)) / 100) * track;
}

/** Day label under a forecast column: today's word for the first, `MM-DD` for the rest. */
export function forecastLabel(day: string, index: number, today: string): string {
  return index === 0 ? today : day.slice(5);
}

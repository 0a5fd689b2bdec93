// Messages between the stats dashboard host (src/panels/statsPanel.ts) and its webview
// (src/webview/stats). Both sides import this file, so a change of shape breaks both builds.

export interface StatusCounts {
  total: number;
  mastered: number;
  learning: number;
  due: number;
  new: number;
}

export interface CategoryRow extends StatusCounts {
  id: string;
  name: string;
  /** Mastered share, 0–100 rounded down. */
  masteryPercent: number;
}

export interface DayCount {
  /** Local day, `YYYY-MM-DD`. */
  day: string;
  count: number;
}

export interface WeakRow {
  id: string;
  title: string;
  category: string;
  lapses: number;
  wrong: number;
}

/** Everything the dashboard draws, computed host-side from the catalog and the progress data. */
export interface StatsData {
  /** Local day the data was computed for, `YYYY-MM-DD`. */
  today: string;
  /** True once any review or quiz answer exists; false shows the empty state. */
  practised: boolean;
  totals: StatusCounts;
  streak: { current: number; longest: number; practisedToday: boolean };
  categories: CategoryRow[];
  /** Grades given per local day, oldest first, ending today. */
  reviews: DayCount[];
  reviewTotal: number;
  /** Days in `reviews` with at least one grade. */
  daysReviewed: number;
  /** Cards due per local day from today on; overdue cards count for today. */
  forecast: DayCount[];
  weak: WeakRow[];
}

/**
 * UI text of the dashboard, supplied by the host so it can follow the UI language later.
 * `{name}` placeholders are filled with fill().
 */
export interface StatsStrings {
  title: string;
  loading: string;
  /** `{error}`; shown when the catalog or the progress data cannot be read. */
  loadFailed: string;
  total: string;
  mastered: string;
  learning: string;
  dueNow: string;
  new: string;
  streak: string;
  /** `{current}` days */
  streakValue: string;
  /** `{longest}` days */
  streakLongest: string;
  practisedToday: string;
  notPractisedToday: string;
  startQuiz: string;
  reviewDue: string;
  masteryHeading: string;
  masteryHint: string;
  /** `{mastered}` / `{total}` / `{percent}` / `{due}` */
  masteryRow: string;
  /** `{name}` / `{mastered}` / `{total}` / `{percent}` / `{due}` */
  masteryRowLabel: string;
  reviewsHeading: string;
  /** `{day}` / `{count}` */
  reviewCell: string;
  /** `{days}` / `{total}` / `{practised}` */
  reviewsSummary: string;
  less: string;
  more: string;
  /** `{from}` / `{to}` review counts of one heatmap level */
  levelRange: string;
  /** `{count}`: a level that holds one count only */
  levelExact: string;
  /** Monday first, seven short names. */
  /** Monday first. */
  weekdays: string[];
  /** January first: the heatmap's month labels. */
  months: string[];
  day: string;
  reviewsColumn: string;
  /** Caption of the table that lists only practised days. */
  reviewsTableCaption: string;
  forecastHeading: string;
  today: string;
  /** `{day}` / `{count}` */
  forecastBar: string;
  /** `{days}` / `{total}` */
  forecastSummary: string;
  dueColumn: string;
  weakHeading: string;
  weakEmpty: string;
  /** `{lapses}` / `{wrong}` */
  weakCounts: string;
  emptyHeading: string;
  emptyText: string;
  emptyList: string[];
}

export type HostToStats =
  /** `seq` numbers each posting so 'rendered' can say which one was drawn. */
  { type: 'data'; seq: number; data: StatsData; strings: StatsStrings } | { type: 'error'; message: string };

export type StatsToHost =
  | { type: 'ready' }
  | { type: 'rendered'; seq: number }
  | { type: 'open'; id: string }
  | { type: 'quizCategory'; category: string }
  | { type: 'startQuiz' }
  | { type: 'reviewDue' };

/** Persisted by the webview (getState/setState) so a restored panel comes back where it was. */
export interface StatsState {
  scrollY: number;
}

export { fill } from './fill';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isId(x: unknown): x is string {
  return typeof x === 'string' && x.length <= 100 && ID.test(x);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 1e9;
}

function isText(x: unknown): x is string {
  return typeof x === 'string' && x.length <= 1000;
}

function isDay(x: unknown): x is string {
  return typeof x === 'string' && DAY.test(x);
}

/** Validates a message from the webview; anything unexpected yields undefined and is ignored. */
export function parseStatsMessage(raw: unknown): StatsToHost | undefined {
  if (!isRecord(raw)) {
    return undefined;
  }
  switch (raw.type) {
    case 'ready':
    case 'startQuiz':
    case 'reviewDue':
      return { type: raw.type };
    case 'rendered':
      return isCount(raw.seq) ? { type: 'rendered', seq: raw.seq } : undefined;
    case 'open':
      return isId(raw.id) ? { type: 'open', id: raw.id } : undefined;
    case 'quizCategory':
      return isId(raw.category) ? { type: 'quizCategory', category: raw.category } : undefined;
    default:
      return undefined;
  }
}

function isStatusCounts(x: unknown): x is StatusCounts & Record<string, unknown> {
  return isRecord(x) && isCount(x.total) && isCount(x.mastered) && isCount(x.learning) && isCount(x.due) && isCount(x.new);
}

function isCategoryRow(x: unknown): x is CategoryRow {
  return isStatusCounts(x) && isId(x.id) && isText(x.name) && isCount(x.masteryPercent) && x.masteryPercent <= 100;
}

function isDayCount(x: unknown): x is DayCount {
  return isRecord(x) && isDay(x.day) && isCount(x.count);
}

function isWeakRow(x: unknown): x is WeakRow {
  return isRecord(x) && isId(x.id) && isText(x.title) && isText(x.category) && isCount(x.lapses) && isCount(x.wrong);
}

function listOf<T>(x: unknown, check: (item: unknown) => item is T, max: number): x is T[] {
  return Array.isArray(x) && x.length <= max && x.every(check);
}

/**
 * Checks every number and list the charts compute geometry from, so a bad value can never reach
 * an SVG attribute as NaN; strings are only ever used as text content.
 */
export function isStatsData(x: unknown): x is StatsData {
  return (
    isRecord(x) &&
    isDay(x.today) &&
    typeof x.practised === 'boolean' &&
    isStatusCounts(x.totals) &&
    isRecord(x.streak) &&
    isCount(x.streak.current) &&
    isCount(x.streak.longest) &&
    typeof x.streak.practisedToday === 'boolean' &&
    listOf(x.categories, isCategoryRow, 500) &&
    listOf(x.reviews, isDayCount, 1000) &&
    isCount(x.reviewTotal) &&
    isCount(x.daysReviewed) &&
    listOf(x.forecast, isDayCount, 100) &&
    listOf(x.weak, isWeakRow, 100)
  );
}

function isStrings(x: unknown): x is StatsStrings {
  return isRecord(x) && Object.values(x).every((v) => isText(v) || (Array.isArray(v) && v.every(isText))) && Array.isArray(x.weekdays) && x.weekdays.length === 7 && Array.isArray(x.months) && x.months.length === 12;
}

/** Validates a message from the host; the webview ignores anything else. */
export function parseStatsHostMessage(raw: unknown): HostToStats | undefined {
  if (!isRecord(raw)) {
    return undefined;
  }
  if (raw.type === 'data' && isCount(raw.seq) && isStatsData(raw.data) && isStrings(raw.strings)) {
    return { type: 'data', seq: raw.seq, data: raw.data, strings: raw.strings };
  }
  if (raw.type === 'error' && isText(raw.message)) {
    return { type: 'error', message: raw.message };
  }
  return undefined;
}

export function parseStatsState(raw: unknown): StatsState | undefined {
  if (!isRecord(raw)) {
    return undefined;
  }
  const scrollY = typeof raw.scrollY === 'number' && Number.isFinite(raw.scrollY) && raw.scrollY >= 0 ? raw.scrollY : 0;
  return { scrollY };
}

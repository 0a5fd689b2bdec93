import type { ProgressData } from './progressStore';
import type { StoredCard } from './scheduler';
import { compareIds } from '../compareIds';

/** What the tree icon, the hover and the filters say about one question. */
export type CardStatus = 'new' | 'learning' | 'due' | 'mastered';
export const CARD_STATUSES: readonly CardStatus[] = ['new', 'learning', 'due', 'mastered'];

/**
 * A card counts as mastered once FSRS schedules it three weeks or more ahead and it is not due:
 * the threshold Anki calls "mature", so the word means what flashcard users expect.
 */
export const MASTERED_DAYS = 21;

const DAY = 86_400_000;

// ts-fsrs State values, repeated here so this module needs no runtime import of the library.
const NEW = 0;
const REVIEW = 2;

export function cardStatus(card: StoredCard | undefined, now: number): CardStatus {
  if (!card || card.state === NEW) {
    return 'new';
  }
  if (card.due <= now) {
    return 'due';
  }
  return card.state === REVIEW && card.scheduledDays >= MASTERED_DAYS ? 'mastered' : 'learning';
}

export interface DeckSummary {
  total: number;
  counts: Record<CardStatus, number>;
  /** Mastered share of `total`, 0–100 rounded down so 100 means every card. */
  masteryPercent: number;
}

export function summarizeDeck(ids: readonly string[], progress: Pick<ProgressData, 'cards'>, now: number): DeckSummary {
  const counts: Record<CardStatus, number> = { new: 0, learning: 0, due: 0, mastered: 0 };
  for (const id of ids) {
    counts[cardStatus(progress.cards[id], now)]++;
  }
  return { total: ids.length, counts, masteryPercent: ids.length ? Math.floor((100 * counts.mastered) / ids.length) : 0 };
}

/** Earliest due time after `now` among cards that are not new; undefined when none. */
export function nextDue(progress: Pick<ProgressData, 'cards'>, now: number): number | undefined {
  let next: number | undefined;
  for (const card of Object.values(progress.cards)) {
    if (card.state !== NEW && card.due > now && (next === undefined || card.due < next)) {
      next = card.due;
    }
  }
  return next;
}

/**
 * Local calendar day of an instant as `YYYY-MM-DD`. `offsetMinutes` is what
 * Date#getTimezoneOffset returns (minutes behind UTC), passed in so tests can pin a zone.
 */
export function dayKey(ms: number, offsetMinutes: number): string {
  return new Date(ms - offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** Start of the local day that holds `ms`, as epoch ms. */
export function dayStart(ms: number, offsetMinutes: number): number {
  const local = ms - offsetMinutes * 60_000;
  return local - (((local % DAY) + DAY) % DAY) + offsetMinutes * 60_000;
}

/** Questions whose first ever review happened at or after `since` (new cards introduced). */
export function introducedSince(progress: Pick<ProgressData, 'logs'>, since: number): number {
  let n = 0;
  for (const logs of Object.values(progress.logs)) {
    const first = logs[0];
    if (first && first.state === NEW && first.review >= since) {
      n++;
    }
  }
  return n;
}

export interface QueueOptions {
  /** Daily limit of new cards (setting pyInterview.review.newCardsPerDay). */
  newPerDay: number;
  offsetMinutes: number;
}

/**
 * The review queue: due cards, most overdue first, then new cards in catalog order up to what is
 * left of today's new-card allowance.
 */
export function reviewQueue(ids: readonly string[], progress: Pick<ProgressData, 'cards' | 'logs'>, now: number, options: QueueOptions): string[] {
  const due = ids
    .filter((id) => cardStatus(progress.cards[id], now) === 'due')
    .sort((a, b) => (progress.cards[a]?.due ?? 0) - (progress.cards[b]?.due ?? 0));
  const allowance = Math.max(0, options.newPerDay - introducedSince(progress, dayStart(now, options.offsetMinutes)));
  const fresh = ids.filter((id) => cardStatus(progress.cards[id], now) === 'new').slice(0, allowance);
  return [...due, ...fresh];
}

export interface Streak {
  /** Consecutive days with practice, ending today (or yesterday when today has none yet). */
  current: number;
  longest: number;
  practisedToday: boolean;
}

/** Every local day with at least one review or answered quiz item. */
export function practiceDays(progress: Pick<ProgressData, 'logs' | 'answers'>, offsetMinutes: number): Set<string> {
  const days = new Set<string>();
  for (const logs of Object.values(progress.logs)) {
    logs.forEach((l) => days.add(dayKey(l.review, offsetMinutes)));
  }
  for (const answers of Object.values(progress.answers)) {
    answers.forEach((a) => days.add(dayKey(a.at, offsetMinutes)));
  }
  return days;
}

export function streak(progress: Pick<ProgressData, 'logs' | 'answers'>, now: number, offsetMinutes: number): Streak {
  const days = practiceDays(progress, offsetMinutes);
  const today = dayKey(now, offsetMinutes);
  const previous = (key: string): string => new Date(Date.parse(`${key}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
  const practisedToday = days.has(today);
  let current = 0;
  for (let d = practisedToday ? today : previous(today); days.has(d); d = previous(d)) {
    current++;
  }
  let longest = 0;
  for (const d of days) {
    if (!days.has(previous(d))) {
      let run = 0;
      for (let x = d; days.has(x); x = new Date(Date.parse(`${x}T00:00:00Z`) + DAY).toISOString().slice(0, 10)) {
        run++;
      }
      longest = Math.max(longest, run);
    }
  }
  return { current, longest, practisedToday };
}

/**
 * Today's question: the same all day, different tomorrow, never one already mastered (unless all
 * are). A string hash of the day picks it, so it needs no stored state.
 */
export function dailyQuestion(ids: readonly string[], progress: Pick<ProgressData, 'cards'>, now: number, offsetMinutes: number): string | undefined {
  const open = ids.filter((id) => cardStatus(progress.cards[id], now) !== 'mastered');
  const pool = open.length ? open : ids;
  if (!pool.length) {
    return undefined;
  }
  let h = 2166136261;
  for (const ch of dayKey(now, offsetMinutes)) {
    h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  }
  return pool[(h >>> 0) % pool.length];
}

export interface Weakness {
  id: string;
  lapses: number;
  wrong: number;
  /** lapses + wrong answers: what "weakest" sorts by. */
  score: number;
}

/** Questions the user got wrong most: FSRS lapses plus wrong quiz answers, worst first. */
export function weakest(progress: Pick<ProgressData, 'cards' | 'answers'>, limit: number): Weakness[] {
  const ids = new Set([...Object.keys(progress.cards), ...Object.keys(progress.answers)]);
  const list: Weakness[] = [];
  for (const id of ids) {
    const lapses = progress.cards[id]?.lapses ?? 0;
    const wrong = (progress.answers[id] ?? []).filter((a) => !a.correct).length;
    if (lapses + wrong > 0) {
      list.push({ id, lapses, wrong, score: lapses + wrong });
    }
  }
  return list.sort((a, b) => b.score - a.score || b.lapses - a.lapses || compareIds(a.id, b.id)).slice(0, limit);
}

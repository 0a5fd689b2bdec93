import type { Catalog } from '../catalog';
import type { ProgressData } from './progressStore';
import { dayKey, summarizeDeck, weakest } from './deck';
import type { DeckSummary, Weakness } from './deck';

const DAY = 86_400_000;

export interface DayCount {
  /** Local day, `YYYY-MM-DD`. */
  day: string;
  count: number;
}

/** The `days` local days ending today, oldest first, each with how many grades were given. */
export function reviewsPerDay(progress: Pick<ProgressData, 'logs'>, now: number, days: number, offsetMinutes: number): DayCount[] {
  const counts = new Map<string, number>();
  for (const logs of Object.values(progress.logs)) {
    for (const l of logs) {
      const k = dayKey(l.review, offsetMinutes);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return lastDays(now, days, offsetMinutes).map((day) => ({ day, count: counts.get(day) ?? 0 }));
}

/** Cards falling due on each of the next `days` local days; overdue cards count for today. */
export function dueForecast(progress: Pick<ProgressData, 'cards'>, now: number, days: number, offsetMinutes: number): DayCount[] {
  const keys = nextDays(now, days, offsetMinutes);
  const counts = new Map(keys.map((k) => [k, 0]));
  const today = keys[0];
  for (const card of Object.values(progress.cards)) {
    if (card.state === 0) {
      continue;
    }
    const k = card.due <= now ? today : dayKey(card.due, offsetMinutes);
    const n = counts.get(k);
    if (n !== undefined) {
      counts.set(k, n + 1);
    }
  }
  return keys.map((day) => ({ day, count: counts.get(day) ?? 0 }));
}

export interface CategoryMastery extends DeckSummary {
  id: string;
  name: string;
}

export function categoryMastery(catalog: Catalog, progress: Pick<ProgressData, 'cards'>, now: number): CategoryMastery[] {
  return catalog.nonEmptyCategories().map((c) => ({
    id: c.id,
    name: c.name,
    ...summarizeDeck(
      catalog.questionsIn(c.id).map((q) => q.id),
      progress,
      now,
    ),
  }));
}

export interface WeakTopic extends Weakness {
  title: string;
}

/** Weakest topics that still exist in the catalog, with their titles. */
export function weakTopics(catalog: Catalog, progress: Pick<ProgressData, 'cards' | 'answers'>, limit: number): WeakTopic[] {
  return weakest(progress, Number.MAX_SAFE_INTEGER)
    .flatMap((w) => {
      const q = catalog.question(w.id);
      return q ? [{ ...w, title: q.title }] : [];
    })
    .slice(0, limit);
}

function lastDays(now: number, days: number, offsetMinutes: number): string[] {
  return Array.from({ length: days }, (_, i) => dayKey(now - (days - 1 - i) * DAY, offsetMinutes));
}

function nextDays(now: number, days: number, offsetMinutes: number): string[] {
  return Array.from({ length: days }, (_, i) => dayKey(now + i * DAY, offsetMinutes));
}

import type { Catalog } from '../model/catalog';
import { categoryName, displayTitle } from '../model/displayText';
import { dayKey, streak, summarizeDeck } from '../model/quiz/deck';
import type { DeckSummary } from '../model/quiz/deck';
import type { ProgressData } from '../model/quiz/progressStore';
import { categoryMastery, dueForecast, reviewsPerDay, weakTopics } from '../model/quiz/stats';
import type { StatsData, StatusCounts } from '../shared/statsMessages';

export const REVIEW_DAYS = 90;
export const FORECAST_DAYS = 14;
export const WEAK_LIMIT = 10;

function counts(s: DeckSummary): StatusCounts {
  return { total: s.total, mastered: s.counts.mastered, learning: s.counts.learning, due: s.counts.due, new: s.counts.new };
}

/**
 * The dashboard's data. `offsetMinutes` is Date#getTimezoneOffset at `now`, passed in so that
 * days are the user's local days and tests can pin a zone.
 */
export function buildStatsData(catalog: Catalog, progress: Readonly<ProgressData>, now: number, offsetMinutes: number): StatsData {
  const reviews = reviewsPerDay(progress, now, REVIEW_DAYS, offsetMinutes);
  const all = catalog.all().map((q) => q.id);
  return {
    today: dayKey(now, offsetMinutes),
    practised: Object.values(progress.logs).some((l) => l.length > 0) || Object.values(progress.answers).some((a) => a.length > 0),
    totals: counts(summarizeDeck(all, progress, now)),
    streak: streak(progress, now, offsetMinutes),
    categories: categoryMastery(catalog, progress, now).map((c) => ({ id: c.id, name: nameOf(catalog, c.id, c.name), masteryPercent: c.masteryPercent, ...counts(c) })),
    reviews,
    reviewTotal: reviews.reduce((n, d) => n + d.count, 0),
    daysReviewed: reviews.filter((d) => d.count > 0).length,
    // Cards of questions no longer in the catalog are not owed any more: leave them out.
    forecast: dueForecast({ cards: Object.fromEntries(Object.entries(progress.cards).filter(([id]) => catalog.question(id))) }, now, FORECAST_DAYS, offsetMinutes),
    weak: weakTopics(catalog, progress, WEAK_LIMIT).map((w) => {
      const q = catalog.question(w.id);
      return {
        id: w.id,
        title: q ? displayTitle(q) : w.title,
        category: q ? nameOf(catalog, q.category, '') : '',
        lapses: w.lapses,
        wrong: w.wrong,
      };
    }),
  };
}

/** A category's name in the UI language; `fallback` when the catalog does not know the id. */
function nameOf(catalog: Catalog, id: string, fallback: string): string {
  const c = catalog.category(id);
  return c ? categoryName(c) : fallback;
}

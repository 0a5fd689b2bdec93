import type { Card, FSRS, Grade as FsrsGrade } from 'ts-fsrs';
import { t } from '../l10n';
import { tsFsrs } from '../libraries';

/** A card as stored: plain numbers, dates as epoch milliseconds (safe for JSON and sync). */
export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview?: number;
}

export interface StoredLog {
  grade: Grade;
  /** When the grade was given. */
  review: number;
  /** State before the grade. */
  state: number;
}

export type Grade = 'again' | 'hard' | 'good' | 'easy';
export const GRADES: readonly Grade[] = ['again', 'hard', 'good', 'easy'];

function rating(grade: Grade): FsrsGrade {
  const { Rating } = tsFsrs();
  const ratings: Record<Grade, FsrsGrade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
  return ratings[grade];
}

export interface SchedulerOptions {
  /** Desired retention, 0 < r < 1 (setting pyInterview.review.retention, default 0.9). */
  retention?: number;
}

export interface Outcome {
  card: StoredCard;
  log: StoredLog;
}

/**
 * FSRS scheduling through ts-fsrs (not a hand-written SM-2): one card per question. Fuzz is off
 * so that the interval shown on a grade button is the interval that grade gives.
 */
export class Scheduler {
  private readonly f: FSRS;

  constructor(options: SchedulerOptions = {}) {
    const { fsrs, generatorParameters } = tsFsrs();
    this.f = fsrs(generatorParameters({ request_retention: options.retention ?? 0.9, enable_fuzz: false }));
  }

  newCard(now: number): StoredCard {
    return fromCard(tsFsrs().createEmptyCard(new Date(now)));
  }

  /** What each grade would do, for labelling the four buttons before the user picks. */
  preview(card: StoredCard, now: number): Record<Grade, Outcome> {
    const record = this.f.repeat(toCard(card), new Date(now));
    return Object.fromEntries(GRADES.map((g) => [g, { card: fromCard(record[rating(g)].card), log: { grade: g, review: now, state: card.state } }])) as Record<Grade, Outcome>;
  }

  grade(card: StoredCard, now: number, grade: Grade): Outcome {
    const item = this.f.next(toCard(card), new Date(now), rating(grade));
    return { card: fromCard(item.card), log: { grade, review: now, state: card.state } };
  }

  isDue(card: StoredCard, now: number): boolean {
    return card.state !== (tsFsrs().State.New as number) && card.due <= now;
  }
}

/** "10 min" / "3 days" style label for the time until `due`. */
export function intervalLabel(now: number, due: number): string {
  const minutes = Math.max(1, Math.round((due - now) / 60000));
  if (minutes < 60) {
    return t('{0} min', minutes);
  }
  const hours = Math.round(minutes / 60);
  if (hours < 24) {
    return hours === 1 ? t('1 hour') : t('{0} hours', hours);
  }
  const days = Math.round(hours / 24);
  if (days < 31) {
    return days === 1 ? t('1 day') : t('{0} days', days);
  }
  if (days < 365) {
    const months = Math.round(days / 30);
    return months === 1 ? t('1 month') : t('{0} months', months);
  }
  return t('{0} years', (days / 365).toFixed(1));
}

function fromCard(c: Card): StoredCard {
  const card: StoredCard = {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
  };
  if (c.last_review) {
    card.lastReview = c.last_review.getTime();
  }
  return card;
}

function toCard(c: StoredCard): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.lastReview === undefined ? undefined : new Date(c.lastReview),
  };
}

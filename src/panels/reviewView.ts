import { cardStatus } from '../model/quiz/deck';
import type { Streak } from '../model/quiz/deck';
import { intervalLabel } from '../model/quiz/scheduler';
import type { StoredCard } from '../model/quiz/scheduler';
import { withoutSummarySection } from '../model/answerParts';
import { gradeLabel, statusLabel } from '../model/quiz/statusText';
import { displayTitle } from '../model/displayText';
import type { Question } from '../model/types';
import { REVIEW_GRADES } from '../shared/reviewMessages';
import type { ReviewAnswer, ReviewCardView, ReviewEmptyView, ReviewGrade, ReviewStatus } from '../shared/reviewMessages';
import { dueLabel } from './reviewStrings';

// ts-fsrs State values for cards still on their learning steps (first time, or after a lapse).
const LEARNING = 1;
const RELEARNING = 3;

/**
 * What the review page calls a card. Unlike the tree's status, a learning card that is due says
 * Learning, not Due: in the queue every card is due, so "due" alone would tell the user nothing.
 */
export function reviewStatus(card: StoredCard | undefined, now: number): ReviewStatus {
  const status = cardStatus(card, now);
  if (status === 'due' && (card?.state === LEARNING || card?.state === RELEARNING)) {
    return 'learning';
  }
  return status;
}

export interface CardContext {
  categoryName: string;
  status: ReviewStatus;
  /** From ProgressService.choices(id). */
  choices: readonly { grade: ReviewGrade; interval: string }[];
  remaining: number;
  canUndo: boolean;
}

/** The front of the card: title and labels only, never the summary or body. */
export function toReviewCard(q: Question, c: CardContext): ReviewCardView {
  return {
    id: q.id,
    title: displayTitle(q),
    category: c.categoryName,
    status: c.status,
    statusText: statusLabel(c.status),
    remaining: c.remaining,
    canUndo: c.canUndo,
    // Always the four grades in key order, whatever order the choices came in.
    grades: REVIEW_GRADES.map((grade) => ({ grade, label: gradeLabel(grade), interval: c.choices.find((x) => x.grade === grade)?.interval ?? '' })),
  };
}

export function toReviewAnswer(q: Question): ReviewAnswer {
  // The summary is shown above the body already.
  return { id: q.id, summary: q.summary, html: withoutSummarySection(q.html) };
}

export interface DateFormat {
  locale: string;
  /** IANA zone; tests pin it, the extension leaves it to the machine. */
  timeZone?: string;
}

/** "May 3, 14:05 (in 3 hours)": the absolute time to plan by, the distance to read at a glance. */
export function formatDue(due: number, now: number, format: DateFormat): string {
  const date = new Intl.DateTimeFormat(format.locale, {
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: format.timeZone,
  }).format(due);
  return dueLabel(date, intervalLabel(now, due));
}

export function toEmptyView(nextDue: number | undefined, streak: Streak, now: number, canUndo: boolean, format: DateFormat): ReviewEmptyView {
  return {
    nextDue: nextDue === undefined ? undefined : formatDue(nextDue, now, format),
    streakCurrent: streak.current,
    streakLongest: streak.longest,
    practisedToday: streak.practisedToday,
    canUndo,
  };
}

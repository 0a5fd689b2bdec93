import type { ProgressData } from './progressStore';
import { cardStatus, weakest } from './deck';
import type { Question } from '../types';

/** Which questions a quiz draws from. */
export type QuizScope =
  | { kind: 'all' }
  | { kind: 'category'; category: string }
  | { kind: 'due' }
  | { kind: 'weakest' }
  | { kind: 'random' }
  | { kind: 'question'; id: string };

/**
 * One step of a quiz: item `index` of the question's front-matter quiz, or the question itself
 * (index -1), answered by recalling and grading oneself against the 一句话回答.
 */
export interface SessionItem {
  questionId: string;
  index: number;
}

export const RECALL = -1;

/** Fisher–Yates with an injected source, so tests get a fixed order. */
export function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The questions a scope covers, in the order the quiz should visit them. */
export function scopeQuestions(questions: readonly Question[], scope: QuizScope, progress: Pick<ProgressData, 'cards' | 'answers'>, now: number, random: () => number): Question[] {
  switch (scope.kind) {
    case 'all':
    case 'random':
      return shuffle(questions, random);
    case 'category':
      return shuffle(
        questions.filter((q) => q.category === scope.category),
        random,
      );
    case 'due':
      return questions
        .filter((q) => cardStatus(progress.cards[q.id], now) === 'due')
        .sort((a, b) => (progress.cards[a.id]?.due ?? 0) - (progress.cards[b.id]?.due ?? 0));
    case 'weakest': {
      const byId = new Map(questions.map((q) => [q.id, q]));
      return weakest(progress, Number.MAX_SAFE_INTEGER).flatMap((w) => byId.get(w.id) ?? []);
    }
    case 'question':
      return questions.filter((q) => q.id === scope.id);
  }
}

/**
 * Builds a quiz of at most `length` items. The due scope asks each due card's recall; a
 * single-question quiz asks everything that entry has and then the recall card. Otherwise
 * questions are visited in scope order, one item each (the recall card first for due questions, a
 * random quiz item for the rest), going round again for more items when the scope holds fewer
 * questions than `length`.
 */
export function buildSession(
  questions: readonly Question[],
  scope: QuizScope,
  length: number,
  progress: Pick<ProgressData, 'cards' | 'answers'>,
  now: number,
  random: () => number,
): SessionItem[] {
  const chosen = scopeQuestions(questions, scope, progress, now, random);
  if (scope.kind === 'due') {
    // What a due card owes is a recall graded into FSRS; quiz items would not reschedule it.
    return chosen.slice(0, length).map((q) => ({ questionId: q.id, index: RECALL }));
  }
  if (scope.kind === 'question') {
    return chosen.flatMap((q) => [...q.quiz.map((_, index) => ({ questionId: q.id, index })), { questionId: q.id, index: RECALL }]);
  }
  // Per question, the order its items are asked in: recall first when due, else shuffled items.
  const pools = new Map(
    chosen.map((q) => {
      const items = shuffle(
        q.quiz.map((_, i) => i),
        random,
      );
      const due = cardStatus(progress.cards[q.id], now) === 'due';
      return [q.id, due ? [RECALL, ...items] : [...items, RECALL]];
    }),
  );
  const out: SessionItem[] = [];
  for (let round = 0; out.length < length; round++) {
    let added = false;
    for (const q of chosen) {
      const index = pools.get(q.id)?.[round];
      if (index !== undefined && out.length < length) {
        out.push({ questionId: q.id, index });
        added = true;
      }
    }
    if (!added) {
      break;
    }
  }
  return out;
}

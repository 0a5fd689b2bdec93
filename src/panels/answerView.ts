import type { Catalog } from '../model/catalog';
import { categoryName, displayTitle, otherTitle } from '../model/displayText';
import { t } from '../model/l10n';
import { difficultyLabel, frequencyLabel } from '../model/levels';
import type { CardStatus } from '../model/quiz/deck';
import type { Question, QuizItem } from '../model/types';
import type { AnswerView, QuizItemView } from '../shared/answerMessages';
import { statusLabel } from '../model/quiz/statusText';

/**
 * Copies only the fields the page may show. Built field by field rather than by deleting
 * `answer` and `explain`, so a field added to QuizItem later stays on the host until chosen.
 */
export function toQuizItemView(item: QuizItem): QuizItemView {
  switch (item.type) {
    case 'single':
    case 'multi':
      return { type: item.type, q: item.q, options: [...item.options] };
    case 'truefalse':
      return { type: 'truefalse', q: item.q };
    case 'output':
      return { type: 'output', q: item.q, code: item.code };
  }
}

/** Catalog question → what the webview needs to show it (labels resolved, related titles looked up). */
export function toAnswerView(q: Question, catalog: Catalog, bookmarked: boolean, status: CardStatus): AnswerView {
  return {
    id: q.id,
    title: displayTitle(q),
    subtitle: otherTitle(q),
    category: categoryOf(q, catalog),
    difficulty: t('Difficulty: {0}', difficultyLabel(q.difficulty)),
    frequency: t('Frequency: {0}', frequencyLabel(q.frequency)),
    appliesTo: q.appliesTo,
    tags: q.tags,
    html: q.html,
    bookmarked,
    quiz: q.quiz.map(toQuizItemView),
    status,
    statusLabel: statusLabel(status),
    related: q.related.flatMap((id) => {
      const r = catalog.question(id);
      return r ? [{ id: r.id, title: displayTitle(r) }] : [];
    }),
  };
}

function categoryOf(q: Question, catalog: Catalog): string {
  const c = catalog.category(q.category);
  return c ? categoryName(c) : q.category;
}

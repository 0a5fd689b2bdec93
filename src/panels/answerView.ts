import type { Catalog } from '../model/catalog';
import { difficultyLabel, frequencyLabel } from '../model/levels';
import type { CardStatus } from '../model/quiz/deck';
import type { Question, QuizItem } from '../model/types';
import type { AnswerView, QuizItemView } from '../shared/answerMessages';
import { statusLabel } from './answerStrings';

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
    title: q.title,
    titleEn: q.titleEn,
    category: catalog.category(q.category)?.name ?? q.category,
    difficulty: `难度:${difficultyLabel(q.difficulty)}`,
    frequency: `频率:${frequencyLabel(q.frequency)}`,
    appliesTo: q.appliesTo,
    tags: q.tags,
    html: q.html,
    bookmarked,
    quiz: q.quiz.map(toQuizItemView),
    status,
    statusLabel: statusLabel(status),
    related: q.related.flatMap((id) => {
      const r = catalog.question(id);
      return r ? [{ id: r.id, title: r.title }] : [];
    }),
  };
}

import type { Catalog } from '../model/catalog';
import { difficultyLabel, frequencyLabel } from '../model/levels';
import type { Question } from '../model/types';
import type { AnswerView } from '../shared/answerMessages';

/** Catalog question → what the webview needs to show it (labels resolved, related titles looked up). */
export function toAnswerView(q: Question, catalog: Catalog, bookmarked: boolean): AnswerView {
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
    related: q.related.flatMap((id) => {
      const r = catalog.question(id);
      return r ? [{ id: r.id, title: r.title }] : [];
    }),
  };
}

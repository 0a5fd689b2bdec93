import type { CardStatus } from '../model/quiz/deck';
import type { Category, Level, QuestionHead } from '../model/types';

export type GroupKind = 'bookmarks' | 'recent';

export interface GroupNode {
  kind: 'group';
  group: GroupKind;
}

export interface CategoryNode {
  kind: 'category';
  category: Category;
  count: number;
}

export interface QuestionNode {
  kind: 'question';
  question: QuestionHead;
  /** Set when the node sits in the Bookmarks / Recently Viewed group rather than its category. */
  group?: GroupKind;
}

export type TopicNode = GroupNode | CategoryNode | QuestionNode;

/** What the tree is narrowed to; `ids` is the text match from the search index. */
export interface TreeFilter {
  text?: string;
  ids?: ReadonlySet<string>;
  difficulty?: Level;
  frequency?: Level;
  /** Study state from the quiz progress. */
  status?: CardStatus;
}

export function matchesFilter(q: QuestionHead, f: TreeFilter | undefined, statusOf: (id: string) => CardStatus): boolean {
  if (!f) {
    return true;
  }
  return (
    (!f.ids || f.ids.has(q.id)) &&
    (!f.difficulty || q.difficulty === f.difficulty) &&
    (!f.frequency || q.frequency === f.frequency) &&
    (!f.status || statusOf(q.id) === f.status)
  );
}

export function isQuestionNode(x: unknown): x is QuestionNode {
  return typeof x === 'object' && x !== null && (x as TopicNode).kind === 'question';
}

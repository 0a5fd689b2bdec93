import type { Category, Question } from '../model/types';

export interface CategoryNode {
  kind: 'category';
  category: Category;
  count: number;
}

export interface QuestionNode {
  kind: 'question';
  question: Question;
}

export type TopicNode = CategoryNode | QuestionNode;

export function isQuestionNode(x: unknown): x is QuestionNode {
  return typeof x === 'object' && x !== null && (x as TopicNode).kind === 'question';
}

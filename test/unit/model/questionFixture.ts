import type { Question, QuizItem } from '../../../src/model/types';

/** A minimal question for model tests; override what the test is about. */
export function makeQuestion(id: string, category: string, over: Partial<Question> = {}): Question {
  return {
    id,
    title: `${id} 标题`,
    titleEn: '',
    category,
    order: 0,
    difficulty: 1,
    frequency: 1,
    tags: [],
    aliases: [],
    related: [],
    keywords: {},
    appliesTo: '',
    quiz: [],
    snippets: [],
    summary: `${id} 的一句话回答`,
    html: '',
    blocks: [],
    source: `${category}/${id}.md`,
    ...over,
  };
}

export const SAMPLE_ITEMS: QuizItem[] = [
  { type: 'single', q: '选一个', options: ['甲', '乙', '丙'], answer: 1, explain: '因为乙。' },
  { type: 'multi', q: '选多个', options: ['甲', '乙', '丙'], answer: [0, 2], explain: '甲和丙。' },
  { type: 'truefalse', q: '对吗', answer: false, explain: '不对。' },
  { type: 'output', q: '输出?', code: 'print(1)\nprint(2)', answer: '1\n2', explain: '两行。' },
];

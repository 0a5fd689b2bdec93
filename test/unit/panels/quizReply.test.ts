import * as assert from 'node:assert/strict';
import { expectedText, quizReply } from '../../../src/panels/quizReply';
import type { Question, QuizItem } from '../../../src/model/types';

const labels = { trueLabel: '对', falseLabel: '错' };

const single: QuizItem = { type: 'single', q: 'q', options: ['list', 'hash', 'zset'], answer: 2, explain: 'zset is ordered' };
const multi: QuizItem = { type: 'multi', q: 'q', options: ['a', 'b', 'c', 'd'], answer: [3, 0], explain: 'a and d' };
const tf: QuizItem = { type: 'truefalse', q: 'q', answer: false, explain: 'no rollback' };
const output: QuizItem = { type: 'output', q: 'q', code: 'print(1)\nprint(2)', answer: '1\n2\n', explain: 'two lines' };

function question(quiz: QuizItem[]): Question {
  return { id: 'q', title: 'q', titleEn: '', category: 'c', order: 1, difficulty: 1, frequency: 1, tags: [], aliases: [], related: [], keywords: {}, appliesTo: '', quiz, snippets: [], summary: '', html: '', blocks: [], source: 'c/q.md' };
}

const q = question([single, multi, tf, output]);

describe('quiz reply (host side)', () => {
  it('scores each kind of item against the catalog and returns its explanation', () => {
    assert.deepEqual(quizReply(q, 0, { type: 'single', choice: 2 }, labels), { correct: true, explain: 'zset is ordered', expected: 'C. zset' });
    assert.equal(quizReply(q, 0, { type: 'single', choice: 1 }, labels)?.correct, false);
    assert.equal(quizReply(q, 1, { type: 'multi', choices: [0, 3] }, labels)?.correct, true);
    assert.equal(quizReply(q, 1, { type: 'multi', choices: [0] }, labels)?.correct, false);
    assert.deepEqual(quizReply(q, 2, { type: 'truefalse', value: true }, labels), { correct: false, explain: 'no rollback', expected: '错' });
    assert.equal(quizReply(q, 3, { type: 'output', text: '1\n2' }, labels)?.correct, true);
    assert.equal(quizReply(q, 3, { type: 'output', text: '1 2' }, labels)?.correct, false);
  });

  it('ignores an answer that no control of the item could have sent', () => {
    assert.equal(quizReply(q, 4, { type: 'single', choice: 0 }, labels), undefined, 'no such item');
    assert.equal(quizReply(q, -1, { type: 'output', text: '1\n2' }, labels), undefined, 'negative index must not count from the end');
    assert.equal(quizReply(q, 0, { type: 'multi', choices: [2] }, labels), undefined, 'wrong kind');
    assert.equal(quizReply(q, 2, { type: 'single', choice: 0 }, labels), undefined, 'wrong kind');
    assert.equal(quizReply(q, 0, { type: 'single', choice: 3 }, labels), undefined, 'option out of range');
    assert.equal(quizReply(q, 1, { type: 'multi', choices: [0, 4] }, labels), undefined, 'option out of range');
  });

  it('words the right answer with the letters the page shows', () => {
    assert.equal(expectedText(single, labels), 'C. zset');
    assert.equal(expectedText(multi, labels), 'A. a\nD. d', 'options in page order, one per line');
    assert.equal(expectedText(tf, labels), '错');
    assert.equal(expectedText({ ...tf, answer: true }, labels), '对');
    assert.equal(expectedText(output, labels), '1\n2', 'output shown as compared: trailing blank lines dropped');
  });
});

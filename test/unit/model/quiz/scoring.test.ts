import * as assert from 'node:assert/strict';
import { isCorrect, normalizeOutput, summarize } from '../../../../src/model/quiz/scoring';
import type { QuizItem } from '../../../../src/model/types';

const single: QuizItem = { type: 'single', q: 'q', options: ['a', 'b', 'c'], answer: 1, explain: 'e' };
const multi: QuizItem = { type: 'multi', q: 'q', options: ['a', 'b', 'c'], answer: [0, 2], explain: 'e' };
const tf: QuizItem = { type: 'truefalse', q: 'q', answer: false, explain: 'e' };
const output: QuizItem = { type: 'output', q: 'q', code: 'print(1, 2)\nprint()', answer: '1 2\n', explain: 'e' };

describe('quiz scoring', () => {
  it('single choice: only the right index', () => {
    assert.equal(isCorrect(single, { type: 'single', choice: 1 }), true);
    assert.equal(isCorrect(single, { type: 'single', choice: 0 }), false);
  });

  it('multiple choice: exactly the right set, in any order', () => {
    assert.equal(isCorrect(multi, { type: 'multi', choices: [2, 0] }), true);
    assert.equal(isCorrect(multi, { type: 'multi', choices: [0] }), false);
    assert.equal(isCorrect(multi, { type: 'multi', choices: [0, 1, 2] }), false);
    assert.equal(isCorrect(multi, { type: 'multi', choices: [0, 0, 2] }), true);
  });

  it('true/false', () => {
    assert.equal(isCorrect(tf, { type: 'truefalse', value: false }), true);
    assert.equal(isCorrect(tf, { type: 'truefalse', value: true }), false);
  });

  it('output prediction ignores trailing spaces and trailing blank lines, nothing else', () => {
    assert.equal(isCorrect(output, { type: 'output', text: '1 2   \n\n' }), true);
    assert.equal(isCorrect(output, { type: 'output', text: '1  2' }), false);
    assert.equal(normalizeOutput('a \r\nb\n\n'), 'a\nb');
  });

  it('a response of the wrong kind is wrong', () => {
    assert.equal(isCorrect(single, { type: 'truefalse', value: true }), false);
    assert.equal(isCorrect(output, { type: 'single', choice: 0 }), false);
  });

  it('summarises score, time and the questions missed, once each', () => {
    const s = summarize(
      [
        { questionId: 'a', index: 0, correct: true },
        { questionId: 'b', index: 0, correct: false },
        { questionId: 'b', index: 1, correct: false },
        { questionId: 'c', index: 0, correct: true },
      ],
      1000,
      61000,
    );
    assert.deepEqual(s, { total: 4, correct: 2, percent: 50, elapsedMs: 60000, missed: ['b'] });
    assert.deepEqual(summarize([], 5, 5), { total: 0, correct: 0, percent: 0, elapsedMs: 0, missed: [] });
  });
});

import * as assert from 'node:assert/strict';
import { emptyProgress } from '../../../../src/model/quiz/progressStore';
import { Scheduler } from '../../../../src/model/quiz/scheduler';
import { RECALL, buildSession, scopeQuestions, shuffle } from '../../../../src/model/quiz/session';
import { SAMPLE_ITEMS, makeQuestion } from '../questionFixture';

const T0 = Date.UTC(2026, 10, 10, 4);
const DAY = 86_400_000;

/** A fixed, reproducible "random" sequence. */
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const questions = [
  makeQuestion('a1', 'a', { quiz: SAMPLE_ITEMS.slice(0, 3) }),
  makeQuestion('a2', 'a', { quiz: SAMPLE_ITEMS.slice(1, 4) }),
  makeQuestion('b1', 'b', { quiz: SAMPLE_ITEMS }),
];

describe('quiz sessions', () => {
  it('shuffle keeps every element and is reproducible with the same source', () => {
    const list = Array.from({ length: 20 }, (_, i) => i);
    const once = shuffle(list, seeded(7));
    assert.deepEqual([...once].sort((x, y) => x - y), list);
    assert.deepEqual(shuffle(list, seeded(7)), once);
    assert.notDeepEqual(once, list);
  });

  it('a category scope asks only that category, one item per question per round', () => {
    const items = buildSession(questions, { kind: 'category', category: 'a' }, 4, emptyProgress(), T0, seeded(1));
    assert.equal(items.length, 4);
    assert.ok(items.every((i) => i.questionId.startsWith('a')));
    assert.deepEqual(items.map((i) => i.questionId).sort(), ['a1', 'a1', 'a2', 'a2']);
    const firstRound = items.slice(0, 2);
    assert.ok(firstRound.every((i) => i.index !== RECALL), 'recall comes after the items for cards that are not due');
  });

  it('stops when the scope runs out of items', () => {
    const items = buildSession(questions, { kind: 'category', category: 'a' }, 100, emptyProgress(), T0, seeded(2));
    assert.equal(items.length, 3 + 1 + 3 + 1, 'every item and the recall card of both questions');
    assert.equal(new Set(items.map((i) => `${i.questionId}:${i.index}`)).size, items.length, 'nothing asked twice');
  });

  it('a single-question quiz asks all its items in order, then the recall card', () => {
    const items = buildSession(questions, { kind: 'question', id: 'b1' }, 3, emptyProgress(), T0, seeded(3));
    assert.deepEqual(items.map((i) => i.index), [0, 1, 2, 3, RECALL]);
  });

  it('due and weakest scopes pick from the progress; due cards are asked by recall', () => {
    const p = emptyProgress();
    const s = new Scheduler();
    p.cards.a2 = s.grade(s.newCard(T0 - 10 * DAY), T0 - 10 * DAY, 'good').card;
    p.answers.b1 = [{ at: T0, correct: false }];
    assert.deepEqual(scopeQuestions(questions, { kind: 'due' }, p, T0, Math.random).map((q) => q.id), ['a2']);
    assert.deepEqual(scopeQuestions(questions, { kind: 'weakest' }, p, T0, Math.random).map((q) => q.id), ['b1']);
    assert.deepEqual(buildSession(questions, { kind: 'due' }, 10, p, T0, seeded(4)), [{ questionId: 'a2', index: RECALL }], 'a due quiz is its recall cards');
    p.cards.b1 = p.cards.a2;
    const mixed = buildSession(questions, { kind: 'all' }, 3, p, T0, seeded(4));
    assert.ok(
      mixed.filter((i) => i.questionId !== 'a1').every((i) => i.index === RECALL),
      'in a wider quiz, due questions start with their recall card',
    );
    assert.equal(buildSession(questions, { kind: 'due' }, 10, emptyProgress(), T0, seeded(4)).length, 0);
  });
});

import * as assert from 'node:assert/strict';
import { GRADES } from '../../../src/model/quiz/scheduler';
import { REVIEW_GRADES, parseReviewHostMessage, parseReviewMessage, parseReviewState } from '../../../src/shared/reviewMessages';
import type { ReviewCardView } from '../../../src/shared/reviewMessages';

const card: ReviewCardView = {
  id: 'python-gil',
  title: 'GIL 是什么',
  category: 'Python 基础',
  status: 'due',
  statusText: '到期',
  remaining: 3,
  canUndo: false,
  grades: [
    { grade: 'again', label: '重来', interval: '1 分钟' },
    { grade: 'hard', label: '困难', interval: '6 分钟' },
    { grade: 'good', label: '良好', interval: '4 天' },
    { grade: 'easy', label: '简单', interval: '12 天' },
  ],
};
const answer = { id: 'python-gil', summary: '全局解释器锁', html: '<p>…</p>' };
const empty = { nextDue: '5月3日 14:05(3 小时后)', streakCurrent: 2, streakLongest: 5, practisedToday: true, canUndo: true };

describe('review panel message validation', () => {
  it('names the grades exactly as the scheduler does', () => {
    assert.deepEqual([...REVIEW_GRADES], [...GRADES]);
  });

  it('accepts each well-formed webview message', () => {
    assert.deepEqual(parseReviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseReviewMessage({ type: 'shown', id: 'python-gil' }), { type: 'shown', id: 'python-gil' });
    assert.deepEqual(parseReviewMessage({ type: 'shown' }), { type: 'shown' });
    assert.deepEqual(parseReviewMessage({ type: 'reveal', id: 'python-gil' }), { type: 'reveal', id: 'python-gil' });
    assert.deepEqual(parseReviewMessage({ type: 'undo' }), { type: 'undo' });
    assert.deepEqual(parseReviewMessage({ type: 'open', id: 'a-b' }), { type: 'open', id: 'a-b' });
    assert.deepEqual(parseReviewMessage({ type: 'startQuiz' }), { type: 'startQuiz' });
    for (const grade of GRADES) {
      assert.deepEqual(parseReviewMessage({ type: 'grade', id: 'a-b', grade }), { type: 'grade', id: 'a-b', grade });
    }
  });

  it('drops extra fields instead of passing them on', () => {
    assert.deepEqual(parseReviewMessage({ type: 'undo', id: 'x', count: 99 }), { type: 'undo' });
    assert.deepEqual(parseReviewMessage({ type: 'grade', id: 'x', grade: 'good', due: 0 }), { type: 'grade', id: 'x', grade: 'good' });
  });

  it('ignores unknown, malformed and hostile webview messages', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'ready',
      7,
      [],
      { type: 'execute', command: 'workbench.action.terminal.new' },
      { type: 'grade', id: 'x' },
      { type: 'grade', id: 'x', grade: 'perfect' },
      { type: 'grade', id: 'x', grade: 'Good' },
      { type: 'grade', id: 'x', grade: 3 },
      { type: 'grade', grade: 'good' },
      { type: 'grade', id: '../../etc/passwd', grade: 'good' },
      { type: 'reveal' },
      { type: 'reveal', id: 'Upper-Case' },
      { type: 'open', id: 'a'.repeat(200) },
      { type: 'shown', id: 5 },
      { type: 'shown', id: 'bad id' },
      { type: '__proto__' },
    ];
    for (const m of bad) {
      assert.equal(parseReviewMessage(m), undefined, JSON.stringify(m));
    }
  });

  it('accepts the host messages the page understands', () => {
    assert.equal(parseReviewHostMessage({ type: 'card', card, strings: {} })?.type, 'card');
    assert.equal(parseReviewHostMessage({ type: 'card', card, answer, strings: {} })?.type, 'card');
    assert.deepEqual(parseReviewHostMessage({ type: 'answer', answer }), { type: 'answer', answer });
    assert.equal(parseReviewHostMessage({ type: 'empty', empty, strings: {} })?.type, 'empty');
    assert.equal(parseReviewHostMessage({ type: 'empty', empty: { ...empty, nextDue: undefined }, strings: {} })?.type, 'empty');
    assert.deepEqual(parseReviewHostMessage({ type: 'canUndo', canUndo: true }), { type: 'canUndo', canUndo: true });
  });

  it('rejects host messages of the wrong shape', () => {
    const bad: unknown[] = [
      null,
      { type: 'eval', code: '1' },
      { type: 'card', card },
      { type: 'card', card: { ...card, id: 'BAD ID' }, strings: {} },
      { type: 'card', card: { ...card, remaining: -1 }, strings: {} },
      { type: 'card', card: { ...card, remaining: 1.5 }, strings: {} },
      { type: 'card', card: { ...card, grades: card.grades.slice(1) }, strings: {} },
      { type: 'card', card: { ...card, grades: [...card.grades.slice(1), { grade: 'perfect', label: '', interval: '' }] }, strings: {} },
      // an answer for another card must not be shown under this one
      { type: 'card', card, answer: { ...answer, id: 'python-closure' }, strings: {} },
      { type: 'card', card, answer: { id: 'python-gil', summary: 'x' }, strings: {} },
      { type: 'answer', answer: { id: 'python-gil', html: 5, summary: '' } },
      { type: 'empty', empty: { ...empty, streakCurrent: -1 }, strings: {} },
      { type: 'empty', empty: { ...empty, nextDue: 5 }, strings: {} },
      { type: 'canUndo', canUndo: 'yes' },
    ];
    for (const m of bad) {
      assert.equal(parseReviewHostMessage(m), undefined, JSON.stringify(m));
    }
  });

  it('restores the saved card id, or an empty state, and nothing from garbage', () => {
    assert.deepEqual(parseReviewState({ id: 'python-gil' }), { id: 'python-gil' });
    assert.deepEqual(parseReviewState({}), {});
    assert.deepEqual(parseReviewState({ id: '<script>' }), {});
    assert.equal(parseReviewState(undefined), undefined);
    assert.equal(parseReviewState('python-gil'), undefined);
  });
});

import * as assert from 'node:assert/strict';
import { Scheduler, intervalLabel } from '../../../src/model/quiz/scheduler';
import { formatDue, reviewStatus, toEmptyView, toReviewAnswer, toReviewCard } from '../../../src/panels/reviewView';
import { useLanguage } from '../model/l10nFixture';
import { makeQuestion } from '../model/questionFixture';

const MIN = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 4, 3, 6, 0, 0);

describe('review card view', () => {
  const scheduler = new Scheduler();

  it('calls a never-seen card new', () => {
    assert.equal(reviewStatus(undefined, T0), 'new');
    assert.equal(reviewStatus(scheduler.newCard(T0), T0), 'new');
  });

  it('calls a due card still on its learning steps learning, a due review card due', () => {
    const learning = scheduler.grade(scheduler.newCard(T0), T0, 'good').card;
    assert.equal(learning.state, 1);
    assert.equal(reviewStatus(learning, learning.due), 'learning');
    const review = scheduler.grade(learning, learning.due, 'good').card;
    assert.equal(review.state, 2);
    assert.equal(reviewStatus(review, review.due - 1), 'learning');
    assert.equal(reviewStatus(review, review.due), 'due');
  });

  it('calls a lapsed card that is due again learning', () => {
    let card = scheduler.grade(scheduler.newCard(T0), T0, 'easy').card;
    card = scheduler.grade(card, card.due, 'again').card;
    assert.equal(card.state, 3);
    assert.equal(reviewStatus(card, card.due + MIN), 'learning');
  });

  it('puts only the front of the card in the card view', () => {
    const q = makeQuestion('python-gil', 'basics', { title: 'GIL 是什么', titleEn: 'What is the GIL?', summary: 'SECRET-SUMMARY', html: '<p>SECRET-BODY</p>' });
    const view = toReviewCard(q, { categoryName: 'Python Basics', status: 'due', choices: [], remaining: 4, canUndo: true });
    const json = JSON.stringify(view);
    assert.doesNotMatch(json, /SECRET/);
    assert.equal(view.title, 'What is the GIL?');
    assert.equal(view.category, 'Python Basics');
    assert.equal(view.statusText, 'Due');
    assert.equal(view.remaining, 4);
    assert.equal(view.canUndo, true);
    assert.deepEqual(toReviewAnswer(q), { id: 'python-gil', summary: 'SECRET-SUMMARY', html: '<p>SECRET-BODY</p>' });
  });

  it('labels the four grade buttons in key order with their intervals', () => {
    const q = makeQuestion('python-gil', 'basics');
    const choices = [
      { grade: 'easy' as const, interval: '12 days' },
      { grade: 'again' as const, interval: '1 min' },
      { grade: 'good' as const, interval: '4 days' },
      { grade: 'hard' as const, interval: '6 min' },
    ];
    const view = toReviewCard(q, { categoryName: 'x', status: 'new', choices, remaining: 1, canUndo: false });
    assert.deepEqual(view.grades, [
      { grade: 'again', label: 'Again', interval: '1 min' },
      { grade: 'hard', label: 'Hard', interval: '6 min' },
      { grade: 'good', label: 'Good', interval: '4 days' },
      { grade: 'easy', label: 'Easy', interval: '12 days' },
    ]);
    assert.equal(view.statusText, 'New');
  });

  it('shows the next due time as a local date and time plus the distance to it', () => {
    const due = T0 + 3 * 60 * MIN + 5 * MIN;
    assert.equal(formatDue(due, T0, { locale: 'en', timeZone: 'UTC' }), 'May 3 at 09:05 (in 3 hours)');
    assert.equal(formatDue(due, T0, { locale: 'en', timeZone: 'Asia/Shanghai' }), 'May 3 at 17:05 (in 3 hours)');
  });

  describe('in a Chinese UI', () => {
    useLanguage('zh-cn');

    it('labels the card and its grades in Chinese and dates the Chinese way', () => {
      const q = makeQuestion('python-gil', 'basics', { title: 'GIL 是什么', titleEn: 'What is the GIL?' });
      const view = toReviewCard(q, { categoryName: 'Python 基础', status: 'new', choices: [], remaining: 1, canUndo: false });
      assert.equal(view.title, 'GIL 是什么');
      assert.equal(view.statusText, '新题');
      assert.deepEqual(view.grades.map((g) => g.label), ['重来', '困难', '良好', '简单']);
      const due = T0 + 3 * 60 * MIN + 5 * MIN;
      assert.equal(formatDue(due, T0, { locale: 'zh-cn', timeZone: 'UTC' }), `5月3日 09:05(${intervalLabel(T0, due)}后)`);
      assert.equal(formatDue(T0 + 2 * DAY, T0, { locale: 'zh-cn', timeZone: 'UTC' }), '5月5日 06:00(2 天后)');
    });
  });

  it('builds the empty state from the next due time and the streak', () => {
    const streak = { current: 3, longest: 8, practisedToday: false };
    const view = toEmptyView(T0 + DAY, streak, T0, true, { locale: 'zh-CN', timeZone: 'UTC' });
    assert.deepEqual(view, { nextDue: formatDue(T0 + DAY, T0, { locale: 'zh-CN', timeZone: 'UTC' }), streakCurrent: 3, streakLongest: 8, practisedToday: false, canUndo: true });
    assert.equal(toEmptyView(undefined, streak, T0, false, { locale: 'zh-CN' }).nextDue, undefined);
  });
});

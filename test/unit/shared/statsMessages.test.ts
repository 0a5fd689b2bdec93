import * as assert from 'node:assert/strict';
import { statsStrings } from '../../../src/panels/statsStrings';
import { fill, parseStatsHostMessage, parseStatsMessage, parseStatsState } from '../../../src/shared/statsMessages';
import type { StatsData } from '../../../src/shared/statsMessages';

const data: StatsData = {
  today: '2026-11-03',
  practised: true,
  totals: { total: 2, mastered: 1, learning: 0, due: 1, new: 0 },
  streak: { current: 2, longest: 5, practisedToday: true },
  categories: [{ id: 'python-basics', name: 'Python 基础', total: 2, mastered: 1, learning: 0, due: 1, new: 0, masteryPercent: 50 }],
  reviews: [{ day: '2026-11-02', count: 3 }, { day: '2026-11-03', count: 0 }],
  reviewTotal: 3,
  daysReviewed: 1,
  forecast: [{ day: '2026-11-03', count: 1 }],
  weak: [{ id: 'python-gil', title: 'GIL', category: 'Python 基础', lapses: 2, wrong: 1 }],
};

describe('stats panel message validation', () => {
  it('accepts each well-formed webview message', () => {
    assert.deepEqual(parseStatsMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseStatsMessage({ type: 'rendered', seq: 4 }), { type: 'rendered', seq: 4 });
    assert.deepEqual(parseStatsMessage({ type: 'open', id: 'python-gil' }), { type: 'open', id: 'python-gil' });
    assert.deepEqual(parseStatsMessage({ type: 'quizCategory', category: 'python-basics' }), { type: 'quizCategory', category: 'python-basics' });
    assert.deepEqual(parseStatsMessage({ type: 'startQuiz' }), { type: 'startQuiz' });
    assert.deepEqual(parseStatsMessage({ type: 'reviewDue' }), { type: 'reviewDue' });
  });

  it('drops extra fields instead of passing them on', () => {
    assert.deepEqual(parseStatsMessage({ type: 'startQuiz', command: 'workbench.action.terminal.new' }), { type: 'startQuiz' });
    assert.deepEqual(parseStatsMessage({ type: 'quizCategory', category: 'web', args: ['x'] }), { type: 'quizCategory', category: 'web' });
  });

  it('ignores unknown, malformed and hostile messages', () => {
    const bad: unknown[] = [
      null,
      'ready',
      [],
      { type: 'run', command: 'pyInterview.startQuiz' },
      { type: 'open' },
      { type: 'open', id: '../x' },
      { type: 'open', id: 'a'.repeat(101) },
      { type: 'quizCategory' },
      { type: 'quizCategory', category: 'Web Dev' },
      { type: 'quizCategory', category: { id: 'web' } },
      { type: 'rendered' },
      { type: 'rendered', seq: -1 },
      { type: 'rendered', seq: 1.5 },
      { type: 'rendered', seq: '1' },
      { type: 'toString' },
    ];
    for (const m of bad) {
      assert.equal(parseStatsMessage(m), undefined, JSON.stringify(m));
    }
  });

  it('accepts the data the host sends and its strings', () => {
    const msg = { type: 'data', seq: 1, data, strings: statsStrings() };
    assert.deepEqual(parseStatsHostMessage(msg), msg);
    assert.deepEqual(parseStatsHostMessage({ type: 'error', message: '无法加载' }), { type: 'error', message: '无法加载' });
  });

  it('rejects data whose numbers would break the chart geometry', () => {
    const strings = statsStrings();
    const broken: unknown[] = [
      { ...data, reviewTotal: Number.NaN },
      { ...data, reviews: [{ day: '2026-11-02', count: -1 }] },
      { ...data, reviews: [{ day: 'yesterday', count: 1 }] },
      { ...data, forecast: [{ day: '2026-11-03', count: Infinity }] },
      { ...data, categories: [{ ...data.categories[0], masteryPercent: 101 }] },
      { ...data, weak: [{ ...data.weak[0], id: 'BAD ID' }] },
      { ...data, totals: { ...data.totals, due: '1' } },
      { ...data, streak: undefined },
      { ...data, today: 5 },
    ];
    for (const d of broken) {
      assert.equal(parseStatsHostMessage({ type: 'data', seq: 1, data: d, strings }), undefined, JSON.stringify(d));
    }
    assert.equal(parseStatsHostMessage({ type: 'data', seq: 1, data, strings: { ...strings, weekdays: ['一'] } }), undefined);
    assert.equal(parseStatsHostMessage({ type: 'data', seq: -2, data, strings }), undefined);
    assert.equal(parseStatsHostMessage({ type: 'eval', code: '1' }), undefined);
  });

  it('restores a saved scroll position, clamping a bad one', () => {
    assert.deepEqual(parseStatsState({ scrollY: 120 }), { scrollY: 120 });
    assert.deepEqual(parseStatsState({ scrollY: -5 }), { scrollY: 0 });
    assert.deepEqual(parseStatsState({ scrollY: 'x' }), { scrollY: 0 });
    assert.equal(parseStatsState(null), undefined);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    assert.equal(fill('{day}: {count} 次复习', { day: '2026-11-03', count: 4 }), '2026-11-03: 4 次复习');
    assert.equal(fill('{a}{missing}', { a: 1 }), '1{missing}');
    assert.equal(fill('{constructor}', {}), '{constructor}');
  });

  it('has text for every string the page uses', () => {
    const strings: Record<string, string | string[]> = { ...statsStrings() };
    for (const [key, value] of Object.entries(strings)) {
      const texts = Array.isArray(value) ? value : [value];
      assert.ok(texts.length && texts.every((t) => t.trim().length > 0), key);
    }
  });
});

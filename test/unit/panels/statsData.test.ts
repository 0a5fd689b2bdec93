import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/model/catalog';
import { emptyProgress } from '../../../src/model/quiz/progressStore';
import type { ProgressData } from '../../../src/model/quiz/progressStore';
import type { StoredCard, StoredLog } from '../../../src/model/quiz/scheduler';
import type { Question } from '../../../src/model/types';
import { FORECAST_DAYS, REVIEW_DAYS, WEAK_LIMIT, buildStatsData } from '../../../src/panels/statsData';
import { isStatsData } from '../../../src/shared/statsMessages';
import { useLanguage } from '../model/l10nFixture';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** UTC+8: Date#getTimezoneOffset is minutes *behind* UTC. */
const CHINA = -480;
/** 2026-11-03 12:00 in UTC+8. */
const NOW = Date.UTC(2026, 10, 3, 4);

function question(id: string, category: string, order: number, titleEn = ''): Question {
  return { id, title: `T ${id}`, titleEn, category, order, difficulty: 1, frequency: 1, tags: [], aliases: [], related: [], keywords: {}, appliesTo: '', quiz: [], snippets: [], summary: '', html: '', blocks: [], source: `${category}/${id}.md` };
}

const catalog = new Catalog({
  version: 1,
  categories: [
    { id: 'basics', name: '基础', nameEn: 'Basics', order: 10, icon: 'x' },
    { id: 'web', name: 'Web', nameEn: 'Web', order: 20, icon: 'x' },
    { id: 'empty', name: '空', nameEn: 'Empty', order: 30, icon: 'x' },
  ],
  questions: [question('q1', 'basics', 1), question('q2', 'basics', 2, 'English q2'), question('q3', 'basics', 3), question('q4', 'web', 1)],
});

function card(state: number, due: number, scheduledDays: number, lapses = 0): StoredCard {
  return { due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays, learningSteps: 0, reps: 1, lapses, state };
}

function log(review: number): StoredLog {
  return { grade: 'good', review, state: 1 };
}

function progress(): ProgressData {
  const p = emptyProgress();
  p.cards = {
    q1: card(2, NOW + 30 * DAY, 30), // mastered
    q2: card(1, NOW + 2 * DAY, 2, 3), // learning, due in two days, lapsed three times
    q4: card(2, NOW - HOUR, 5, 1), // overdue: counts as due now and in today's forecast
    gone: card(2, NOW + DAY, 5, 9), // a question no longer in the catalog
  };
  p.logs = {
    // 01:00 local on 11-03 is still 11-02 in UTC: it must count for 11-03
    q1: [log(Date.UTC(2026, 10, 2, 17)), log(NOW - 2 * DAY), log(NOW - 2 * DAY + HOUR)],
    q2: [log(NOW - 200 * DAY)], // outside the 90 days
    gone: [log(NOW - DAY)],
  };
  p.answers = { q3: [{ at: NOW - DAY, correct: false }, { at: NOW - DAY, correct: false }, { at: NOW, correct: true }] };
  return p;
}

describe('stats dashboard data', () => {
  const data = buildStatsData(catalog, progress(), NOW, CHINA);

  it('counts the whole deck by status', () => {
    assert.equal(data.today, '2026-11-03');
    assert.deepEqual(data.totals, { total: 4, mastered: 1, learning: 1, due: 1, new: 1 });
    assert.equal(data.practised, true);
  });

  it('gives each non-empty category its counts and mastered share', () => {
    assert.deepEqual(
      data.categories.map((c) => [c.id, c.name, c.total, c.mastered, c.learning, c.due, c.new, c.masteryPercent]),
      [
        ['basics', 'Basics', 3, 1, 1, 0, 1, Math.floor(100 / 3)],
        ['web', 'Web', 1, 0, 0, 1, 0, 0],
      ],
    );
  });

  it('counts reviews per local day over the last 90 days', () => {
    assert.equal(data.reviews.length, REVIEW_DAYS);
    assert.equal(data.reviews.at(-1)?.day, '2026-11-03');
    assert.equal(data.reviews[0].day, '2026-08-06');
    const byDay = Object.fromEntries(data.reviews.filter((r) => r.count).map((r) => [r.day, r.count]));
    assert.deepEqual(byDay, { '2026-11-01': 2, '2026-11-02': 1, '2026-11-03': 1 });
    assert.equal(data.reviewTotal, 4);
    assert.equal(data.daysReviewed, 3);
  });

  it('forecasts dues for the next 14 days, overdue cards today, removed questions not at all', () => {
    assert.equal(data.forecast.length, FORECAST_DAYS);
    assert.equal(data.forecast[0].day, '2026-11-03');
    assert.equal(data.forecast[13].day, '2026-11-16');
    const byDay = Object.fromEntries(data.forecast.filter((f) => f.count).map((f) => [f.day, f.count]));
    assert.deepEqual(byDay, { '2026-11-03': 1, '2026-11-05': 1 });
  });

  it('lists the weakest questions with titles and category names, skipping removed ones', () => {
    assert.deepEqual(data.weak, [
      { id: 'q2', title: 'English q2', category: 'Basics', lapses: 3, wrong: 0 },
      { id: 'q3', title: 'T q3', category: 'Basics', lapses: 0, wrong: 2 },
      { id: 'q4', title: 'T q4', category: 'Web', lapses: 1, wrong: 0 },
    ]);
  });

  describe('in a Chinese UI', () => {
    useLanguage('zh-cn');

    it('names categories and weakest questions in Chinese', () => {
      const zh = buildStatsData(catalog, progress(), NOW, CHINA);
      assert.deepEqual(
        zh.categories.map((c) => c.name),
        ['基础', 'Web'],
      );
      assert.deepEqual(
        zh.weak.map((w) => [w.title, w.category]),
        [
          ['T q2', '基础'],
          ['T q3', '基础'],
          ['T q4', 'Web'],
        ],
      );
    });
  });

  it('caps the weakest list', () => {
    const many = new Catalog({
      version: 1,
      categories: [{ id: 'c', name: 'C', nameEn: 'C', order: 1, icon: 'x' }],
      questions: Array.from({ length: WEAK_LIMIT + 5 }, (_, i) => question(`w${i}`, 'c', i)),
    });
    const p = emptyProgress();
    p.answers = Object.fromEntries(many.all().map((q, i) => [q.id, Array.from({ length: i + 1 }, () => ({ at: NOW, correct: false }))]));
    const weak = buildStatsData(many, p, NOW, CHINA).weak;
    assert.equal(weak.length, WEAK_LIMIT);
    assert.equal(weak[0].id, `w${WEAK_LIMIT + 4}`);
  });

  it('keeps the streak of days with reviews or quiz answers', () => {
    // reviews on 11-01, 11-02, 11-03 and quiz answers on 11-02 and 11-03
    assert.deepEqual(data.streak, { current: 3, longest: 3, practisedToday: true });
  });

  it('reports no practice for fresh progress, with every question new', () => {
    const fresh = buildStatsData(catalog, emptyProgress(), NOW, CHINA);
    assert.equal(fresh.practised, false);
    assert.deepEqual(fresh.totals, { total: 4, mastered: 0, learning: 0, due: 0, new: 4 });
    assert.equal(fresh.reviewTotal, 0);
    assert.deepEqual(fresh.weak, []);
    assert.equal(fresh.streak.current, 0);
  });

  it('produces data the webview accepts', () => {
    assert.ok(isStatsData(data));
    assert.ok(isStatsData(buildStatsData(catalog, emptyProgress(), NOW, CHINA)));
  });
});

import * as assert from 'node:assert/strict';
import { MASTERED_DAYS, cardStatus, dailyQuestion, dayKey, dayStart, nextDue, reviewQueue, streak, summarizeDeck, weakest } from '../../../../src/model/quiz/deck';
import { emptyProgress } from '../../../../src/model/quiz/progressStore';
import type { ProgressData } from '../../../../src/model/quiz/progressStore';
import { Scheduler } from '../../../../src/model/quiz/scheduler';
import type { Grade, StoredCard } from '../../../../src/model/quiz/scheduler';
import { dueForecast, reviewsPerDay } from '../../../../src/model/quiz/stats';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 10, 4, 0, 0); // 12:00 in Beijing
const CST = -480; // getTimezoneOffset() in Asia/Shanghai
const s = new Scheduler();

/** Grades `id` through `grades`, each given when the card falls due (first at `start`). */
function practise(p: ProgressData, id: string, start: number, grades: Grade[]): StoredCard {
  let card = s.newCard(start);
  let at = start;
  for (const g of grades) {
    const r = s.grade(card, at, g);
    card = r.card;
    p.cards[id] = card;
    (p.logs[id] ??= []).push(r.log);
    at = card.due;
  }
  return card;
}

describe('deck: card states, queue, streak', () => {
  it('a card is new, then learning, then due when its time comes, mastered from 21 days on', () => {
    const p = emptyProgress();
    assert.equal(cardStatus(undefined, T0), 'new');
    const card = practise(p, 'q', T0, ['good']);
    assert.equal(cardStatus(card, T0 + 1), 'learning');
    assert.equal(cardStatus(card, card.due), 'due');
    let c = card;
    let at = card.due;
    while (c.scheduledDays < MASTERED_DAYS) {
      c = s.grade(c, at, 'easy').card;
      at = c.due;
    }
    assert.equal(cardStatus(c, c.due - 1), 'mastered');
    assert.equal(cardStatus(c, c.due), 'due', 'a mastered card still falls due');
  });

  it('summarizes a deck and finds the next due time', () => {
    const p = emptyProgress();
    const a = practise(p, 'a', T0, ['good']);
    practise(p, 'b', T0 - 30 * DAY, ['good']);
    const sum = summarizeDeck(['a', 'b', 'c', 'd'], p, T0 + 1);
    assert.deepEqual(sum.counts, { new: 2, learning: 1, due: 1, mastered: 0 });
    assert.equal(sum.masteryPercent, 0);
    assert.equal(nextDue(p, T0 + 1), a.due);
  });

  it('the review queue holds due cards most overdue first, then new cards within the daily limit', () => {
    const p = emptyProgress();
    practise(p, 'late', T0 - 20 * DAY, ['good']);
    practise(p, 'later', T0 - 30 * DAY, ['good']);
    const ids = ['n1', 'late', 'n2', 'later', 'n3'];
    assert.deepEqual(reviewQueue(ids, p, T0, { newPerDay: 2, offsetMinutes: CST }), ['later', 'late', 'n1', 'n2']);
    // One new card introduced today uses one of today's two.
    practise(p, 'n1', T0 - 60_000, ['again']);
    // n1 (graded Again a minute ago) is due again; n2 is the one new card left for today.
    assert.deepEqual(reviewQueue(ids, p, T0, { newPerDay: 2, offsetMinutes: CST }), ['later', 'late', 'n1', 'n2']);
    assert.deepEqual(reviewQueue(ids, p, T0, { newPerDay: 0, offsetMinutes: CST }), ['later', 'late', 'n1'], 'no new cards at all');
  });

  it('uses local days: 23:30 and 00:30 in Beijing are different days', () => {
    const lateEvening = Date.UTC(2026, 10, 10, 15, 30); // 23:30 CST
    assert.equal(dayKey(lateEvening, CST), '2026-11-10');
    assert.equal(dayKey(lateEvening + 3_600_000, CST), '2026-11-11');
    assert.equal(dayStart(lateEvening, CST), Date.UTC(2026, 10, 9, 16, 0));
    assert.equal(dayKey(lateEvening, 0), '2026-11-10');
  });

  it('counts the streak of practice days, reviews and quiz answers alike', () => {
    const p = emptyProgress();
    assert.deepEqual(streak(p, T0, CST), { current: 0, longest: 0, practisedToday: false });
    p.answers.x = [1, 2, 3].map((d) => ({ at: T0 - d * DAY, correct: true })); // three days up to yesterday
    assert.deepEqual(streak(p, T0, CST), { current: 3, longest: 3, practisedToday: false }, 'today not done yet keeps the streak');
    practise(p, 'q', T0, ['good']);
    assert.deepEqual(streak(p, T0, CST), { current: 4, longest: 4, practisedToday: true });
    assert.deepEqual(streak(p, T0 + 2 * DAY, CST), { current: 0, longest: 4, practisedToday: false }, 'a missed day ends it');
  });

  it('today\u2019s question is stable within a day, changes across days, and skips mastered ones', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `q${i}`);
    const p = emptyProgress();
    const today = dailyQuestion(ids, p, T0, CST);
    assert.equal(dailyQuestion(ids, p, T0 + 3_600_000, CST), today);
    const week = new Set(Array.from({ length: 7 }, (_, d) => dailyQuestion(ids, p, T0 + d * DAY, CST)));
    assert.ok(week.size >= 4, `a week of different questions, got ${week.size}`);
    // Master everything but q7: it is the only candidate.
    for (const id of ids.filter((x) => x !== 'q7')) {
      p.cards[id] = { ...s.newCard(T0), state: 2, scheduledDays: 40, due: T0 + 40 * DAY };
    }
    assert.equal(dailyQuestion(ids, p, T0, CST), 'q7');
    assert.equal(dailyQuestion([], p, T0, CST), undefined);
  });

  it('weakest: lapses plus wrong answers, worst first', () => {
    const p = emptyProgress();
    practise(p, 'forgot', T0 - 40 * DAY, ['good', 'good', 'again']);
    p.answers.wrong2 = [
      { at: T0, correct: false },
      { at: T0, correct: false },
      { at: T0, correct: true },
    ];
    p.answers.fine = [{ at: T0, correct: true }];
    assert.deepEqual(
      weakest(p, 10).map((w) => [w.id, w.lapses, w.wrong]),
      [
        ['wrong2', 0, 2],
        ['forgot', 1, 0],
      ],
    );
  });

  it('reviews per day and the due forecast count on local days', () => {
    const p = emptyProgress();
    practise(p, 'a', T0 - 2 * DAY, ['good']);
    practise(p, 'b', T0, ['good', 'good']);
    const perDay = reviewsPerDay(p, T0, 5, CST);
    assert.deepEqual(perDay.map((d) => d.count), [0, 0, 1, 0, 2]);
    assert.equal(perDay.at(-1)?.day, '2026-11-10');
    const forecast = dueForecast(p, T0, 14, CST);
    assert.equal(forecast.length, 14);
    assert.equal(forecast.reduce((n, d) => n + d.count, 0), 2, 'both cards fall due within two weeks');
    assert.equal(forecast[0]?.count, 1, 'the overdue card counts for today');
  });
});

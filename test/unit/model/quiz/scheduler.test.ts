import * as assert from 'node:assert/strict';
import { Rating, createEmptyCard, fsrs, generatorParameters } from 'ts-fsrs';
import type { Grade as FsrsGrade } from 'ts-fsrs';
import { GRADES, Scheduler, intervalLabel } from '../../../../src/model/quiz/scheduler';
import { useLanguage } from '../l10nFixture';

const DAY = 86400000;
const T0 = Date.UTC(2026, 10, 1, 8, 0, 0);

describe('FSRS scheduler wrapper', () => {
  it('gives the same due dates as ts-fsrs itself for a sequence of grades', () => {
    const ours = new Scheduler({ retention: 0.9 });
    const theirs = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: false }));
    let card = ours.newCard(T0);
    let ref = createEmptyCard(new Date(T0));
    const steps: [number, 'again' | 'hard' | 'good' | 'easy', FsrsGrade][] = [
      [0, 'good', Rating.Good],
      [0.01, 'good', Rating.Good],
      [3, 'again', Rating.Again],
      [3.01, 'good', Rating.Good],
      [10, 'easy', Rating.Easy],
      [40, 'hard', Rating.Hard],
    ];
    for (const [day, grade, rating] of steps) {
      const now = T0 + day * DAY;
      card = ours.grade(card, now, grade).card;
      ref = theirs.next(ref, new Date(now), rating).card;
      assert.equal(card.due, ref.due.getTime(), `due after ${grade} on day ${day}`);
      assert.equal(card.state, ref.state);
      assert.equal(card.reps, ref.reps);
      assert.equal(card.lapses, ref.lapses);
      assert.ok(Math.abs(card.stability - ref.stability) < 1e-9);
    }
  });

  it('previews all four grades, each matching what grading would do', () => {
    const s = new Scheduler();
    const card = s.grade(s.newCard(T0), T0, 'good').card;
    const now = T0 + DAY;
    const preview = s.preview(card, now);
    for (const g of GRADES) {
      assert.deepEqual(preview[g].card, s.grade(card, now, g).card, g);
    }
    assert.ok(preview.again.card.due <= preview.hard.card.due);
    assert.ok(preview.hard.card.due <= preview.good.card.due);
    assert.ok(preview.good.card.due < preview.easy.card.due);
  });

  it('a higher desired retention schedules reviews sooner', () => {
    const grade = (r: number): number => {
      const s = new Scheduler({ retention: r });
      let c = s.newCard(T0);
      c = s.grade(c, T0, 'good').card;
      c = s.grade(c, c.due, 'good').card;
      return s.grade(c, c.due, 'good').card.due;
    };
    assert.ok(grade(0.95) < grade(0.8));
  });

  it('new cards are not due; reviewed ones are once their time comes', () => {
    const s = new Scheduler();
    const fresh = s.newCard(T0);
    assert.equal(s.isDue(fresh, T0 + 100 * DAY), false);
    const reviewed = s.grade(fresh, T0, 'good').card;
    assert.equal(s.isDue(reviewed, reviewed.due - 1), false);
    assert.equal(s.isDue(reviewed, reviewed.due), true);
  });

  it('stores plain numbers that survive JSON', () => {
    const s = new Scheduler();
    const out = s.grade(s.newCard(T0), T0, 'easy');
    assert.deepEqual(JSON.parse(JSON.stringify(out)), out);
    assert.equal(typeof out.card.due, 'number');
    assert.deepEqual(out.log, { grade: 'easy', review: T0, state: 0 });
  });

  it('labels intervals for the grade buttons, singular for one', () => {
    assert.equal(intervalLabel(T0, T0 + 60000), '1 min');
    assert.equal(intervalLabel(T0, T0 + 10 * 60000), '10 min');
    assert.equal(intervalLabel(T0, T0 + 3600000), '1 hour');
    assert.equal(intervalLabel(T0, T0 + 5 * 3600000), '5 hours');
    assert.equal(intervalLabel(T0, T0 + DAY), '1 day');
    assert.equal(intervalLabel(T0, T0 + 3 * DAY), '3 days');
    assert.equal(intervalLabel(T0, T0 + 40 * DAY), '1 month');
    assert.equal(intervalLabel(T0, T0 + 90 * DAY), '3 months');
    assert.equal(intervalLabel(T0, T0 + 730 * DAY), '2.0 years');
  });

  describe('in a Chinese UI', () => {
    useLanguage('zh-cn');

    it('labels intervals from the zh-cn bundle', () => {
      assert.equal(intervalLabel(T0, T0 + 10 * 60000), '10 分钟');
      assert.equal(intervalLabel(T0, T0 + 5 * 3600000), '5 小时');
      assert.equal(intervalLabel(T0, T0 + DAY), '1 天');
      assert.equal(intervalLabel(T0, T0 + 90 * DAY), '3 个月');
      assert.equal(intervalLabel(T0, T0 + 730 * DAY), '2.0 年');
    });
  });
});

import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/model/catalog';
import { emptyProgress } from '../../../src/model/quiz/progressStore';
import type { ProgressData } from '../../../src/model/quiz/progressStore';
import type { Grade } from '../../../src/model/quiz/scheduler';
import type { Entered, FeedbackAction, FeedbackRequest, InputRequest, PickRequest, Picked, Prompter } from '../../../src/quiz/prompter';
import { runQuiz } from '../../../src/quiz/quizFlow';
import type { QuizDeps } from '../../../src/quiz/quizFlow';
import { useLanguage } from '../model/l10nFixture';
import { SAMPLE_ITEMS, makeQuestion } from '../model/questionFixture';

type Step = { pick: (r: PickRequest<unknown>) => Picked<unknown> } | { input: (r: InputRequest) => Entered } | { feedback: (r: FeedbackRequest) => FeedbackAction };

/** Answers each request with the next scripted step; fails on a request of another kind. */
class ScriptedPrompter implements Prompter {
  readonly seen: string[] = [];
  readonly feedbacks: FeedbackRequest[] = [];
  readonly shownCode: string[] = [];
  constructor(private readonly steps: Step[]) {}
  private next(kind: string): Step {
    const step = this.steps.shift();
    assert.ok(step && kind in step, `expected a ${kind} step, script has ${step ? Object.keys(step)[0] : 'nothing'}`);
    return step;
  }
  pick<T>(r: PickRequest<T>): Promise<Picked<T>> {
    this.seen.push(`pick:${r.placeholder}`);
    return Promise.resolve((this.next('pick') as { pick: (r: PickRequest<unknown>) => Picked<unknown> }).pick(r as PickRequest<unknown>) as Picked<T>);
  }
  input(r: InputRequest): Promise<Entered> {
    this.seen.push(`input:${r.prompt}`);
    return Promise.resolve((this.next('input') as { input: (r: InputRequest) => Entered }).input(r));
  }
  feedback(r: FeedbackRequest): Promise<FeedbackAction> {
    this.feedbacks.push(r);
    return Promise.resolve((this.next('feedback') as { feedback: (r: FeedbackRequest) => FeedbackAction }).feedback(r));
  }
  showCode(code: string): Promise<() => void> {
    this.shownCode.push(code);
    return Promise.resolve(() => this.shownCode.push('closed'));
  }
}

const byLabel =
  (text: string) =>
  (r: PickRequest<unknown>): Picked<unknown> => {
    const c = r.choices.find((x) => x.label.includes(text));
    assert.ok(c, `no choice "${text}" in ${r.choices.map((x) => x.label).join(' | ')}`);
    return { kind: 'picked', values: [c.value] };
  };
const indexes =
  (...i: number[]) =>
  (r: PickRequest<unknown>): Picked<unknown> => ({ kind: 'picked', values: i.map((k) => r.choices[k]?.value) });

function deps(prompter: Prompter, progress: ProgressData, log: string[]): QuizDeps {
  const catalog = new Catalog({
    version: 1,
    categories: [
      { id: 'a', name: '分类甲', nameEn: 'A', order: 1, icon: 'x' },
      { id: 'b', name: '分类乙', nameEn: 'B', order: 2, icon: 'x' },
    ],
    questions: [makeQuestion('a1', 'a', { quiz: SAMPLE_ITEMS, titleEn: 'Question A1' }), makeQuestion('b1', 'b', { quiz: SAMPLE_ITEMS.slice(0, 1) })],
  });
  let clock = Date.UTC(2026, 10, 10);
  return {
    prompter,
    questions: catalog.all(),
    categories: catalog.nonEmptyCategories(),
    progress: {
      data: () => progress,
      recordAnswer: (id, correct) => {
        (progress.answers[id] ??= []).push({ at: clock, correct });
        log.push(`answer:${id}:${correct}`);
        return Promise.resolve();
      },
      choices: () => Promise.resolve((['again', 'hard', 'good', 'easy'] as Grade[]).map((grade) => ({ grade, interval: `${grade}-interval` }))),
      grade: (id, g) => {
        log.push(`grade:${id}:${g}`);
        return Promise.resolve();
      },
    },
    now: () => (clock += 1000),
    random: () => 0.5,
    openAnswers: (ids) => {
      log.push(`open:${ids.join(',')}`);
      return Promise.resolve();
    },
  };
}

describe('quiz flow (scripted prompter)', () => {
  it('a single-question quiz: every item type, feedback with the right answer, recall graded, summary', async () => {
    const log: string[] = [];
    const progress = emptyProgress();
    const p = new ScriptedPrompter([
      { pick: indexes(1) }, // single: 乙, right
      { feedback: () => 'next' },
      { pick: indexes(0) }, // multi: only 甲, wrong
      { feedback: () => 'next' },
      { pick: byLabel('False') }, // truefalse: false, right
      { feedback: () => 'next' },
      { input: () => ({ kind: 'entered', value: '1\\n2' }) }, // output with a typed \n, right
      { feedback: () => 'open' },
      {
        pick: (r) => {
          assert.equal(r.title, 'Quiz 5/5 · Question A1', 'the English title in an English UI');
          return byLabel('Show answer')(r);
        },
      },
      {
        pick: (r) => {
          assert.deepEqual(
            r.choices.slice(1).map((c) => c.description),
            ['again-interval', 'hard-interval', 'good-interval', 'easy-interval'],
            'each grade shows the interval it gives',
          );
          assert.equal(r.choices[0]?.detail, 'a1 的一句话回答');
          return byLabel('Good')(r);
        },
      },
      { pick: byLabel('Open the missed') },
    ]);
    const summary = await runQuiz(deps(p, progress, log), { scope: { kind: 'question', id: 'a1' } });
    assert.ok(summary);
    assert.equal(summary.total, 5);
    assert.equal(summary.correct, 4);
    assert.deepEqual(summary.missed, ['a1']);
    assert.deepEqual(
      p.feedbacks.map((f) => f.correct),
      [true, false, true, true],
    );
    assert.match(p.feedbacks[1]?.detail ?? '', /Correct answer: 甲;丙/);
    assert.match(p.feedbacks[1]?.detail ?? '', /甲和丙/, 'the explanation is shown');
    assert.deepEqual(p.shownCode, ['print(1)\nprint(2)', 'closed'], 'output code shown beside, then closed');
    assert.deepEqual(log, ['answer:a1:true', 'answer:a1:false', 'answer:a1:true', 'answer:a1:true', 'open:a1', 'grade:a1:good', 'open:a1']);
  });

  it('setup with Back: scope → category → back to scope → random → length', async () => {
    const log: string[] = [];
    const p = new ScriptedPrompter([
      { pick: byLabel('By category') },
      { pick: () => ({ kind: 'back' }) },
      { pick: byLabel('Random mix') },
      {
        pick: (r) => {
          assert.equal(r.step, 2);
          assert.equal(r.totalSteps, 2);
          assert.ok(r.back);
          return byLabel('All 2 questions')(r);
        },
      },
      { pick: indexes(1) },
      { feedback: () => 'next' },
      { pick: indexes(1) },
      { feedback: () => 'next' },
      { pick: byLabel('Done') },
    ]);
    const summary = await runQuiz(deps(p, emptyProgress(), log), {});
    assert.equal(summary?.total, 2);
    assert.deepEqual(new Set(log.map((l) => l.split(':')[1])), new Set(['a1', 'b1']), 'one item of each question');
  });

  it('cancelling mid-quiz keeps the answers already given and returns nothing', async () => {
    const log: string[] = [];
    const p = new ScriptedPrompter([{ pick: indexes(0) }, { feedback: () => 'next' }, { pick: () => ({ kind: 'cancel' }) }]);
    const summary = await runQuiz(deps(p, emptyProgress(), log), { scope: { kind: 'question', id: 'a1' } });
    assert.equal(summary, undefined);
    assert.deepEqual(log, ['answer:a1:false']);
  });

  it('"retry the missed ones" asks only the items of missed questions again', async () => {
    const log: string[] = [];
    const p = new ScriptedPrompter([
      { pick: indexes(0) }, // b1 single: wrong
      { feedback: () => 'next' },
      { pick: byLabel('Show answer') },
      { pick: byLabel('Again') },
      { pick: byLabel('Practise the missed') },
      { pick: indexes(1) }, // b1 single again: right
      { feedback: () => 'next' },
      { pick: byLabel('Done') },
    ]);
    const summary = await runQuiz(deps(p, emptyProgress(), log), { scope: { kind: 'question', id: 'b1' } });
    assert.deepEqual(summary && [summary.total, summary.correct], [1, 1]);
    assert.deepEqual(log, ['answer:b1:false', 'grade:b1:again', 'answer:b1:true']);
  });

  describe('in a Chinese UI', () => {
    useLanguage('zh-cn');

    it('asks in Chinese, with Chinese titles and category names', async () => {
      const log: string[] = [];
      const p = new ScriptedPrompter([
        { pick: byLabel('按分类') },
        {
          pick: (r) => {
            assert.deepEqual(
              r.choices.map((c) => c.label),
              ['分类甲', '分类乙'],
            );
            assert.equal(r.choices[0]?.description, '1 题 · 掌握 0%');
            return byLabel('分类甲')(r);
          },
        },
        { pick: byLabel('只有 1 题') },
        {
          pick: (r) => {
            assert.match(r.title, /^测验 1\/\d+ · a1 标题$/);
            return { kind: 'cancel' };
          },
        },
      ]);
      assert.equal(await runQuiz(deps(p, emptyProgress(), log), {}), undefined);
    });

    it('gives feedback and the right answer in Chinese', async () => {
      const p = new ScriptedPrompter([
        {
          pick: (r) => {
            assert.equal(r.placeholder, '选一个 — 选一个答案');
            return indexes(1)(r);
          },
        },
        { feedback: () => 'stop' },
      ]);
      assert.equal(await runQuiz(deps(p, emptyProgress(), []), { scope: { kind: 'question', id: 'b1' } }), undefined);
      assert.equal(p.feedbacks[0]?.message, '✓ 回答正确');
      assert.match(p.feedbacks[0]?.detail ?? '', /^正确答案:乙/);
    });
  });
});

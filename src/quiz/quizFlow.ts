// One quiz session from scope choice to summary, written against the Prompter interface and
// plain data so that unit tests can run it with scripted answers. No `vscode` import.
import { summarizeDeck } from '../model/quiz/deck';
import { gradeLabel } from '../model/quiz/statusText';
import type { ProgressData } from '../model/quiz/progressStore';
import type { Grade } from '../model/quiz/scheduler';
import { expectedAnswer, isCorrect, summarize } from '../model/quiz/scoring';
import type { AnsweredItem, QuizResponse, SessionSummary } from '../model/quiz/scoring';
import { RECALL, buildSession, scopeQuestions } from '../model/quiz/session';
import type { QuizScope, SessionItem } from '../model/quiz/session';
import { categoryName, displayTitle } from '../model/displayText';
import type { Category, Question, QuizItem } from '../model/types';
import type { Choice, Prompter } from './prompter';
import { gradeIcon, quizText } from './quizStrings';

export interface QuizProgress {
  data(): Pick<ProgressData, 'cards' | 'answers'>;
  recordAnswer(id: string, correct: boolean): Promise<void>;
  choices(id: string): Promise<{ grade: Grade; interval: string }[]>;
  grade(id: string, grade: Grade): Promise<unknown>;
}

export interface QuizDeps {
  prompter: Prompter;
  questions: readonly Question[];
  categories: readonly Category[];
  progress: QuizProgress;
  now: () => number;
  random: () => number;
  openAnswers: (ids: string[]) => Promise<void>;
  /** The question of the answer panel in front, offered as a scope. */
  currentQuestion?: string;
}

export interface QuizOptions {
  /** Skip the scope step. */
  scope?: QuizScope;
  /** Skip the length step. */
  length?: number;
}

const LENGTHS = [5, 10, 20];

/** Runs a quiz; resolves with the summary, or undefined when the user left before the end. */
export async function runQuiz(deps: QuizDeps, options: QuizOptions = {}): Promise<SessionSummary | undefined> {
  const setup = await chooseSetup(deps, options);
  if (!setup) {
    return undefined;
  }
  let items = buildSession(deps.questions, setup.scope, setup.length, deps.progress.data(), deps.now(), deps.random);
  if (!items.length) {
    await deps.prompter.pick({ title: quizText.title, placeholder: quizText.nothingToAsk, choices: [{ label: quizText.done, value: 'done' }] });
    return undefined;
  }
  for (;;) {
    const summary = await ask(deps, items);
    if (!summary) {
      return undefined;
    }
    const next = await showSummary(deps, summary);
    if (next !== 'retry') {
      return summary;
    }
    const missed = new Set(summary.missed);
    items = items.filter((i) => missed.has(i.questionId) && i.index !== RECALL);
    if (!items.length) {
      return summary; // only recall cards were missed: FSRS brings those back, not a rerun
    }
  }
}

interface Setup {
  scope: QuizScope;
  length: number;
}

/** The setup steps with Back: scope → (category) → length. */
async function chooseSetup(deps: QuizDeps, options: QuizOptions): Promise<Setup | undefined> {
  type StepName = 'scope' | 'category' | 'length';
  let scope = options.scope;
  let step: StepName = scope ? 'length' : 'scope';
  const total = (s: QuizScope | undefined): number => (s?.kind === 'category' ? 3 : 2);
  for (;;) {
    if (step === 'scope') {
      const r = await deps.prompter.pick({ title: quizText.title, step: 1, totalSteps: total(scope), placeholder: quizText.scopePlaceholder, choices: scopeChoices(deps) });
      if (r.kind !== 'picked' || !r.values[0]) {
        return undefined;
      }
      scope = r.values[0];
      step = scope.kind === 'category' ? 'category' : 'length';
    } else if (step === 'category') {
      const r = await deps.prompter.pick({ title: quizText.title, step: 2, totalSteps: 3, placeholder: quizText.categoryPlaceholder, back: true, choices: categoryChoices(deps) });
      if (r.kind === 'back') {
        step = 'scope';
        continue;
      }
      if (r.kind !== 'picked' || !r.values[0]) {
        return undefined;
      }
      scope = { kind: 'category', category: r.values[0] };
      step = 'length';
    } else {
      if (!scope) {
        return undefined;
      }
      if (options.length !== undefined || scope.kind === 'question') {
        return { scope, length: options.length ?? Number.MAX_SAFE_INTEGER };
      }
      const available = scopeQuestions(deps.questions, scope, deps.progress.data(), deps.now(), () => 0).length;
      const itemCount = scope.kind === 'due' ? available : deps.questions.filter((q) => scope?.kind !== 'category' || q.category === scope.category).length;
      const lengths: Choice<number>[] = LENGTHS.filter((n) => n < itemCount).map((n) => ({ label: quizText.lengthItems(n), value: n }));
      lengths.push({ label: quizText.lengthAll(itemCount), value: itemCount });
      const canGoBack = !options.scope;
      const r = await deps.prompter.pick({
        title: quizText.title,
        step: total(scope),
        totalSteps: total(scope),
        placeholder: quizText.lengthPlaceholder,
        back: canGoBack,
        choices: lengths,
      });
      if (r.kind === 'back' && canGoBack) {
        step = scope.kind === 'category' ? 'category' : 'scope';
        continue;
      }
      if (r.kind !== 'picked' || r.values[0] === undefined) {
        return undefined;
      }
      return { scope, length: r.values[0] };
    }
  }
}

function scopeChoices(deps: QuizDeps): Choice<QuizScope>[] {
  const data = deps.progress.data();
  const now = deps.now();
  const count = (scope: QuizScope): number => scopeQuestions(deps.questions, scope, data, now, () => 0).length;
  const choices: Choice<QuizScope>[] = [];
  const current = deps.currentQuestion ? deps.questions.find((q) => q.id === deps.currentQuestion) : undefined;
  if (current) {
    choices.push({ label: `$(book) ${quizText.scopeCurrent(displayTitle(current))}`, detail: quizText.scopeCurrentDetail, value: { kind: 'question', id: current.id } });
  }
  choices.push(
    { label: `$(mortar-board) ${quizText.scopeDue}`, detail: quizText.scopeDueDetail(count({ kind: 'due' })), value: { kind: 'due' } },
    { label: `$(flame) ${quizText.scopeWeakest}`, detail: quizText.scopeWeakestDetail(count({ kind: 'weakest' })), value: { kind: 'weakest' } },
    { label: `$(list-tree) ${quizText.scopeCategory}`, detail: quizText.scopeCategoryDetail, value: { kind: 'category', category: '' } },
    { label: `$(symbol-event) ${quizText.scopeRandom}`, detail: quizText.scopeRandomDetail, value: { kind: 'random' } },
    { label: `$(library) ${quizText.scopeAll}`, detail: quizText.scopeAllDetail, value: { kind: 'all' } },
  );
  return choices;
}

function categoryChoices(deps: QuizDeps): Choice<string>[] {
  const data = deps.progress.data();
  return deps.categories.flatMap((c) => {
    const ids = deps.questions.filter((q) => q.category === c.id).map((q) => q.id);
    if (!ids.length) {
      return [];
    }
    const s = summarizeDeck(ids, data, deps.now());
    return [{ label: categoryName(c), description: quizText.categoryDescription(ids.length, s.masteryPercent, s.counts.due), value: c.id }];
  });
}

/** Asks every item; undefined when the user cancels (answers given so far are kept). */
async function ask(deps: QuizDeps, items: SessionItem[]): Promise<SessionSummary | undefined> {
  const startedAt = deps.now();
  const answered: AnsweredItem[] = [];
  const byId = new Map(deps.questions.map((q) => [q.id, q]));
  for (const [i, item] of items.entries()) {
    const q = byId.get(item.questionId);
    if (!q) {
      continue;
    }
    const title = quizText.progressTitle(i + 1, items.length, displayTitle(q));
    if (item.index === RECALL) {
      const grade = await recall(deps, q, title, i + 1, items.length);
      if (!grade) {
        return undefined;
      }
      answered.push({ questionId: q.id, index: RECALL, correct: grade !== 'again' });
      continue;
    }
    const quizItem = q.quiz[item.index];
    if (!quizItem) {
      continue;
    }
    const response = await respond(deps, quizItem, title, i + 1, items.length);
    if (!response) {
      return undefined;
    }
    const correct = isCorrect(quizItem, response);
    await deps.progress.recordAnswer(q.id, correct);
    answered.push({ questionId: q.id, index: item.index, correct });
    const action = await deps.prompter.feedback({
      correct,
      message: correct ? quizText.right : quizText.wrong,
      detail: `${quizText.expected(expectedAnswer(quizItem, { trueLabel: quizText.true, falseLabel: quizText.false, option: (_, text) => text, separator: ';' }))}\n\n${quizItem.explain}`,
    });
    if (action === 'open') {
      await deps.openAnswers([q.id]);
    } else if (action === 'stop') {
      return undefined;
    }
  }
  return summarize(answered, startedAt, deps.now());
}

async function respond(deps: QuizDeps, item: QuizItem, title: string, step: number, totalSteps: number): Promise<QuizResponse | undefined> {
  const p = deps.prompter;
  switch (item.type) {
    case 'single': {
      const r = await p.pick({ title, step, totalSteps, placeholder: quizText.singlePlaceholder(item.q), choices: item.options.map((label, value) => ({ label, value })) });
      return r.kind === 'picked' && r.values[0] !== undefined ? { type: 'single', choice: r.values[0] } : undefined;
    }
    case 'multi': {
      const r = await p.pick({ title, step, totalSteps, many: true, placeholder: quizText.multiPlaceholder(item.q), choices: item.options.map((label, value) => ({ label, value })) });
      return r.kind === 'picked' ? { type: 'multi', choices: r.values } : undefined;
    }
    case 'truefalse': {
      const r = await p.pick({
        title,
        step,
        totalSteps,
        placeholder: quizText.truefalsePlaceholder(item.q),
        choices: [
          { label: `$(check) ${quizText.true}`, value: true },
          { label: `$(close) ${quizText.false}`, value: false },
        ],
      });
      return r.kind === 'picked' && r.values[0] !== undefined ? { type: 'truefalse', value: r.values[0] } : undefined;
    }
    case 'output': {
      const close = await p.showCode(item.code, 'python');
      try {
        const r = await p.input({ title, step, totalSteps, prompt: quizText.outputPrompt(item.q), placeholder: quizText.outputPlaceholder });
        // Typed `\n` stands for a line break: the input box has a single line.
        return r.kind === 'entered' ? { type: 'output', text: r.value.replace(/\\n/g, '\n') } : undefined;
      } finally {
        close();
      }
    }
  }
}

async function recall(deps: QuizDeps, q: Question, title: string, step: number, totalSteps: number): Promise<Grade | undefined> {
  const shown = await deps.prompter.pick({ title, step, totalSteps, placeholder: quizText.recallPlaceholder, choices: [{ label: quizText.recallReveal, detail: displayTitle(q), value: 'reveal' as const }] });
  if (shown.kind !== 'picked') {
    return undefined;
  }
  const grades = await deps.progress.choices(q.id);
  for (;;) {
    const r = await deps.prompter.pick<Grade | 'open'>({
      title,
      step,
      totalSteps,
      placeholder: quizText.recallGradePlaceholder,
      choices: [
        { label: quizText.recallSummaryLabel, detail: q.summary, value: 'open' },
        ...grades.map((g) => ({ label: `${gradeIcon[g.grade]} ${gradeLabel(g.grade)}`, description: g.interval, value: g.grade })),
      ],
    });
    if (r.kind !== 'picked' || !r.values[0]) {
      return undefined;
    }
    const value = r.values[0];
    if (value === 'open') {
      await deps.openAnswers([q.id]);
      continue;
    }
    await deps.progress.grade(q.id, value);
    return value;
  }
}

type SummaryAction = 'done' | 'retry' | 'missed' | { open: string };

async function showSummary(deps: QuizDeps, summary: SessionSummary): Promise<'done' | 'retry'> {
  const byId = new Map(deps.questions.map((q) => [q.id, q]));
  const seconds = Math.round(summary.elapsedMs / 1000);
  const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  const choices: Choice<SummaryAction>[] = [];
  if (summary.missed.length) {
    choices.push({ label: quizText.openMissed(summary.missed.length), value: 'missed' });
    for (const id of summary.missed) {
      const missed = byId.get(id);
      choices.push({ label: quizText.openOne(missed ? displayTitle(missed) : id), value: { open: id } });
    }
    choices.push({ label: quizText.retryMissed, value: 'retry' });
  }
  choices.push({ label: quizText.done, value: 'done' });
  const r = await deps.prompter.pick({
    title: quizText.summaryTitle(summary.correct, summary.total, summary.percent, time),
    placeholder: summary.missed.length ? quizText.summaryPlaceholder : quizText.allRight,
    choices,
  });
  const action = r.kind === 'picked' ? r.values[0] : undefined;
  if (action === 'missed') {
    await deps.openAnswers(summary.missed);
  } else if (typeof action === 'object') {
    await deps.openAnswers([action.open]);
  } else if (action === 'retry') {
    return 'retry';
  }
  return 'done';
}

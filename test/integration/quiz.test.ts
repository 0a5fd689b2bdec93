import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/commands/ids';
import type { SessionSummary } from '../../src/model/quiz/scoring';
import { Scheduler } from '../../src/model/quiz/scheduler';
import type { Entered, FeedbackAction, InputRequest, PickRequest, Picked, Prompter } from '../../src/quiz/prompter';
import type { PyInterviewApi } from '../../src/api';
import { activateExtension, closeAllEditors, eventually, expected, readContent } from './helpers';

const DAY = 86_400_000;
const scratch = mkdtempSync(join(tmpdir(), 'pyi-quiz-'));

/** Progress where `dueIds` fell due a day ago and `masteredIds` are mastered for weeks to come. */
function progressFile(name: string, dueIds: string[], masteredIds: string[] = []): vscode.Uri {
  const s = new Scheduler();
  const now = Date.now();
  const cards: Record<string, unknown> = {};
  const logs: Record<string, unknown[]> = {};
  for (const id of dueIds) {
    const r = s.grade(s.newCard(now - 10 * DAY), now - 10 * DAY, 'good');
    cards[id] = { ...r.card, due: now - DAY };
    logs[id] = [r.log];
  }
  for (const id of masteredIds) {
    const r = s.grade(s.newCard(now - 10 * DAY), now - 10 * DAY, 'easy');
    cards[id] = { ...r.card, state: 2, scheduledDays: 60, due: now + 50 * DAY };
    logs[id] = [r.log];
  }
  const file = join(scratch, name);
  writeFileSync(file, JSON.stringify({ version: 2, cards, logs, answers: {} }));
  return vscode.Uri.file(file);
}

/** Answers every pick with its first choice (a recall grade with Good) unless a handler says otherwise. */
class TestPrompter implements Prompter {
  readonly asked: string[] = [];
  pick<T>(r: PickRequest<T>): Promise<Picked<T>> {
    this.asked.push(r.placeholder);
    const good = r.choices.find((c) => c.value === 'good');
    return Promise.resolve({ kind: 'picked', values: [good ?? r.choices[0]].flatMap((c) => (c ? [c.value] : [])) } as Picked<T>);
  }
  input(r: InputRequest): Promise<Entered> {
    this.asked.push(r.prompt);
    return Promise.resolve({ kind: 'entered', value: 'a guess' });
  }
  feedback(): Promise<FeedbackAction> {
    return Promise.resolve('next');
  }
  showCode(): Promise<() => void> {
    return Promise.resolve(() => undefined);
  }
}

async function categoryDescription(api: PyInterviewApi, categoryId: string): Promise<string> {
  const roots = (await api.topics.getChildren()) ?? [];
  for (const node of roots) {
    const item = await api.topics.getTreeItem(node);
    if (item.id === `category:${categoryId}`) {
      return String(item.description ?? '');
    }
  }
  return '';
}

describe('quizzes and reviews', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand(CommandIds.resetProgress, { confirmed: true });
    await closeAllEditors();
  });

  it('a quiz driven through the command records answers; a due card graded in it leaves the status bar and the tree', async () => {
    const { api, extension } = await activateExtension();
    const bundle = readContent(extension);
    const ui = expected(extension);
    const number = /\d+/;
    const withDue = ui.pattern('{0} questions · {1}% mastered · {2} due', number, number, 1);
    const noneDue = new RegExp(`^${ui.pattern('{0} questions · {1}% mastered', number, number).source}$`);
    const target = bundle.questions.find((q) => q.id === 'python-gil') ?? bundle.questions[0];
    assert.ok(target);
    assert.equal(await vscode.commands.executeCommand(CommandIds.importProgress, progressFile('due.json', [target.id])), true);
    await eventually(() => (api.study.statusBarText() === '$(mortar-board) 1' ? true : undefined), 'the status bar counting one due card');
    assert.match(await categoryDescription(api, target.category), withDue);

    const prompter = new TestPrompter();
    const summary = await vscode.commands.executeCommand<SessionSummary | undefined>(CommandIds.startQuiz, { scope: 'due', length: 5, prompter });
    assert.ok(summary, 'the quiz ran to its summary');
    assert.equal(summary.total, 1, 'one due card: its recall item');
    assert.equal(summary.correct, 1);
    await eventually(() => (api.study.statusBarText() === '$(mortar-board) 0' ? true : undefined), 'the status bar at zero after the grade');
    assert.match(await categoryDescription(api, target.category), noneDue);

    const objective = await vscode.commands.executeCommand<SessionSummary | undefined>(CommandIds.startQuiz, { questionId: target.id, prompter: new TestPrompter() });
    assert.ok(objective);
    assert.equal(objective.total, target.quiz.length + 1, 'every item of the entry plus its recall card');
    const exported = join(scratch, 'after-quiz.json');
    assert.equal(await vscode.commands.executeCommand(CommandIds.exportProgress, vscode.Uri.file(exported)), true);
    const data = JSON.parse(readFileSync(exported, 'utf8')) as { answers: Record<string, unknown[]>; logs: Record<string, unknown[]> };
    assert.equal(data.answers[target.id]?.length, target.quiz.length, 'each answered item was stored');
    assert.equal(data.logs[target.id]?.length, 3, 'import log + two recall grades');
  });

  it('export → import round trip through the commands is identical; reset empties', async () => {
    await activateExtension();
    await vscode.commands.executeCommand(CommandIds.importProgress, progressFile('round.json', ['python-gil', 'redis-persistence'], ['python-decorator']));
    const first = join(scratch, 'first.json');
    const second = join(scratch, 'second.json');
    await vscode.commands.executeCommand(CommandIds.exportProgress, vscode.Uri.file(first));
    await vscode.commands.executeCommand(CommandIds.importProgress, vscode.Uri.file(first));
    await vscode.commands.executeCommand(CommandIds.exportProgress, vscode.Uri.file(second));
    assert.equal(readFileSync(second, 'utf8'), readFileSync(first, 'utf8'));
    await vscode.commands.executeCommand(CommandIds.resetProgress, { confirmed: true });
    await vscode.commands.executeCommand(CommandIds.exportProgress, vscode.Uri.file(second));
    assert.deepEqual(JSON.parse(readFileSync(second, 'utf8')), { version: 2, cards: {}, logs: {}, answers: {} });
  });

  it('review webview round trip: the page shows the due card, a grade moves on to the empty state', async () => {
    const { api } = await activateExtension();
    await vscode.commands.executeCommand(CommandIds.importProgress, progressFile('review.json', ['python-gil']));
    // No new cards today, so the queue is exactly the due card.
    await vscode.workspace.getConfiguration('pyInterview.review').update('newCardsPerDay', 0, vscode.ConfigurationTarget.Global);
    try {
      const shown = api.study.nextReviewCard();
      await vscode.commands.executeCommand(CommandIds.reviewDue);
      assert.equal((await shown).id, 'python-gil', 'the webview reported showing the due card');
      const empty = api.study.nextReviewCard();
      await api.study.reviewMessage({ type: 'reveal', id: 'python-gil' });
      await api.study.reviewMessage({ type: 'grade', id: 'python-gil', grade: 'good' });
      assert.equal((await empty).id, undefined, 'then the empty state');
      await eventually(() => (api.study.statusBarText() === '$(mortar-board) 0' ? true : undefined), 'no card due after the grade');
      const back = api.study.nextReviewCard();
      await api.study.reviewMessage({ type: 'undo' });
      assert.equal((await back).id, 'python-gil', 'undo brings the card back');
      await eventually(() => (api.study.statusBarText() === '$(mortar-board) 1' ? true : undefined), 'the card due again after undo');
    } finally {
      await vscode.workspace.getConfiguration('pyInterview.review').update('newCardsPerDay', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('the stats dashboard renders; the Anki export writes one note per question', async () => {
    const { api, extension } = await activateExtension();
    await vscode.commands.executeCommand(CommandIds.importProgress, progressFile('stats.json', ['python-gil'], ['python-decorator']));
    const rendered = api.study.nextStatsRender();
    await vscode.commands.executeCommand(CommandIds.showStats);
    await rendered;
    const file = join(scratch, 'anki.txt');
    const result = await vscode.commands.executeCommand<{ notes: number }>(CommandIds.exportAnki, vscode.Uri.file(file));
    assert.equal(result.notes, readContent(extension).questions.length);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.startsWith('#separator:tab\n#html:true\n'), text.slice(0, 80));
    assert.match(text, /pyinterview-python-gil\t/);
  });
});

import * as vscode from 'vscode';
import type { LazyCatalog } from '../model/catalogLoader';
import { dailyQuestion } from '../model/quiz/deck';
import type { AnswerPanelManager } from '../panels/answerPanelManager';
import type { ProgressService } from '../quiz/progressService';
import { CommandIds } from './ids';

async function todaysQuestion(catalog: LazyCatalog, progress: ProgressService): Promise<string | undefined> {
  const [c, store] = await Promise.all([catalog.get(), progress.store()]);
  const now = progress.now();
  return dailyQuestion(
    c.all().map((q) => q.id),
    store.current,
    now,
    new Date(now).getTimezoneOffset(),
  );
}

/** `Daily Question`: today's question (the same all day), opened in the answer panel. */
export function registerDailyQuestion(catalog: LazyCatalog, progress: ProgressService, panels: AnswerPanelManager): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.dailyQuestion, async () => {
    const id = await todaysQuestion(catalog, progress);
    if (id) {
      await panels.show(id);
    }
    return id;
  });
}

/**
 * With `pyInterview.dailyQuestion.showAtStartup` on, offers today's question once per day in a
 * notification. Called after startup has finished, so it costs activation nothing.
 */
export async function offerDailyQuestion(catalog: LazyCatalog, progress: ProgressService, state: vscode.Memento): Promise<void> {
  if (!vscode.workspace.getConfiguration('pyInterview.dailyQuestion').get<boolean>('showAtStartup', false)) {
    return;
  }
  const id = await todaysQuestion(catalog, progress);
  const day = new Date(progress.now()).toDateString();
  if (!id || state.get('pyInterview.dailyQuestion.shownOn') === day) {
    return;
  }
  await state.update('pyInterview.dailyQuestion.shownOn', day);
  const q = (await catalog.get()).question(id);
  const streak = await progress.streak();
  const streakText = streak.current ? `(已连续 ${streak.current} 天)` : '';
  const choice = await vscode.window.showInformationMessage(`今日一题${streakText}:${q?.title ?? id}`, '打开答案', '测一测');
  if (choice === '打开答案') {
    await vscode.commands.executeCommand(CommandIds.openAnswer, id);
  } else if (choice === '测一测') {
    await vscode.commands.executeCommand(CommandIds.startQuiz, { questionId: id });
  }
}

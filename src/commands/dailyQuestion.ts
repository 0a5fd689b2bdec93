import * as vscode from 'vscode';
import type { LazyCatalog } from '../model/catalogLoader';
import { displayTitle } from '../model/displayText';
import { t } from '../model/l10n';
import { dailyQuestion } from '../model/quiz/deck';
import type { AnswerPanelManager } from '../panels/answerPanelManager';
import type { ProgressService } from '../quiz/progressService';
import { CommandIds } from './ids';

async function todaysQuestion(catalog: LazyCatalog, progress: ProgressService): Promise<string | undefined> {
  const [c, store] = await Promise.all([catalog.head(), progress.store()]);
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
  const q = (await catalog.head()).question(id);
  const streak = await progress.streak();
  const title = q ? displayTitle(q) : id;
  const message = streak.current ? t('Question of the day (day {0} of your streak): {1}', streak.current, title) : t('Question of the day: {0}', title);
  const open = t('Open Answer');
  const quiz = t('Quiz Me');
  const choice = await vscode.window.showInformationMessage(message, open, quiz);
  if (choice === open) {
    await vscode.commands.executeCommand(CommandIds.openAnswer, id);
  } else if (choice === quiz) {
    await vscode.commands.executeCommand(CommandIds.startQuiz, { questionId: id });
  }
}

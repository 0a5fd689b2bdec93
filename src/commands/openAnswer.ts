import * as vscode from 'vscode';
import type { LazyCatalog } from '../model/catalogLoader';
import { categoryName, displayTitle } from '../model/displayText';
import { t } from '../model/l10n';
import { frequencyLabel } from '../model/levels';
import type { AnswerPanelManager } from '../panels/answerPanelManager';
import { isQuestionNode } from '../tree/topicNodes';
import { CommandIds } from './ids';

interface QuestionPick extends vscode.QuickPickItem {
  id: string;
}

/**
 * Opens a question's answer. Called from the tree (with an id), from a tree context menu (with a
 * node), or from the palette (no argument: pick a question).
 */
export function registerOpenAnswer(catalog: LazyCatalog, panels: AnswerPanelManager): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.openAnswer, async (arg?: unknown) => {
    const id = typeof arg === 'string' ? arg : isQuestionNode(arg) ? arg.question.id : await pickQuestion(catalog);
    if (!id) {
      return;
    }
    if (!(await catalog.get()).question(id)) {
      void vscode.window.showWarningMessage(t('No question with the id "{0}".', id));
      return;
    }
    await panels.show(id);
  });
}

async function pickQuestion(lazy: LazyCatalog): Promise<string | undefined> {
  const catalog = await lazy.get();
  const items: (QuestionPick | vscode.QuickPickItem)[] = [];
  for (const c of catalog.nonEmptyCategories()) {
    items.push({ label: categoryName(c), kind: vscode.QuickPickItemKind.Separator });
    for (const q of catalog.questionsIn(c.id)) {
      items.push({ id: q.id, label: displayTitle(q), description: frequencyLabel(q.frequency), detail: q.summary });
    }
  }
  const pick = await vscode.window.showQuickPick(items, {
    title: t('Open Question Answer'),
    placeHolder: t('Type to filter the questions'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return pick && 'id' in pick ? pick.id : undefined;
}

import * as vscode from 'vscode';
import type { LazyCatalog } from '../model/catalogLoader';
import { categoryName } from '../model/displayText';
import { t } from '../model/l10n';
import type { AnswerPanelManager } from '../panels/answerPanelManager';
import { CommandIds } from './ids';

export interface RandomArgs {
  category?: string;
  highFrequencyOnly?: boolean;
}

/** Opens a random question, optionally within a category or among frequently asked (高频) questions only. */
export function registerRandomQuestion(catalog: LazyCatalog, panels: AnswerPanelManager, random: () => number = Math.random): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.randomQuestion, async (arg?: unknown) => {
    const c = await catalog.get();
    let args: RandomArgs | undefined = typeof arg === 'object' && arg !== null ? (arg) : undefined;
    if (!args) {
      const items = [
        { label: `$(globe) ${t('All questions')}`, args: {} },
        { label: `$(flame) ${t('Frequently asked only')}`, args: { highFrequencyOnly: true } },
        ...c.nonEmptyCategories().map((cat) => ({ label: `$(${cat.icon}) ${categoryName(cat)}`, args: { category: cat.id } })),
      ];
      args = (await vscode.window.showQuickPick(items, { title: t('Random Question: scope') }))?.args;
      if (!args) {
        return undefined;
      }
    }
    const pool = c.all().filter((q) => (!args.category || q.category === args.category) && (!args.highFrequencyOnly || q.frequency === 3));
    if (!pool.length) {
      void vscode.window.showInformationMessage(t('There are no questions in this scope.'));
      return undefined;
    }
    const q = pool[Math.floor(random() * pool.length)];
    await panels.show(q.id);
    return q.id;
  });
}

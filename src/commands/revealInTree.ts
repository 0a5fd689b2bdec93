import * as vscode from 'vscode';
import type { AnswerPanelManager } from '../panels/answerPanelManager';
import { t } from '../model/l10n';
import type { TopicNode } from '../tree/topicNodes';
import type { TopicsTreeProvider } from '../tree/topicsTreeProvider';
import { CommandIds } from './ids';

/** Selects a question in the topics tree: the given id, else the one the answer panel shows. */
export function registerRevealInTree(
  tree: TopicsTreeProvider,
  view: vscode.TreeView<TopicNode>,
  panels: AnswerPanelManager,
): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.revealInTree, async (arg?: unknown) => {
    const id = typeof arg === 'string' ? arg : panels.activeQuestionId();
    const node = id ? await tree.nodeFor(id) : undefined;
    if (!node) {
      void vscode.window.showInformationMessage(t('There is no question to reveal: open an answer first.'));
      return;
    }
    await view.reveal(node, { select: true, focus: true, expand: true });
  });
}

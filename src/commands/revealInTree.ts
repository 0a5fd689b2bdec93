import * as vscode from 'vscode';
import type { AnswerPanelManager } from '../panels/answerPanelManager';
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
      void vscode.window.showInformationMessage('没有可定位的题目:先打开一道题的答案。');
      return;
    }
    await view.reveal(node, { select: true, focus: true, expand: true });
  });
}

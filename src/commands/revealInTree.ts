import * as vscode from 'vscode';
import type { AnswerPanelManager } from '../panels/answerPanelManager';
import { t } from '../model/l10n';
import type { TopicNode } from '../tree/topicNodes';
import type { TopicsTreeProvider } from '../tree/topicsTreeProvider';
import { CommandIds } from './ids';

const REVEAL_ATTEMPTS = 3;
const SELECTION_WAIT_MS = 400;

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
    // Opening an answer adds it to Recently Viewed, which redraws the tree; while the view is
    // hidden VS Code keeps that redraw until the reveal shows the view, and the redraw then
    // drops the reveal's selection. The selection is checked and the reveal repeated.
    for (let attempt = 0; attempt < REVEAL_ATTEMPTS; attempt++) {
      await view.reveal(node, { select: true, focus: true, expand: true });
      if (await selectionShows(view, node.question.id)) {
        return;
      }
    }
  });
}

function selects(view: vscode.TreeView<TopicNode>, id: string): boolean {
  return view.selection.some((n) => n.kind === 'question' && n.question.id === id);
}

/** Whether the view's selection is (or within a moment becomes) the question. */
function selectionShows(view: vscode.TreeView<TopicNode>, id: string): Promise<boolean> {
  if (selects(view, id)) {
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const done = (shown: boolean): void => {
      clearTimeout(timer);
      sub.dispose();
      resolve(shown);
    };
    const sub = view.onDidChangeSelection(() => {
      if (selects(view, id)) {
        done(true);
      }
    });
    const timer = setTimeout(() => done(false), SELECTION_WAIT_MS);
  });
}

import * as vscode from 'vscode';
import type { IdList } from '../model/userLists';
import type { AnswerPanelManager } from '../panels/answerPanelManager';
import { isQuestionNode } from '../tree/topicNodes';
import { CommandIds } from './ids';

/** Question id from a command argument: an id, a tree node, or else the answer panel's question. */
function targetId(arg: unknown, panels: AnswerPanelManager): string | undefined {
  return typeof arg === 'string' ? arg : isQuestionNode(arg) ? arg.question.id : panels.activeQuestionId();
}

export function registerBookmarks(bookmarks: IdList, panels: AnswerPanelManager): vscode.Disposable {
  const run = (fn: (id: string) => Promise<void>) => async (arg?: unknown) => {
    const id = targetId(arg, panels);
    if (id) {
      await fn(id);
    }
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(CommandIds.addBookmark, run((id) => bookmarks.add(id))),
    vscode.commands.registerCommand(CommandIds.removeBookmark, run((id) => bookmarks.remove(id))),
  );
}

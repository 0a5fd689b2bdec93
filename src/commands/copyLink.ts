import * as vscode from 'vscode';
import { t } from '../model/l10n';
import { buildQuestionLink, isQuestionId } from '../model/questionLink';
import { isQuestionNode } from '../tree/topicNodes';
import { CommandIds } from './ids';

/**
 * `Copy Link`: puts a link on the clipboard that opens the question from anywhere the OS hands
 * links to the editor (a chat, a note); questionUriHandler.ts follows it. The argument is a tree
 * node (context menu) or an id; with none, the question of the answer panel in front.
 * Resolves with the link, or undefined when there was nothing to link to.
 */
export function registerCopyLink(activeQuestionId: () => string | undefined, extensionId: string): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.copyLink, async (arg?: unknown): Promise<string | undefined> => {
    const id = typeof arg === 'string' ? arg : isQuestionNode(arg) ? arg.question.id : activeQuestionId();
    if (id === undefined) {
      void vscode.window.showInformationMessage(t('There is no question to link to: open an answer first.'));
      return undefined;
    }
    if (!isQuestionId(id)) {
      void vscode.window.showWarningMessage(t('No question with the id "{0}".', id));
      return undefined;
    }
    const link = buildQuestionLink(vscode.env.uriScheme, extensionId, id);
    await vscode.env.clipboard.writeText(link);
    // The status bar, not a notification: copying is routine and should not need dismissing.
    vscode.window.setStatusBarMessage(t('$(link) Link copied: {0}', link), 5000);
    return link;
  });
}

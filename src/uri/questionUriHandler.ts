import * as vscode from 'vscode';
import { CommandIds } from '../commands/ids';
import { t } from '../model/l10n';
import { parseQuestionLink } from '../model/questionLink';

type RunCommand = (command: string, ...args: unknown[]) => Thenable<unknown>;

/**
 * Follows the links Copy Link makes: `/open?id=<id>` shows the answer, `/quiz?id=<id>` starts a
 * quiz on that question. The commands themselves say when no question has that id; this only
 * turns away links that are not ours to follow.
 */
export class QuestionUriHandler implements vscode.UriHandler {
  constructor(private readonly run: RunCommand = vscode.commands.executeCommand) {}

  handleUri(uri: vscode.Uri): void {
    const parsed = parseQuestionLink(uri.path, uri.query);
    if (!parsed.ok) {
      const shown = uri.toString(true);
      void vscode.window.showWarningMessage(
        parsed.problem === 'unknown-action'
          ? t('Python Interview Coach cannot open this link: {0}', shown)
          : t('This link does not name a valid question id: {0}', shown),
      );
      return;
    }
    const { action, id } = parsed.link;
    // Not awaited: a quiz runs until the user leaves it, and the link is followed once it starts.
    void (action === 'quiz' ? this.run(CommandIds.startQuiz, { questionId: id }) : this.run(CommandIds.openAnswer, id));
  }
}

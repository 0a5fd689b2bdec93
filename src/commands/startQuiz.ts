import * as vscode from 'vscode';
import type { LazyCatalog } from '../model/catalogLoader';
import { t } from '../model/l10n';
import type { SessionSummary } from '../model/quiz/scoring';
import type { AnswerPanelManager } from '../panels/answerPanelManager';
import type { ProgressService } from '../quiz/progressService';
import { QuickPickPrompter } from '../quiz/quickPickPrompter';
import type { QuizCodeDocuments } from '../quiz/quickPickPrompter';
import { runQuiz } from '../quiz/quizFlow';
import { parseStartQuizArgs } from '../quiz/startQuizArgs';
import { CommandIds } from './ids';

/** `Start Quiz`: a multi-step QuickPick quiz; resolves with the session summary (undefined if left early). */
export function registerStartQuiz(catalog: LazyCatalog, progress: ProgressService, panels: AnswerPanelManager, code: QuizCodeDocuments): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.startQuiz, async (arg?: unknown): Promise<SessionSummary | undefined> => {
    const args = parseStartQuizArgs(arg);
    const [c, store] = await Promise.all([catalog.get(), progress.store()]);
    if (args.scope?.kind === 'question' && !c.question(args.scope.id)) {
      void vscode.window.showWarningMessage(t('No question with the id "{0}".', args.scope.id));
      return undefined;
    }
    return runQuiz(
      {
        prompter: args.prompter ?? new QuickPickPrompter(code),
        questions: c.all(),
        categories: c.nonEmptyCategories(),
        progress: {
          data: () => store.current,
          recordAnswer: (id, correct) => progress.recordAnswer(id, correct),
          choices: (id) => progress.choices(id),
          grade: (id, g) => progress.grade(id, g),
        },
        now: progress.now,
        random: Math.random,
        openAnswers: async (ids) => {
          for (const id of ids) {
            await panels.show(id, { preserveFocus: true });
          }
        },
        currentQuestion: panels.activeQuestionId(),
      },
      args,
    );
  });
}

// Everything the extension does beyond the tree and the status bar (src/core.ts), built the first
// time a command, panel, hover or link needs it: the entry of dist/features.js. Activation
// (src/extension.ts) registers placeholders for these contributions, so that loading this code is
// not part of it.
import * as vscode from 'vscode';
import type { PyInterviewApi } from './api';
import type { Core } from './core';
import { registerBookmarks } from './commands/bookmarks';
import { registerCopyLink } from './commands/copyLink';
import { offerDailyQuestion, registerDailyQuestion } from './commands/dailyQuestion';
import { registerExportAnki } from './commands/exportAnki';
import { CommandIds } from './commands/ids';
import { registerProgressCommands } from './commands/progressData';
import { registerReviewDue } from './commands/reviewDue';
import { allowedCommandRunner, registerShowStats } from './commands/showStats';
import { registerStartQuiz } from './commands/startQuiz';
import { registerFilterTree } from './commands/filterTree';
import { registerInsertCodeBlock } from './commands/insertCodeBlock';
import { registerInsertSnippet } from './commands/insertSnippet';
import { registerOpenAnswer } from './commands/openAnswer';
import { registerRandomQuestion } from './commands/randomQuestion';
import { registerRefresh } from './commands/refresh';
import { registerRevealInTree } from './commands/revealInTree';
import { registerSearchQuestions } from './commands/searchQuestions';
import { CodeInserter } from './editor/codeInserter';
import { KeywordHoverProvider } from './hover/keywordHoverProvider';
import { useVsCodeL10n } from './l10nHost';
import { LazySearch } from './model/search/lazySearch';
import { AnswerPanelManager } from './panels/answerPanelManager';
import { ReviewPanelManager } from './panels/reviewPanelManager';
import { STATS_COMMANDS, StatsPanel } from './panels/statsPanel';
import { ANSWER_VIEW_TYPE, REVIEW_VIEW_TYPE, STATS_VIEW_TYPE } from './panels/viewTypes';
import type { PanelViewType } from './panels/viewTypes';
import { QuizCodeDocuments } from './quiz/quickPickPrompter';
import type { TopicNode } from './tree/topicNodes';
import { QuestionUriHandler } from './uri/questionUriHandler';

/** What activation registered placeholders for, and the part of the API that needs the features. */
export interface Features {
  readonly hovers: vscode.HoverProvider;
  readonly serializers: Readonly<Record<PanelViewType, vscode.WebviewPanelSerializer>>;
  readonly uriHandler: vscode.UriHandler;
  readonly api: Omit<PyInterviewApi, 'topics' | 'topicsView'>;
}

/**
 * Builds the panels, quizzes, search and commands on top of the core and hands their disposables
 * to the context. Activation has created the topics view (it must exist from the start) and
 * disposed its command placeholders just before this registers the real commands under the same ids.
 */
export function createFeatures(context: vscode.ExtensionContext, topicsView: vscode.TreeView<TopicNode>, core: Core): Features {
  useVsCodeL10n();
  const { log, catalog, progress, lists, tree, statusBar } = core;
  const search = new LazySearch(core.dist('search-index.json'), () => catalog.get());
  const inserter = new CodeInserter();
  const panels = new AnswerPanelManager(
    context.extensionUri,
    catalog,
    inserter,
    () => vscode.workspace.getConfiguration('pyInterview').get<boolean>('answer.reusePanel', true),
    lists,
    {
      // the store loads on first use: wait for it so a first panel shows the real state
      status: async (id) => {
        await progress.store();
        return progress.status(id);
      },
      recordAnswer: (id, correct) => progress.recordAnswer(id, correct),
    },
  );
  const hovers = new KeywordHoverProvider(catalog, progress);
  const quizCode = new QuizCodeDocuments();
  const review = new ReviewPanelManager(
    context.extensionUri,
    catalog,
    progress,
    (id) => void vscode.commands.executeCommand(CommandIds.openAnswer, id),
    () => void vscode.commands.executeCommand(CommandIds.startQuiz),
  );
  const stats = new StatsPanel(context.extensionUri, catalog, progress, allowedCommandRunner(Object.values(STATS_COMMANDS), log));

  // Opt-in, once a day, a while after startup.
  const daily = setTimeout(() => void offerDailyQuestion(catalog, progress, context.globalState), 2000);
  context.subscriptions.push(
    { dispose: () => clearTimeout(daily) },
    inserter,
    panels,
    progress.onDidChange(() => panels.refreshAll()),
    quizCode,
    review,
    stats,
    registerStartQuiz(catalog, progress, panels, quizCode),
    registerReviewDue(review),
    registerShowStats(stats),
    registerExportAnki(catalog),
    registerDailyQuestion(catalog, progress, panels),
    registerProgressCommands(progress),
    registerCopyLink(() => panels.activeQuestionId(), context.extension.id),
    registerOpenAnswer(catalog, panels),
    registerRefresh(catalog, tree, search),
    registerRevealInTree(tree, topicsView, panels),
    registerInsertCodeBlock(catalog, inserter),
    registerSearchQuestions(catalog, search, panels),
    registerFilterTree(catalog, tree, topicsView, search, (id) => progress.status(id)),
    registerRandomQuestion(catalog, panels),
    registerBookmarks(lists.bookmarks, panels),
    registerInsertSnippet(catalog, inserter, panels),
  );

  return {
    hovers,
    serializers: { [ANSWER_VIEW_TYPE]: panels, [REVIEW_VIEW_TYPE]: review, [STATS_VIEW_TYPE]: stats },
    uriHandler: new QuestionUriHandler(),
    api: {
      onDidRenderAnswer: (listener, thisArg, disposables) =>
        panels.onDidRender(
          (e) => {
            listener.call(thisArg, { id: e.id, title: e.title });
          },
          undefined,
          disposables,
        ),
      openAnswerIds: () => panels.openPanels().flatMap((p) => (p.id ? [p.id] : [])),
      study: {
        statusBarText: () => statusBar.text,
        nextReviewCard: () =>
          new Promise((resolve) => {
            const sub = review.onDidShowCard((e) => {
              sub.dispose();
              resolve(e);
            });
          }),
        reviewMessage: (raw) => review.handle(raw),
        nextStatsRender: () =>
          new Promise((resolve) => {
            const sub = stats.onDidRender(() => {
              sub.dispose();
              resolve();
            });
          }),
      },
    },
  };
}

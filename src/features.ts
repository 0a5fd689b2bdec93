// Everything the extension does, built the first time something needs it. This is the entry of
// the second bundle (dist/features.js): activation (src/extension.ts) only registers placeholders
// for the contributions, so that loading this code, ts-fsrs and MiniSearch is not part of it.
import * as vscode from 'vscode';
import type { PyInterviewApi } from './api';
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
import { LazyCatalog } from './model/catalogLoader';
import { setTranslator, t } from './model/l10n';
import { LazySearch } from './model/search/lazySearch';
import { BOOKMARKS_KEY, IdList, RECENT_CAP, RECENT_KEY } from './model/userLists';
import { AnswerPanelManager } from './panels/answerPanelManager';
import { ReviewPanelManager } from './panels/reviewPanelManager';
import { STATS_COMMANDS, StatsPanel } from './panels/statsPanel';
import { ANSWER_VIEW_TYPE, REVIEW_VIEW_TYPE, STATS_VIEW_TYPE } from './panels/viewTypes';
import type { PanelViewType } from './panels/viewTypes';
import { DueStatusBar } from './quiz/dueStatusBar';
import { ProgressService, SYNCED_PROGRESS_KEYS, readReviewSettings } from './quiz/progressService';
import { QuizCodeDocuments } from './quiz/quickPickPrompter';
import type { TopicNode } from './tree/topicNodes';
import { TopicsTreeProvider } from './tree/topicsTreeProvider';
import { QuestionUriHandler } from './uri/questionUriHandler';

/** What activation registered placeholders for, and the part of the API that needs the features. */
export interface Features {
  readonly topics: vscode.TreeDataProvider<TopicNode>;
  readonly hovers: vscode.HoverProvider;
  readonly serializers: Readonly<Record<PanelViewType, vscode.WebviewPanelSerializer>>;
  readonly uriHandler: vscode.UriHandler;
  readonly api: Omit<PyInterviewApi, 'topics' | 'topicsView'>;
}

/**
 * Builds every service, panel and command and hands their disposables to the context. Activation
 * has created the topics view (it must exist from the start) and disposed its command
 * placeholders just before this registers the real commands under the same ids.
 */
export function createFeatures(context: vscode.ExtensionContext, topicsView: vscode.TreeView<TopicNode>): Features {
  // Before anything builds UI text. VS Code loads l10n/bundle.l10n.<language>.json for the
  // display language; with no bundle for it (English, or a language we do not ship) messages
  // stay English, and so do content titles.
  // (Passed on as a value, not called here: every call site names its message literally.)
  const translate = vscode.l10n.t;
  setTranslator((message, args) => translate(message, ...args), vscode.l10n.bundle ? vscode.env.language : 'en');
  const log = vscode.window.createOutputChannel(t('Python Interview Coach'), { log: true });
  const dist = (file: string): string => vscode.Uri.joinPath(context.extensionUri, 'dist', file).fsPath;
  const catalog = new LazyCatalog(dist('content.json.br'), dist('catalog-head.json'));
  const search = new LazySearch(dist('search-index.json'), () => catalog.get());
  // Bookmarks and study progress roam with Settings Sync; what was viewed recently stays here.
  context.globalState.setKeysForSync([BOOKMARKS_KEY, ...SYNCED_PROGRESS_KEYS]);
  const progress = new ProgressService(context.globalState, readReviewSettings, log);
  const lists = { bookmarks: new IdList(context.globalState, BOOKMARKS_KEY), recent: new IdList(context.globalState, RECENT_KEY, RECENT_CAP) };
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
  const tree = new TopicsTreeProvider(catalog, log, lists, progress);
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
  const statusBar = new DueStatusBar(progress, catalog);

  // Opt-in, once a day, a while after startup.
  const daily = setTimeout(() => void offerDailyQuestion(catalog, progress, context.globalState), 2000);
  context.subscriptions.push(
    { dispose: () => clearTimeout(daily) },
    log,
    inserter,
    panels,
    tree,
    lists.bookmarks.onDidChange(() => tree.refresh()),
    lists.recent.onDidChange(() => tree.refresh()),
    progress,
    progress.onDidChange(() => {
      tree.refresh();
      panels.refreshAll();
    }),
    quizCode,
    review,
    stats,
    statusBar,
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
    topics: tree,
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

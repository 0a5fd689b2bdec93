// Composition root: build the pieces, connect them, hand every disposable to VS Code.
// No content is read here; the catalog and the search index load on first use.
import * as vscode from 'vscode';
import type { PyInterviewApi } from './api';
import { registerBookmarks } from './commands/bookmarks';
import { registerFilterTree } from './commands/filterTree';
import { registerInsertCodeBlock } from './commands/insertCodeBlock';
import { registerInsertSnippet } from './commands/insertSnippet';
import { registerOpenAnswer } from './commands/openAnswer';
import { registerRandomQuestion } from './commands/randomQuestion';
import { registerRefresh } from './commands/refresh';
import { registerRevealInTree } from './commands/revealInTree';
import { registerSearchQuestions } from './commands/searchQuestions';
import { CodeInserter } from './editor/codeInserter';
import { KeywordHoverProvider, registerKeywordHovers } from './hover/keywordHoverProvider';
import { LazyCatalog } from './model/catalogLoader';
import { LazySearch } from './model/search/lazySearch';
import { BOOKMARKS_KEY, IdList, RECENT_CAP, RECENT_KEY } from './model/userLists';
import { ANSWER_VIEW_TYPE } from './panels/answerPanel';
import { AnswerPanelManager } from './panels/answerPanelManager';
import { TopicsTreeProvider } from './tree/topicsTreeProvider';

export function activate(context: vscode.ExtensionContext): PyInterviewApi {
  const log = vscode.window.createOutputChannel('Python 面试通', { log: true });
  const dist = (file: string): string => vscode.Uri.joinPath(context.extensionUri, 'dist', file).fsPath;
  const catalog = new LazyCatalog(dist('content.json'));
  const search = new LazySearch(dist('search-index.json'), dist('search-body.json'));
  // Bookmarks roam with Settings Sync; what was viewed recently stays on this machine.
  context.globalState.setKeysForSync([BOOKMARKS_KEY]);
  const lists = { bookmarks: new IdList(context.globalState, BOOKMARKS_KEY), recent: new IdList(context.globalState, RECENT_KEY, RECENT_CAP) };
  const inserter = new CodeInserter();
  const panels = new AnswerPanelManager(
    context.extensionUri,
    catalog,
    inserter,
    () => vscode.workspace.getConfiguration('pyInterview').get<boolean>('answer.reusePanel', true),
    lists,
  );
  const tree = new TopicsTreeProvider(catalog, log, lists);
  const topicsView = vscode.window.createTreeView('pyInterview.topics', { treeDataProvider: tree, showCollapseAll: true });
  const hovers = new KeywordHoverProvider(catalog);

  context.subscriptions.push(
    log,
    inserter,
    panels,
    tree,
    topicsView,
    lists.bookmarks.onDidChange(() => tree.refresh()),
    lists.recent.onDidChange(() => tree.refresh()),
    vscode.window.registerWebviewPanelSerializer(ANSWER_VIEW_TYPE, panels),
    registerOpenAnswer(catalog, panels),
    registerRefresh(catalog, tree, search),
    registerRevealInTree(tree, topicsView, panels),
    registerInsertCodeBlock(catalog, inserter),
    registerSearchQuestions(catalog, search, panels),
    registerFilterTree(catalog, tree, topicsView, search),
    registerRandomQuestion(catalog, panels),
    registerBookmarks(lists.bookmarks, panels),
    registerInsertSnippet(catalog, inserter, panels),
    registerKeywordHovers(hovers),
  );

  return {
    onDidRenderAnswer: (listener, thisArg, disposables) =>
      panels.onDidRender(
        (e) => {
          listener.call(thisArg, { id: e.id, title: e.title });
        },
        undefined,
        disposables,
      ),
    topics: tree,
    topicsView,
    openAnswerIds: () => panels.openPanels().flatMap((p) => (p.id ? [p.id] : [])),
  };
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}

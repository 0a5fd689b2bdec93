// Composition root: build the pieces, connect them, hand every disposable to VS Code.
// No content is read here; the catalog loads on first use.
import * as vscode from 'vscode';
import type { PyInterviewApi } from './api';
import { registerInsertCodeBlock } from './commands/insertCodeBlock';
import { registerOpenAnswer } from './commands/openAnswer';
import { registerRefresh } from './commands/refresh';
import { registerRevealInTree } from './commands/revealInTree';
import { CodeInserter } from './editor/codeInserter';
import { LazyCatalog } from './model/catalogLoader';
import { ANSWER_VIEW_TYPE } from './panels/answerPanel';
import { AnswerPanelManager } from './panels/answerPanelManager';
import { TopicsTreeProvider } from './tree/topicsTreeProvider';

export function activate(context: vscode.ExtensionContext): PyInterviewApi {
  const log = vscode.window.createOutputChannel('Python 面试通', { log: true });
  const catalog = new LazyCatalog(vscode.Uri.joinPath(context.extensionUri, 'dist', 'content.json').fsPath);
  const inserter = new CodeInserter();
  const panels = new AnswerPanelManager(context.extensionUri, catalog, inserter, () =>
    vscode.workspace.getConfiguration('pyInterview').get<boolean>('answer.reusePanel', true),
  );
  const tree = new TopicsTreeProvider(catalog, log);
  const topicsView = vscode.window.createTreeView('pyInterview.topics', { treeDataProvider: tree, showCollapseAll: true });

  context.subscriptions.push(
    log,
    inserter,
    panels,
    tree,
    topicsView,
    vscode.window.registerWebviewPanelSerializer(ANSWER_VIEW_TYPE, panels),
    registerOpenAnswer(catalog, panels),
    registerRefresh(catalog, tree),
    registerRevealInTree(tree, topicsView, panels),
    registerInsertCodeBlock(catalog, inserter),
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

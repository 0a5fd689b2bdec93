// What the topics tree and the status bar need, built the first time either asks: the catalog,
// study progress, bookmarks and recent lists, the tree provider and the due-count item. The
// entry of a bundle of its own (dist/core.js), so that drawing the tree does not compile the
// panels, quizzes and commands; those are dist/features.js, built on top of this.
import * as vscode from 'vscode';
import { LazyCatalog } from './model/catalogLoader';
import { useVsCodeL10n } from './l10nHost';
import { t } from './model/l10n';
import { BOOKMARKS_KEY, IdList, RECENT_CAP, RECENT_KEY } from './model/userLists';
import { DueStatusBar } from './quiz/dueStatusBar';
import { ProgressService, SYNCED_PROGRESS_KEYS, readReviewSettings } from './quiz/progressService';
import type { GroupKind } from './tree/topicNodes';
import { TopicsTreeProvider } from './tree/topicsTreeProvider';

export interface Core {
  readonly log: vscode.LogOutputChannel;
  readonly catalog: LazyCatalog;
  readonly progress: ProgressService;
  readonly lists: Record<GroupKind, IdList>;
  readonly tree: TopicsTreeProvider;
  readonly statusBar: DueStatusBar;
  /** dist/<file> as a path. */
  dist(file: string): string;
}

export function createCore(context: vscode.ExtensionContext): Core {
  useVsCodeL10n();
  const log = vscode.window.createOutputChannel(t('Python Interview Coach'), { log: true });
  const dist = (file: string): string => vscode.Uri.joinPath(context.extensionUri, 'dist', file).fsPath;
  const catalog = new LazyCatalog(dist('content.json.br'), dist('catalog-head.json'));
  // Bookmarks and study progress roam with Settings Sync; what was viewed recently stays here.
  context.globalState.setKeysForSync([BOOKMARKS_KEY, ...SYNCED_PROGRESS_KEYS]);
  const progress = new ProgressService(context.globalState, readReviewSettings, log);
  const lists = { bookmarks: new IdList(context.globalState, BOOKMARKS_KEY), recent: new IdList(context.globalState, RECENT_KEY, RECENT_CAP) };
  const tree = new TopicsTreeProvider(catalog, log, lists, progress);
  const statusBar = new DueStatusBar(progress, catalog);
  context.subscriptions.push(
    log,
    tree,
    lists.bookmarks.onDidChange(() => tree.refresh()),
    lists.recent.onDidChange(() => tree.refresh()),
    progress,
    progress.onDidChange(() => tree.refresh()),
    statusBar,
  );
  return { log, catalog, progress, lists, tree, statusBar, dist };
}

import * as vscode from 'vscode';
import type { LazyCatalog } from '../model/catalogLoader';
import type { LazySearch } from '../model/search/lazySearch';
import type { TopicsTreeProvider } from '../tree/topicsTreeProvider';
import { CommandIds } from './ids';

/** Reloads dist/content.json.br (after `npm run build` or a fixed content error) and redraws the tree. */
export function registerRefresh(catalog: LazyCatalog, tree: TopicsTreeProvider, search: LazySearch): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.refresh, async () => {
    search.reset();
    try {
      await catalog.reload();
    } catch {
      // the tree reports the failure through its welcome view
    }
    tree.reload();
  });
}

import * as vscode from 'vscode';
import type { LazyCatalog } from '../model/catalogLoader';
import type { LazySearch } from '../model/search/lazySearch';
import { matchSnippet } from '../model/search/lazySearch';
import type { AnswerPanelManager } from '../panels/answerPanelManager';
import { CommandIds } from './ids';

interface HitItem extends vscode.QuickPickItem {
  id: string;
}

const REVEAL_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('list-tree'), tooltip: '在题目树中定位' };

/**
 * Full-text search as you type: results come from the index, not from QuickPick's own filter
 * (every item is alwaysShow). An optional argument pre-fills the query.
 */
export function registerSearchQuestions(catalog: LazyCatalog, search: LazySearch, panels: AnswerPanelManager): vscode.Disposable {
  // Resolves once the first results are shown, so a caller that passes a query (a test, a
  // walkthrough link) can act on the list.
  return vscode.commands.registerCommand(CommandIds.searchQuestions, async (initial?: unknown): Promise<void> => {
    const pick = vscode.window.createQuickPick<HitItem>();
    pick.title = '搜索题目';
    pick.placeholder = '用面试官的说法搜索,例如:多线程为什么不能利用多核';
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    let generation = 0;
    const update = async (query: string): Promise<void> => {
      const mine = ++generation;
      pick.busy = true;
      const [hits, c] = await Promise.all([search.search(query, 30), catalog.get()]);
      if (mine !== generation) {
        return; // a newer query is already on its way
      }
      pick.items = hits.flatMap((h) => {
        const q = c.question(h.id);
        return q
          ? [{ id: q.id, label: q.title, description: c.category(q.category)?.name ?? '', detail: matchSnippet(q, h.terms), alwaysShow: true, buttons: [REVEAL_BUTTON] }]
          : [];
      });
      // QuickPick highlights only items its own filter matches; a Chinese question rarely
      // matches a title literally, so make the best hit the active one for Enter.
      pick.activeItems = pick.items.slice(0, 1);
      pick.busy = false;
    };
    pick.onDidChangeValue((v) => void update(v));
    pick.onDidTriggerItemButton((e) => {
      pick.hide();
      void vscode.commands.executeCommand(CommandIds.revealInTree, e.item.id);
    });
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
      pick.hide();
      if (chosen) {
        void panels.show(chosen.id);
      }
    });
    pick.onDidHide(() => pick.dispose());
    pick.show();
    if (typeof initial === 'string' && initial) {
      pick.value = initial;
      await update(initial);
    }
  });
}

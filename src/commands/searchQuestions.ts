import * as vscode from 'vscode';
import type { LazyCatalog } from '../model/catalogLoader';
import type { Catalog } from '../model/catalog';
import { categoryName, displayTitle } from '../model/displayText';
import { t } from '../model/l10n';
import type { LazySearch } from '../model/search/lazySearch';
import { matchSnippet } from '../model/search/lazySearch';
import type { AnswerPanelManager } from '../panels/answerPanelManager';
import { CommandIds } from './ids';

interface HitItem extends vscode.QuickPickItem {
  id: string;
}

const revealButton = (): vscode.QuickInputButton => ({ iconPath: new vscode.ThemeIcon('list-tree'), tooltip: t('Reveal in Question Tree') });

/**
 * Full-text search as you type: results come from the index, not from QuickPick's own filter
 * (every item is alwaysShow). An optional argument pre-fills the query.
 */
export function registerSearchQuestions(catalog: LazyCatalog, search: LazySearch, panels: AnswerPanelManager): vscode.Disposable {
  // With a query passed (a test, a link), resolves once the full-index results are shown, so
  // the caller can act on the list.
  return vscode.commands.registerCommand(CommandIds.searchQuestions, async (initial?: unknown): Promise<void> => {
    const pick = vscode.window.createQuickPick<HitItem>();
    pick.title = t('Search Questions');
    pick.placeholder = t('Search the way an interviewer asks, e.g. “GIL threads” or 多线程为什么不能利用多核');
    const reveal = revealButton();
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    let generation = 0;
    const update = async (query: string): Promise<void> => {
      const mine = ++generation;
      pick.busy = true;
      const [index, c] = await Promise.all([search.index(), catalog.get()]);
      const complete = index.hasBody;
      const hits = index.search(query, 30);
      if (mine !== generation) {
        return; // a newer query is already on its way
      }
      if (!complete) {
        // The first results come from names alone; once the answer text has joined, the same
        // query is asked again so the list settles on the full ranking.
        void search.fullIndex().then(() => (mine === generation ? update(query) : undefined));
      }
      pick.items = hits.flatMap((h) => {
        const q = c.question(h.id);
        return q
          ? [{ id: q.id, label: displayTitle(q), description: categoryOf(c, q.category), detail: matchSnippet(q, h.terms), alwaysShow: true, buttons: [reveal] }]
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
    // While the user types: load the index and the content, so the first keystroke's search
    // pays for neither.
    setTimeout(() => {
      void search.index();
      void catalog.get();
    }, 0);
    if (typeof initial === 'string' && initial) {
      pick.value = initial;
      await update(initial);
      await search.fullIndex();
      await update(initial);
    }
  });
}

function categoryOf(c: Catalog, id: string): string {
  const category = c.category(id);
  return category ? categoryName(category) : '';
}

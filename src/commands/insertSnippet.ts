import * as vscode from 'vscode';
import type { CodeInserter } from '../editor/codeInserter';
import type { LazyCatalog } from '../model/catalogLoader';
import type { Catalog } from '../model/catalog';
import { displayTitle } from '../model/displayText';
import { t } from '../model/l10n';
import type { SnippetEntry } from '../model/snippets';
import { buildSnippets } from '../model/snippets';
import type { AnswerPanelManager } from '../panels/answerPanelManager';
import { CommandIds } from './ids';

interface SnippetPick extends vscode.QuickPickItem {
  snippet?: SnippetEntry;
}

/**
 * `Insert Example Snippet`: every labelled example, grouped by language with the current
 * editor's language first. An argument (a snippet prefix) inserts that one directly.
 */
export function registerInsertSnippet(catalog: LazyCatalog, inserter: CodeInserter, panels: AnswerPanelManager): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.insertSnippet, async (prefix?: unknown) => {
    const c = await catalog.get();
    const snippets = buildSnippets(c.all());
    const direct = typeof prefix === 'string' ? snippets.find((s) => s.prefix === prefix) : undefined;
    const chosen = direct ?? (await pick(snippets, c, panels));
    if (!chosen) {
      return false;
    }
    await inserter.insertSnippet(new vscode.SnippetString(chosen.body), chosen.language);
    return true;
  });
}

function pick(snippets: SnippetEntry[], catalog: Catalog, panels: AnswerPanelManager): Promise<SnippetEntry | undefined> {
  const openAnswer: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('book'), tooltip: t('Open Answer') };
  const current = vscode.window.activeTextEditor?.document.languageId;
  const languages = [...new Set(snippets.map((s) => s.language))].sort((a, b) => Number(b === current) - Number(a === current) || a.localeCompare(b));
  const items: SnippetPick[] = languages.flatMap((lang) => [
    { label: lang, kind: vscode.QuickPickItemKind.Separator },
    ...snippets
      .filter((s) => s.language === lang)
      .map((s) => ({
        label: s.prefix,
        description: describe(s, catalog),
        detail: s.code.split('\n').find((l) => l.trim() && !l.trim().startsWith('#'))?.trim() ?? '',
        buttons: [openAnswer],
        snippet: s,
      })),
  ]);
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<SnippetPick>();
    qp.title = t('Insert Example Snippet');
    qp.placeholder = t('Type a prefix or a description to filter, e.g. iv-decorator, 单例, nginx');
    qp.matchOnDescription = true;
    qp.matchOnDetail = true;
    qp.items = items;
    let result: SnippetEntry | undefined;
    qp.onDidTriggerItemButton((e) => {
      if (e.item.snippet) {
        void panels.show(e.item.snippet.questionId);
      }
    });
    qp.onDidAccept(() => {
      result = qp.selectedItems[0]?.snippet;
      qp.hide();
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve(result);
    });
    qp.show();
  });
}

/**
 * The snippet's own description and the question it comes from, in the UI language. The
 * contributed snippet files are static, so only this picker can follow the language.
 */
function describe(s: SnippetEntry, catalog: Catalog): string {
  const q = catalog.question(s.questionId);
  const spec = q?.snippets.find((x) => x.name === s.name);
  return q && spec ? t('{0} (from: {1})', spec.description, displayTitle(q)) : s.description;
}

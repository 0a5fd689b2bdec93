import * as vscode from 'vscode';
import type { CodeInserter } from '../editor/codeInserter';
import type { LazyCatalog } from '../model/catalogLoader';
import type { SnippetEntry } from '../model/snippets';
import { buildSnippets } from '../model/snippets';
import type { AnswerPanelManager } from '../panels/answerPanelManager';
import { CommandIds } from './ids';

interface SnippetPick extends vscode.QuickPickItem {
  snippet?: SnippetEntry;
}

const OPEN_ANSWER: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('book'), tooltip: '打开答案' };

/**
 * `Insert Example Snippet`: every labelled example, grouped by language with the current
 * editor's language first. An argument (a snippet prefix) inserts that one directly.
 */
export function registerInsertSnippet(catalog: LazyCatalog, inserter: CodeInserter, panels: AnswerPanelManager): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.insertSnippet, async (prefix?: unknown) => {
    const snippets = buildSnippets((await catalog.get()).all());
    const direct = typeof prefix === 'string' ? snippets.find((s) => s.prefix === prefix) : undefined;
    const chosen = direct ?? (await pick(snippets, panels));
    if (!chosen) {
      return false;
    }
    await inserter.insertSnippet(new vscode.SnippetString(chosen.body), chosen.language);
    return true;
  });
}

function pick(snippets: SnippetEntry[], panels: AnswerPanelManager): Promise<SnippetEntry | undefined> {
  const current = vscode.window.activeTextEditor?.document.languageId;
  const languages = [...new Set(snippets.map((s) => s.language))].sort((a, b) => Number(b === current) - Number(a === current) || a.localeCompare(b));
  const items: SnippetPick[] = languages.flatMap((lang) => [
    { label: lang, kind: vscode.QuickPickItemKind.Separator },
    ...snippets
      .filter((s) => s.language === lang)
      .map((s) => ({
        label: s.prefix,
        description: s.description,
        detail: s.code.split('\n').find((l) => l.trim() && !l.trim().startsWith('#'))?.trim() ?? '',
        buttons: [OPEN_ANSWER],
        snippet: s,
      })),
  ]);
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<SnippetPick>();
    qp.title = '插入示例代码';
    qp.placeholder = '输入前缀或说明筛选,例如 iv-decorator、单例、nginx';
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

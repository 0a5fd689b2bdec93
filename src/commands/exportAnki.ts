import { homedir } from 'node:os';
import * as vscode from 'vscode';
import type { LazyCatalog } from '../model/catalogLoader';
import { toAnkiTsv } from '../model/quiz/ankiExport';
import { CommandIds } from './ids';

export const ANKI_DEFAULT_FILE = 'python-interview.txt';

export interface ExportAnkiResult {
  uri: vscode.Uri;
  notes: number;
}

/**
 * `导出到 Anki…`: writes every question as an Anki import file. A Uri argument skips the save
 * dialog, which is how tests (and other extensions) run it without UI.
 */
export function registerExportAnki(catalog: LazyCatalog): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.exportAnki, async (arg?: unknown): Promise<ExportAnkiResult | undefined> => {
    const uri = arg instanceof vscode.Uri ? arg : await askTarget();
    if (!uri) {
      return undefined;
    }
    try {
      const c = await catalog.get();
      const questions = c.all();
      // TextEncoder writes UTF-8 without a byte-order mark, which Anki needs to see the `#` headers.
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(toAnkiTsv(questions, c.categories)));
      void announce(uri, questions.length);
      return { uri, notes: questions.length };
    } catch (err) {
      void vscode.window.showErrorMessage(`导出到 Anki 失败:${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  });
}

function askTarget(): Thenable<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(homedir());
  return vscode.window.showSaveDialog({
    title: '导出到 Anki',
    saveLabel: '导出',
    defaultUri: vscode.Uri.joinPath(folder, ANKI_DEFAULT_FILE),
    filters: { 文本文件: ['txt'] },
  });
}

async function announce(uri: vscode.Uri, notes: number): Promise<void> {
  const reveal = '在文件夹中显示';
  const choice = await vscode.window.showInformationMessage(`已导出 ${notes} 张卡片到 ${uri.scheme === 'file' ? uri.fsPath : uri.toString(true)}。在 Anki 中用“文件 → 导入”打开它。`, reveal);
  if (choice === reveal) {
    await vscode.commands.executeCommand('revealFileInOS', uri);
  }
}
